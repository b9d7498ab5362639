using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Incremental;

/// <summary>
/// After an edit, a build into the folder of the last build writes every output exactly as a build into an empty
/// folder does: an output that prints what was edited is never left "up to date" with the old words.
/// </summary>
public class EditedBuildMatchesFreshTests
{
    [Theory]
    [InlineData(
        "stories/dashboard-speed.yaml",
        "title: Executive dashboard speed-up",
        "title: A faster executive board"
    )]
    [InlineData("stories/census-ingest.yaml", "title: Census data pipeline", "title: Census data, end to end")]
    [InlineData(
        "stories/commission-bug.yaml",
        "title: Commission overpayment and its root cause",
        "title: Commission overpayment, found and fixed"
    )]
    [InlineData(
        "questions/beyond-your-role.yaml",
        "ask: Tell me about a time you took on a problem nobody had asked you to solve.",
        "ask: Tell me about a problem you solved that was not yours."
    )]
    [InlineData("frameworks/amazon.yaml", "name: Frugality", "name: Frugality First")]
    [InlineData("stories/census-ingest.yaml", "refresh 7 days to 10 min; $1M premium", "refresh 7 days to 9 min")]
    [InlineData("stories/census-ingest.yaml", "  - value: 200k", "  - value: 250k")]
    [InlineData("stories/census-ingest.yaml", "they owned production.", "they own it in production now.")]
    [InlineData("practice/log.yaml", "    reflection: 5", "    reflection: 3")]
    [InlineData("profile.yaml", "name: Dana Okafor", "name: Dana O. Okafor")]
    public void Every_output_after_an_edit_is_what_a_build_from_scratch_writes(string file, string from, string to)
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        TempFolder.CopyInto(RepoPaths.SampleBank, content);
        var output = folder.Combine("output");
        Assert.True(PackBuilder.Build(new BuildOptions(content, RepoPaths.Templates, output)).Succeeded);

        var path = Path.Combine(content, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
        var edited = PackBuilder.Build(new BuildOptions(content, RepoPaths.Templates, output));
        var fresh = folder.Combine("fresh");
        var scratch = PackBuilder.Build(new BuildOptions(content, RepoPaths.Templates, fresh));

        Assert.True(edited.Succeeded && scratch.Succeeded);
        var names = Directory.GetFiles(fresh).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
            Assert.True(
                File.ReadAllBytes(Path.Combine(output, name!))
                    .SequenceEqual(File.ReadAllBytes(Path.Combine(fresh, name!))),
                $"{name} after editing {file} differs from a build from scratch"
            );
    }
}
