using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Incremental;
using PrepPack.Pipeline;
using PrepPack.Templates.Model;
using PrepPack.Tests.Support;
using PrepPack.Theming;

namespace PrepPack.Tests.Templates;

/// <summary>Which stories a one-page output keeps, and what reading them records.</summary>
public class OnePageSelectionTests
{
    private static StoryBank Bank(int stories)
    {
        using var folder = new TempFolder();
        LargeBank.Write(folder.Path, stories);
        return StoryBankLoader.Load(folder.Path).Bank!;
    }

    [Fact]
    public void With_the_sample_bank_the_one_page_lists_hold_every_story_in_matrix_order()
    {
        var model = new PackModel(StoryBankLoader.Load(RepoPaths.SampleBank).Bank!, new(), "");
        foreach (var list in new[] { model.MatrixStories, model.CheatsheetStories })
        {
            Assert.Equal(model.Stories, list.Stories);
            Assert.Equal(0, list.LeftOut);
        }
        Assert.Empty(model.LeftOut());
    }

    [Fact]
    public void A_one_page_list_keeps_the_flagship_then_stories_chosen_for_a_principle_or_theme_then_top_totals()
    {
        // Picks are spread across a bank this size (two principles a story), so about 30 stories are chosen.
        var model = new PackModel(Bank(60), new(), "", onePage: new OnePageLimits { MatrixStories = 36 });
        var list = model.MatrixStories;
        var chosen = model
            .Frameworks.SelectMany(f => f.Principles)
            .SelectMany(p => new[] { p.Primary, p.Backup })
            .Concat(model.Themes.SelectMany(t => new[] { t.Primary, t.Backup }))
            .OfType<StoryView>()
            .ToHashSet();

        Assert.Equal((36, 24), (list.Shown, list.LeftOut));
        Assert.True(list.Stories[0].Flagship);
        Assert.True(chosen.Count < 35, $"the test needs room for stories chosen by score alone, not {chosen.Count}");
        Assert.Superset(chosen, list.Stories.ToHashSet());
        var byScore = list.Stories.Where(s => !chosen.Contains(s) && !s.Flagship).ToList();
        var left = model.Stories.Except(list.Stories).ToList();
        Assert.NotEmpty(byScore);
        Assert.All(left, s =>
            Assert.True(s.Total <= byScore.Min(b => b.Total), $"{s.Title} ({s.Total}) was left out for a lower total")
        );
        // Shown in matrix order, whatever order they were chosen in.
        Assert.Equal(model.Stories.Where(list.Stories.Contains), list.Stories);
    }

    [Fact]
    public void A_list_shorter_than_the_chosen_stories_keeps_first_choices_before_backups()
    {
        var model = new PackModel(Bank(60), new(), "", onePage: new OnePageLimits { CheatsheetStories = 4 });
        var firsts = model
            .Frameworks.SelectMany(f => f.Principles)
            .Select(p => p.Primary)
            .Concat(model.Themes.Select(t => t.Primary))
            .OfType<StoryView>()
            .ToHashSet();
        var list = model.CheatsheetStories;
        Assert.Equal((4, 56), (list.Shown, list.LeftOut));
        Assert.All(list.Stories, s => Assert.True(s.Flagship || firsts.Contains(s), s.Title));
    }

    [Fact]
    public void Reading_a_one_page_list_records_which_stories_it_shows_and_the_model_tells_what_it_left_out()
    {
        var bank = Bank(30);
        var tracker = new InputTracker();
        var model = new PackModel(bank, new(), "", tracker, new OnePageLimits { MatrixStories = 12 });
        tracker.Start();
        _ = model.MatrixStories;

        var key = new InputKey(InputKind.OnePage, model.StoriesFolder, "matrix_stories");
        Assert.Equal([key], tracker.Read.Keys);
        Assert.Equal(model.Current(key), tracker.Read[key]);
        Assert.NotEqual(
            new PackModel(bank, new(), "", onePage: new OnePageLimits { MatrixStories = 13 }).Current(key),
            tracker.Read[key]
        );
        var leftOut = Assert.Single(model.LeftOut());
        Assert.Equal(("matrix_stories", 18), (leftOut.Name, leftOut.LeftOut));
    }

    /// <summary>A workspace with a third story, gamma, like beta; the one-page lists have room for two.</summary>
    private static PackWorkspace WithGammaAndRoomForTwo()
    {
        var ws = new PackWorkspace();
        File.WriteAllText(
            Path.Combine(ws.Content, "stories", "gamma.yaml"),
            File.ReadAllText(Path.Combine(ws.Content, "stories", "beta.yaml"))
                .Replace("id: beta", "id: gamma")
                .Replace("title: Beta failure", "title: Gamma story")
        );
        ws.Edit(Path.Combine(ws.Templates, "theme.yaml"), t =>
            t.Replace("matrix_stories: 26", "matrix_stories: 2")
                .Replace("cheatsheet_stories: 10", "cheatsheet_stories: 2")
        );
        return ws;
    }

    private static BuiltOutput Matrix(BuildReport report) => report.Outputs.Single(o => o.Name == "matrix.pdf");

    [Fact]
    public void Editing_a_story_the_one_page_matrix_leaves_out_leaves_the_matrix_as_it_is()
    {
        using var ws = WithGammaAndRoomForTwo();
        Assert.True(ws.Build().Succeeded);
        ws.Edit(Path.Combine(ws.Content, "stories", "gamma.yaml"), t =>
            t.Replace("highlight: Owned a $10k mistake", "highlight: Owned a $12k mistake")
        );
        var report = ws.Build();
        Assert.Equal(OutputStatus.UpToDate, Matrix(report).Status);
        Assert.Equal(OutputStatus.Written, report.Outputs.Single(o => o.Name == "binder.pdf").Status);
        // The warning of the up-to-date matrix is still reported.
        Assert.Contains(report.Diagnostics, d =>
            d.Code == "PP0408" && d.Message.StartsWith("matrix.pdf has room for 2 of the 3 stories: 1 is left out")
        );
    }

    [Fact]
    public void A_score_that_brings_a_left_out_story_onto_the_page_rebuilds_the_matrix_saying_why()
    {
        using var ws = WithGammaAndRoomForTwo();
        ws.Build();
        ws.Edit(Path.Combine(ws.Content, "stories", "gamma.yaml"), t => t.Replace("  impact: 2", "  impact: 5"));
        var report = ws.Build();
        Assert.Equal(OutputStatus.Written, Matrix(report).Status);
        Assert.Equal("the stories with room on its one page changed (matrix_stories)", Matrix(report).Reason);
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("matrix.pdf")));
        var text = PdfText.Of(pdf.GetPage(1));
        Assert.Contains("Gamma story", text);
        Assert.DoesNotContain("Beta failure", text);
        Assert.Contains("1 more story is in the binder", text);
    }
}
