namespace PrepPack.Tests.Support;

/// <summary>
/// The repository's templates, for the minimal bank: the sample theme names the sample's framework
/// (amazon) for the cheat sheet, and the minimal bank's framework is acme. Same lines, so theme
/// line numbers stay those of the repository's theme.
/// </summary>
internal static class MinimalBankTemplates
{
    public static void CopyInto(string folder)
    {
        TempFolder.CopyInto(RepoPaths.Templates, folder);
        var theme = Path.Combine(folder, "theme.yaml");
        File.WriteAllText(theme, File.ReadAllText(theme).Replace("  framework: amazon\n", "  framework: acme\n"));
    }
}
