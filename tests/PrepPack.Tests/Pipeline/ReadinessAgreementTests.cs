using System.Text.Json;
using System.Text.RegularExpressions;
using PrepPack.Cli;
using PrepPack.Pipeline;
using PrepPack.Templates;
using PrepPack.Tests.Support;
using UglyToad.PdfPig;

namespace PrepPack.Tests.Pipeline;

/// <summary>
/// A bank with its weaknesses planted (Fixtures/ReadinessBank): a conflict story over its time with
/// a nearer one lacking only a figure, a weak backup (5 of 15, no figure, no follow-ups), a primary
/// that is not ready, two frameworks and none chosen, and a Stripe gap that Google's similar
/// principle fills. <c>check</c>, <c>check --format json</c>, the binder's readiness page and each
/// cheat sheet say the same count and the same lines; check names stories by the ids the user types in the files
/// it points at, the pages by the titles the rest of the page prints.
/// </summary>
public sealed class ReadinessAgreementTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string Content => _folder.Combine("content");
    private string Output => _folder.Combine("output");

    public ReadinessAgreementTests() => TempFolder.CopyInto(Path.Combine(RepoPaths.Fixtures, "ReadinessBank"), Content);

    public void Dispose() => _folder.Dispose();

    private const string Headline = "Ready: 3 of 6 interview themes";

    private static readonly string[] Missing =
    [
        "Conflict: invoices-api-sunset takes 2:49 (budget 2:00) and needs shorter actions (2:38 of 1:30); phi-vendor "
            + "(0:20) needs only a figure in its result",
        "Biggest impact: ledger-rebuild is already told for leadership: add 'impact' to the themes of another story, "
            + "or write a story of your biggest impact",
        "Teamwork: weak-intern needs a figure in its result and follow-ups",
    ];

    private static readonly string[] MissingOnPage =
    [
        "Conflict: Invoices API sunset takes 2:49 (budget 2:00) and needs shorter actions (2:38 of 1:30); PHI vendor "
            + "review (0:20) needs only a figure in its result",
        "Biggest impact: Ledger rebuild is already told for leadership: add 'impact' to the themes of another story, "
            + "or write a story of your biggest impact",
        "Teamwork: Intern onboarding notes needs a figure in its result and follow-ups",
    ];

    private static readonly string[] StoryIds =
    [
        "dunning-emails",
        "invoices-api-sunset",
        "ledger-rebuild",
        "phi-vendor",
        "test-bill",
        "weak-intern",
    ];

    private BuildReport Build(string? framework = null) =>
        PackBuilder.Build(new BuildOptions(Content, BuiltInTemplates.Folder, Output) { Framework = framework });

    private string[] CheckLines() =>
        Support.Cli.Run("check", "--content", Content).Out.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    private JsonElement CheckJson() =>
        JsonDocument.Parse(Support.Cli.Run("check", "--content", Content, "--format", "json").Out).RootElement;

    [Fact]
    public void Check_says_how_many_themes_are_ready_and_one_line_per_theme_that_is_not()
    {
        var lines = CheckLines();
        var at = Array.IndexOf(lines, Headline + ". Missing:");
        Assert.True(at >= 0, string.Join("\n", lines));
        Assert.Equal(Missing.Select(m => $"  {m}."), lines[(at + 1)..(at + 1 + Missing.Length)]);
    }

    [Fact]
    public void A_weak_backup_and_a_primary_that_is_not_ready_make_their_principles_thin_and_say_why()
    {
        var lines = CheckLines();
        Assert.Contains("Coverage of Stripe (Operating principles): 0 strong, 2 thin, 1 gap.", lines);
        Assert.Contains(
            "  thin  Move with urgency and focus — the backup 'weak-intern' (5 of 15) is not ready: it needs a figure "
                + "in its result and follow-ups.",
            lines
        );
        Assert.Contains(lines, l =>
            l.StartsWith(
                "  thin  Users first — the primary 'invoices-api-sunset' (13 of 15) is not ready: it takes 2:49 "
                    + "(budget 2:00)",
                StringComparison.Ordinal
            )
        );
        Assert.Contains(
            "  thin  Values feedback — the backup 'phi-vendor' (9 of 15) is not ready: it needs a figure in its "
                + "result.",
            lines
        );
    }

    [Fact]
    public void A_gap_names_the_stories_that_show_a_similar_principle_in_another_framework_before_writing_one()
    {
        Assert.Contains(
            "  gap   Seek feedback — no story shows it, but 'test-bill' and 'phi-vendor' show Google's 'Values "
                + "feedback': "
                + "add 'seek-feedback' to the principles of one of them, or write a story for it.",
            CheckLines()
        );
    }

    [Fact]
    public void Without_a_similar_principle_a_gap_names_the_stories_whose_themes_match_its_words()
    {
        File.Delete(Path.Combine(Content, "frameworks", "google.yaml"));
        foreach (var story in Directory.GetFiles(Path.Combine(Content, "stories")))
            File.WriteAllText(story, Regex.Replace(File.ReadAllText(story), @"(?m)^  google:\n(    - .*\n)+", ""));
        var dunning = Path.Combine(Content, "stories", "dunning-emails.yaml");
        File.WriteAllText(
            dunning,
            File.ReadAllText(dunning).Replace("themes: [initiative]", "themes: [initiative, customer-feedback]")
        );

        Assert.Contains(
            "  gap   Seek feedback — no story shows it, but 'dunning-emails' is told for 'customer-feedback': "
                + "add 'seek-feedback' to its principles, or write a story for it.",
            CheckLines()
        );
    }

    [Fact]
    public void Json_carries_the_same_readiness_and_coverage_as_the_text()
    {
        var json = CheckJson();
        var text = CheckLines();
        var readiness = json.GetProperty("readiness");
        Assert.Equal(Headline, readiness.GetProperty("headline").GetString());
        Assert.Equal((3, 6), (readiness.GetProperty("ready").GetInt32(), readiness.GetProperty("total").GetInt32()));
        Assert.Equal(Missing, readiness.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        var conflict = readiness
            .GetProperty("themes")
            .EnumerateArray()
            .Single(t => t.GetProperty("theme").GetString() == "conflict");
        Assert.Equal(
            ("invoices-api-sunset", false, 169, 120),
            (
                conflict.GetProperty("story").GetString(),
                conflict.GetProperty("ready").GetBoolean(),
                conflict.GetProperty("seconds").GetInt32(),
                conflict.GetProperty("budgetSeconds").GetInt32()
            )
        );

        // Every coverage line of the text, made from the JSON alone.
        foreach (var framework in json.GetProperty("coverage").EnumerateArray())
        {
            Assert.Contains(framework.GetProperty("summary").GetString(), text);
            foreach (
                var principle in framework
                    .GetProperty("principles")
                    .EnumerateArray()
                    .Where(p => p.GetProperty("status").GetString() != "strong")
            )
                Assert.Contains(
                    $"  {principle.GetProperty("status").GetString(), -4}  "
                        + $"{principle.GetProperty("name").GetString()} — "
                        + $"{principle.GetProperty("reason").GetString()}.",
                    text
                );
        }
        var seek = json.GetProperty("coverage")
            .EnumerateArray()
            .Single(f => f.GetProperty("framework").GetString() == "stripe")
            .GetProperty("principles")
            .EnumerateArray()
            .Single(p => p.GetProperty("id").GetString() == "seek-feedback");
        Assert.Equal("gap", seek.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, seek.GetProperty("primary").ValueKind);
    }

    [Fact]
    public void Two_frameworks_and_none_chosen_get_a_cheat_sheet_each_with_its_principles_and_one_readiness()
    {
        var report = Build();
        Assert.DoesNotContain(report.Diagnostics, d => d.IsError);
        var names = report.Outputs.Select(o => o.Name).ToList();
        Assert.Contains("cheatsheet-stripe.pdf", names);
        Assert.Contains("cheatsheet-google.pdf", names);
        Assert.DoesNotContain("cheatsheet.pdf", names);

        var stripe = Text(File.ReadAllBytes(Path.Combine(Output, "cheatsheet-stripe.pdf")));
        Assert.Contains(Squeeze("Stripe: primary / backup story for each principle"), stripe);
        Assert.Contains(Squeeze("Seek feedback — gap: no story yet"), stripe);
        // The stories check suggests for the gap are on the sheet too, by their titles.
        Assert.Contains(
            Squeeze(
                "Seek feedback — gap: no story yet; 'The test bill that went live' and 'PHI vendor review' show "
                    + "Google's 'Values feedback'"
            ),
            stripe
        );
        Assert.Contains(
            Squeeze("Move with urgency and focus — thin: Ledger rebuild / Intern onboarding notes (not ready)"),
            stripe
        );
        Assert.DoesNotContain(Squeeze("Google: primary"), stripe);
        var google = Text(File.ReadAllBytes(Path.Combine(Output, "cheatsheet-google.pdf")));
        Assert.Contains(Squeeze("Google: primary / backup story for each principle"), google);

        foreach (var sheet in new[] { stripe, google })
        {
            Assert.Contains(Squeeze(Headline), sheet);
            Assert.All(MissingOnPage, m => Assert.Contains(Squeeze(m), sheet));
            Assert.All(StoryIds, id => Assert.DoesNotContain(Squeeze(id), sheet));
        }
    }

    [Fact]
    public void The_binders_readiness_page_says_what_check_says_and_it_prints_a_cheat_sheet_page_per_framework()
    {
        Build();
        using var binder = PdfDocument.Open(File.ReadAllBytes(Path.Combine(Output, "binder.pdf")));
        var readinessPage = Squeeze(string.Join(" ", PdfText.Lines(binder.GetPage(2))));
        Assert.StartsWith(Squeeze("Ready for the interview?"), readinessPage);
        Assert.Contains(Squeeze(Headline + "."), readinessPage);
        Assert.All(MissingOnPage, m => Assert.Contains(Squeeze(m), readinessPage));
        Assert.All(StoryIds, id => Assert.DoesNotContain(Squeeze(id), readinessPage));
        // The framework pages' reasons name stories by title too: no page of the binder quotes a story's id.
        var all = Squeeze(string.Join(" ", binder.GetPages().SelectMany(PdfText.Lines)));
        var coverage = Squeeze(
            string.Join(" ", binder.GetPages().Select(p => PdfText.Column(p, "Coverage", "Primary")))
        );
        Assert.Contains(Squeeze("the backup 'Intern onboarding notes' (5 of 15) is not ready"), coverage);
        Assert.All(StoryIds, id => Assert.DoesNotContain($"'{id}'", all));

        Assert.True(binder.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        Assert.Contains("Cheat sheet for Stripe", titles);
        Assert.Contains("Cheat sheet for Google", titles);
    }

    [Fact]
    public void A_framework_chosen_for_the_interview_makes_one_cheat_sheet_named_as_before()
    {
        var report = Build(framework: "google");
        var names = report.Outputs.Select(o => o.Name).ToList();
        Assert.Contains("cheatsheet.pdf", names);
        Assert.DoesNotContain(names, n => n.StartsWith("cheatsheet-", StringComparison.Ordinal));
        var sheet = Text(File.ReadAllBytes(Path.Combine(Output, "cheatsheet.pdf")));
        Assert.Contains(Squeeze("Google: primary / backup story for each principle"), sheet);
        Assert.Contains(Squeeze(Headline), sheet);
    }

    [Fact]
    public void A_second_build_with_nothing_changed_makes_no_cheat_sheet_again()
    {
        Build();
        var again = Build();
        Assert.All(again.Outputs, o => Assert.Equal(OutputStatus.UpToDate, o.Status));
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Squeeze(string.Join(" ", document.GetPages().SelectMany(PdfText.Lines)));
    }

    // Lines wrap where the page is full and quotes are set as typographic ones: compare the words alone.
    private static string Squeeze(string text) =>
        Regex.Replace(text, @"\s+", "").Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
}
