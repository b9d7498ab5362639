using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Incremental;
using PrepPack.Templates.Model;
using PrepPack.Tests.Support;
using Scriban.Runtime;

namespace PrepPack.Tests.Templates;

public class FingerprintTests
{
    private static readonly StoryCard Card = new(
        "Quotes took days",
        "Cut it to minutes",
        "Mapped the steps",
        "Automated two",
        "Hours, not days",
        "Ask first"
    );

    [Fact]
    public void Equal_values_made_apart_have_the_same_fingerprint() =>
        Assert.Equal(Fingerprint.Of(Card), Fingerprint.Of(Card with { }));

    [Fact]
    public void Changing_any_field_a_template_reads_changes_the_fingerprint()
    {
        string[] prints =
        [
            Fingerprint.Of(Card),
            Fingerprint.Of(Card with { Context = "Quotes took a week" }),
            Fingerprint.Of(Card with { Action2 = "Automated three" }),
            Fingerprint.Of(Card with { Lesson = "" }),
        ];
        Assert.Equal(prints.Length, prints.Distinct().Count());
    }

    [Fact]
    public void A_derived_value_counts_as_templates_read_it() =>
        // Total is read by templates as scores.total; the same total from other scores is a change of scores.
        Assert.NotEqual(Fingerprint.Of(new Scores(3, 4, 5)), Fingerprint.Of(new Scores(4, 3, 5)));

    [Fact]
    public void A_member_templates_cannot_read_does_not_count() =>
        Assert.Equal(
            Fingerprint.Of(new Shown("Title", Hidden: "one")),
            Fingerprint.Of(new Shown("Title", Hidden: "two"))
        );

    [Fact]
    public void Lists_count_their_order_and_nested_values()
    {
        var one = new[] { new KeyNumber("40%", "fewer errors"), new KeyNumber("3 days", "saved a quote") };
        Assert.Equal(Fingerprint.Of(one), Fingerprint.Of(one.Select(n => n with { }).ToList()));
        Assert.NotEqual(Fingerprint.Of(one), Fingerprint.Of(one.Reverse().ToArray()));
        Assert.NotEqual(
            Fingerprint.Of(one),
            Fingerprint.Of(new[] { one[0], one[1] with { Measures = "saved a week" } })
        );
    }

    [Fact]
    public void Fingerprints_made_on_many_threads_agree_with_one_thread()
    {
        var values = Enumerable
            .Range(0, 400)
            .Select(i => (object)(i % 2 == 0 ? Card with { Result = $"result {i}" } : new Scores(i % 5, 2, 3)))
            .ToList();
        var serial = values.Select(Fingerprint.Of).ToList();
        var parallel = values.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(Fingerprint.Of).ToList();
        Assert.Equal(serial, parallel);
    }

    [Fact]
    public void The_readiness_templates_read_is_fingerprinted_as_they_see_it()
    {
        using var bank = new TempFolder();
        TempFolder.CopyInto(RepoPaths.SampleBank, bank.Path);
        var before = ReadinessPrint(bank.Path);
        Assert.Equal(before, ReadinessPrint(bank.Path));

        // The readiness view counts the follow-ups of each theme's story: one fewer is a change templates show.
        var story = bank.Combine("stories", "quote-funnel.yaml");
        var text = File.ReadAllText(story);
        var last = text.IndexOf("  - question: What would you do differently?", StringComparison.Ordinal);
        File.WriteAllText(story, text.Remove(last, text.IndexOf("principles:", last, StringComparison.Ordinal) - last));
        Assert.NotEqual(before, ReadinessPrint(bank.Path));
    }

    private static string? ReadinessPrint(string content)
    {
        var model = new PackModel(StoryBankLoader.Load(content).Bank!, new(), "");
        return model.Current(new InputKey(InputKind.Readiness, model.StoriesFolder));
    }

    public sealed record Shown(string Title, [property: ScriptMemberIgnore] string Hidden);
}
