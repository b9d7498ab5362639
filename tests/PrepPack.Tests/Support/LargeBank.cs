using System.Text.RegularExpressions;

namespace PrepPack.Tests.Support;

/// <summary>
/// A valid story bank of any size grown from the sample: its profile, frameworks and stories, then
/// copies of the sample stories, each with its own id, a longer title, its own scores and no
/// flagship mark, as a bank reads after years of adding stories.
/// </summary>
internal static partial class LargeBank
{
    // Long-ish endings, so titles run to 60-80 characters as real ones sometimes do.
    private static readonly string[] Endings =
    [
        "for the broker channel in three regions",
        "repeated for commercial lines a year later",
        "as a pilot with two underwriting teams",
        "for the European subsidiary after the merger",
        "with a new on-call rota and runbooks",
        "rebuilt for the group's claims platform",
        "in the second year, with twice the data",
    ];

#if !BENCHMARKS
    /// <summary>Writes a bank of <paramref name="stories"/> stories into <paramref name="content"/>; the sample's own
    /// come first.</summary>
    public static void Write(string content, int stories) => Write(RepoPaths.SampleBank, content, stories);
#endif

    /// <summary>Writes a bank grown from the sample bank in <paramref name="sample"/>.</summary>
    public static void Write(string sample, string content, int stories)
    {
        var samples = Directory
            .GetFiles(Path.Combine(sample, "stories"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .ToList();
        // The profile and the frameworks name sample stories, so a bank always holds them.
        ArgumentOutOfRangeException.ThrowIfLessThan(stories, samples.Count);
        foreach (var file in Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath(sample, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        for (var i = samples.Count; i < stories; i++)
        {
            var source = samples[i % samples.Count];
            var id = $"{Path.GetFileNameWithoutExtension(source)}-{i}";
            File.WriteAllText(Path.Combine(content, "stories", id + ".yaml"), Vary(File.ReadAllText(source), id, i));
        }
    }

    private static string Vary(string yaml, string id, int i)
    {
        yaml = IdLine().Replace(yaml, $"id: {id}", 1);
        yaml = TitleLine().Replace(yaml, m => $"title: {m.Groups[1].Value}, {Endings[i % Endings.Length]}", 1);
        yaml = FlagshipLine().Replace(yaml, "");
        yaml = Score("impact").Replace(yaml, $"  impact: {1 + i * 2 % 5}", 1);
        yaml = Score("scope").Replace(yaml, $"  scope: {1 + (i * 3 + 1) % 5}", 1);
        return Score("contribution").Replace(yaml, $"  contribution: {1 + (i + 2) % 5}", 1);
    }

    private static Regex Score(string name) => new($"^  {name}: \\d$", RegexOptions.Multiline);

    [GeneratedRegex("^id: .*$", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    [GeneratedRegex("^title: (.*)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex("^flagship: true\\r?\\n", RegexOptions.Multiline)]
    private static partial Regex FlagshipLine();
}
