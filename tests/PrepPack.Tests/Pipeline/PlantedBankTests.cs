using System.Text.Json;
using PrepPack.Pipeline;
using PrepPack.Templates;
using PrepPack.Tests.Support;
using UglyToad.PdfPig;

namespace PrepPack.Tests.Pipeline;

/// <summary>
/// A nurse's bank with the mistakes new users make planted in it (Fixtures/PlantedBank): a ' #' in a
/// card line, list items indented off their list, themes with commas and no brackets, a figure that
/// differs between the card, the STAR result, the highlight and the numbers, a reworded platitude,
/// a weak backup and two frameworks. Each is found by <c>check</c> at its line, said the same way in
/// <c>--format json</c>, and what it costs the bank is printed on the binder and the cheat sheet.
/// </summary>
public sealed class PlantedBankTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string Content => _folder.Combine("content");

    public PlantedBankTests() => TempFolder.CopyInto(Path.Combine(RepoPaths.Fixtures, "PlantedBank"), Content);

    public void Dispose() => _folder.Dispose();

    private const string Triage = "content/stories/triage-board.yaml";
    private const string Handoff = "content/stories/handoff-checklist.yaml";

    /// <summary>Each planted mistake: the file, line and column it is found at, and its code.</summary>
    public static TheoryData<string, int, int, string> Planted =>
        new()
        {
            { Triage, 13, 22, "PP0250" },
            { Handoff, 24, 6, "PP0251" },
            { Handoff, 25, 6, "PP0251" },
            { "content/stories/staffing-pushback.yaml", 3, 9, "PP0252" },
            { Triage, 15, 44, "PP0225" },
            { Triage, 28, 38, "PP0225" },
            { Handoff, 15, 3, "PP0222" },
            { "content/questions/disagree-with-manager.yaml", 5, 10, "PP0241" },
        };

    private (string File, int Line, int Column, string Code, string Message)[] JsonDiagnostics()
    {
        var (_, output, _) = Support.Cli.Run("check", "--content", Content, "--format", "json");
        return JsonDocument
            .Parse(output)
            .RootElement.GetProperty("diagnostics")
            .EnumerateArray()
            .Select(d =>
                (
                    d.GetProperty("file").GetString()!,
                    d.GetProperty("line").GetInt32(),
                    d.GetProperty("column").GetInt32(),
                    d.GetProperty("code").GetString()!,
                    d.GetProperty("message").GetString()!
                )
            )
            .ToArray();
    }

    [Theory]
    [MemberData(nameof(Planted))]
    public void Each_planted_mistake_is_found_at_its_line_in_check_and_in_the_json(
        string file,
        int line,
        int column,
        string code
    )
    {
        var (_, text, _) = Support.Cli.Run("check", "--content", Content);
        Assert.Contains(
            $"{Path.Combine(Content, file.Replace("content/", "")).Replace('\\', '/')}({line},{column}): warning "
                + $"{code}:",
            text.Replace('\\', '/')
        );
        Assert.Contains(JsonDiagnostics(), d =>
            d.File.EndsWith(file, StringComparison.Ordinal) && d.Line == line && d.Column == column && d.Code == code
        );
    }

    [Fact]
    public void Check_and_the_json_report_the_same_problems_in_the_same_words()
    {
        var (_, text, _) = Support.Cli.Run("check", "--content", Content);
        var json = JsonDiagnostics();
        var textWarnings = text.Split('\n').Count(l => l.Contains(": warning PP", StringComparison.Ordinal));
        Assert.Equal(textWarnings, json.Length);
        foreach (var d in json)
            Assert.Contains($"({d.Line},{d.Column}): warning {d.Code}: {d.Message}", text);
    }

    [Fact]
    public void The_binder_and_the_cheat_sheet_print_what_the_planted_mistakes_cost_in_checks_words()
    {
        var output = _folder.Combine("output");
        PackBuilder.Build(new BuildOptions(Content, BuiltInTemplates.Folder, output));
        var (_, text, _) = Support.Cli.Run("check", "--content", Content);
        var headline = text.Split('\n').Single(l => l.StartsWith("Ready: ", StringComparison.Ordinal)).Split('.')[0];
        // check names the stories by the ids typed in the files it points at; the pages by their titles.
        var expected = new[]
        {
            headline,
            "Biggest impact: triage-board needs figures that agree",
            "Teamwork: handoff-checklist needs a lesson of its own",
            "the backup 'vendor-delay' (5 of 15) is not ready",
        };
        var printed = new[]
        {
            headline,
            "Biggest impact: A triage board that shows the sickest first needs figures that agree",
            "Teamwork: One handoff checklist for every shift needs a lesson of its own",
        };
        Assert.Contains(expected[1], text);
        Assert.Contains(expected[2], text);
        Assert.Contains(expected[3], text);

        using var binder = PdfDocument.Open(Path.Combine(output, "binder.pdf"));
        var readinessPage = Flat(PdfText.Of(binder.GetPage(2)));
        Assert.Contains(headline, readinessPage);
        Assert.Contains(printed[1], readinessPage);
        Assert.Contains(printed[2], readinessPage);

        foreach (var sheet in Directory.GetFiles(output, "cheatsheet*.pdf"))
        {
            using var pdf = PdfDocument.Open(sheet);
            var page = Flat(PdfText.Of(pdf.GetPage(1)));
            Assert.Contains(headline, page);
            Assert.Contains(printed[1], page);
        }
    }

    [Fact]
    public void A_backup_marked_weak_that_is_not_ready_either_is_named_once_in_its_reason()
    {
        var amazon = Path.Combine(Content, "frameworks", "amazon.yaml");
        File.WriteAllText(
            amazon,
            File.ReadAllText(amazon)
                .Replace("    backup: vendor-delay", "    backup: {story: vendor-delay, weak: no figure yet}")
        );
        var (_, text, _) = Support.Cli.Run("check", "--content", Content);
        var line = text.Split('\n').Single(l => l.Contains("Earn Trust —", StringComparison.Ordinal));
        Assert.Contains(
            "the backup 'vendor-delay' is marked weak: no figure yet; nor is it ready to tell (5 of 15): it needs a "
                + "figure in its result",
            line
        );
        Assert.Single(line.Split("vendor-delay")[1..]);
    }

    // A line broken on the page reads as one with the words joined by a space.
    private static string Flat(string text) =>
        string.Join(' ', text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
}
