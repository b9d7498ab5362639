namespace PrepPack.Tests.Support;

/// <summary>
/// A test that runs a command-line tool the build does not need (qpdf), skipped with the reason
/// when the tool is not on PATH. xunit 2 has no Assert.Skip, so the skip is decided here.
/// </summary>
public sealed class FactWithToolAttribute : FactAttribute
{
    public FactWithToolAttribute(string tool)
    {
        if (Find(tool) is null)
            Skip = $"{tool} is not installed (apt-get install {tool}).";
    }

    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);
}
