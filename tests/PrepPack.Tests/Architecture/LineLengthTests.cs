using PrepPack.Tests.Support;

namespace PrepPack.Tests.Architecture;

/// <summary>.editorconfig sets max_line_length = 120; this holds the code to it.</summary>
public class LineLengthTests
{
    [Fact]
    public void No_line_of_CSharp_source_is_longer_than_120_characters()
    {
        var longLines = new[] { "src", "tests" }
            .SelectMany(folder =>
                Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
            )
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(file =>
                File.ReadLines(file).Select((line, i) => (file, number: i + 1, line.Length)).Where(l => l.Length > 120)
            )
            .Select(l => $"{Path.GetRelativePath(RepoPaths.Root, l.file)}:{l.number} ({l.Length})")
            .ToList();

        Assert.Empty(longLines);
    }
}
