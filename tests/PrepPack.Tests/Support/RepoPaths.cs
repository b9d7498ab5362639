namespace PrepPack.Tests.Support;

/// <summary>Finds the repository's own folders (the sample content, the templates) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string SampleContent => Path.Combine(Root, "content");
    public static string Templates => Path.Combine(Root, "templates");
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>A frozen copy of the sample bank, for tests of the engine that read its stories' words:
    /// editing content/ changes none of them. Tests about the sample itself read <see cref="SampleContent"/>.</summary>
    public static string SampleBank => Path.Combine(Fixtures, "SampleBank");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PrepPack.sln")))
                return dir.FullName;
        throw new InvalidOperationException("PrepPack.sln was not found above " + AppContext.BaseDirectory);
    }
}
