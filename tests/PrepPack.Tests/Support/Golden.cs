namespace PrepPack.Tests.Support;

/// <summary>
/// Compares output with a file kept beside the fixtures. Run with PREPPACK_UPDATE_GOLDEN=1 to
/// write the files anew after a deliberate change, then review the diff before committing.
/// </summary>
internal static class Golden
{
    public static void Match(string actual, params string[] relativePath)
    {
        var source = Path.Combine([RepoPaths.Root, "tests", "PrepPack.Tests", "Fixtures", .. relativePath]);
        if (Environment.GetEnvironmentVariable("PREPPACK_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual);
            return;
        }
        Assert.True(
            File.Exists(source),
            $"No golden file {source}; run the tests with PREPPACK_UPDATE_GOLDEN=1 to create it."
        );
        Assert.Equal(File.ReadAllText(source).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
