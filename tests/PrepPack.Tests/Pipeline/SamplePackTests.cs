using PrepPack.Content;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>The sample pack as a candidate prints it, read back from the PDFs.</summary>
public class SamplePackTests(SamplePack pack) : IClassFixture<SamplePack>
{
    private IReadOnlyList<string> TitlesInMatrixOrder =>
        new PrepPack.Templates.Model.PackModel(pack.Bank, new(), "").Stories.Select(s => s.Title).ToList();

    [Fact]
    public void Building_the_sample_writes_the_pdfs_and_two_word_documents_per_framework_with_no_problems()
    {
        Assert.True(pack.Report.Succeeded, string.Join("\n", pack.Report.Diagnostics));
        Assert.Empty(pack.Report.Diagnostics);
        Assert.Equal(
            [
                "answers-amazon.docx",
                "answers-meta.docx",
                "binder.pdf",
                "cards.pdf",
                "cheatsheet.pdf",
                "matrix.pdf",
                "prompts.pdf",
                "star-amazon.docx",
                "star-meta.docx",
                "tmay.pdf",
                "tracker.pdf",
            ],
            pack.Report.Outputs.Select(o => o.Name)
        );
        Assert.All(pack.Report.Outputs, o => Assert.True(File.Exists(o.Path), o.Name));
    }

    [Fact]
    public void The_cards_are_one_six_by_four_inch_landscape_page_per_story_each_with_its_title()
    {
        using var pdf = PdfInspection.Open(pack.Read("cards.pdf"));
        Assert.Equal(TitlesInMatrixOrder.Count, pdf.NumberOfPages);
        for (var i = 0; i < TitlesInMatrixOrder.Count; i++)
        {
            var page = pdf.GetPage(i + 1);
            Assert.Equal((432, 288), (page.Width, page.Height));
            Assert.Contains(TitlesInMatrixOrder[i], PdfText.Of(page));
            Assert.Contains("Context", page.Text);
            Assert.Contains("Lesson", page.Text);
        }
    }

    [Fact]
    public void The_flagship_card_comes_first_marked_with_its_figures_in_bold_and_its_speaking_time()
    {
        using var pdf = PdfInspection.Open(pack.Read("cards.pdf"));
        var first = pdf.GetPage(1);
        Assert.Contains("flagship", PdfText.Of(first));
        Assert.Contains("to tell", PdfText.Of(first));
        var bold = first.Letters.Where(l => l.FontName?.Contains("Bold") == true).Select(l => l.Value);
        Assert.Contains("$1.5M", string.Concat(bold));
    }

    [Fact]
    public void The_matrix_is_exactly_one_landscape_page_listing_every_story()
    {
        using var pdf = PdfInspection.Open(pack.Read("matrix.pdf"));
        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Equal((792, 612), (pdf.GetPage(1).Width, pdf.GetPage(1).Height));
        // Titles wrap inside their cells, so look for their words rather than the whole line.
        var words = pdf.GetPage(1)
            .GetWords()
            .Select(w => w.Text.Normalize(System.Text.NormalizationForm.FormKC))
            .ToList();
        Assert.All(TitlesInMatrixOrder, title => Assert.All(title.Split(' '), word => Assert.Contains(word, words)));
        Assert.True(
            words.IndexOf(TitlesInMatrixOrder[0].Split(' ')[0]) < words.IndexOf(TitlesInMatrixOrder[^1].Split(' ')[0])
        );
    }

    [Fact]
    public void The_cheat_sheet_is_one_page_with_the_interviews_principles_thin_and_gap_said_in_words()
    {
        using var pdf = PdfInspection.Open(pack.Read("cheatsheet.pdf"));
        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Contains("Key project", pdf.GetPage(1).Text);
        var lines = PdfText.Lines(pdf.GetPage(1));
        Assert.Contains("Amazon: primary / backup story for each principle", lines);
        // The first bullet can sit a fraction of a point off its line, so it is read apart.
        Assert.Contains(lines, l =>
            l.TrimStart('•', ' ')
            == "Customer Obsession: Quoting funnel dashboard / Holding a launch for customer consent"
        );
        Assert.Contains(
            "• Are Right, A Lot — thin: A capacity forecast that shipped three weeks late (no backup yet)",
            lines
        );
        Assert.Contains(
            "• Hire and Develop the Best — thin: A technical onboarding path for new analysts / CRM migration with no "
                + "reporting gap (weak)",
            string.Join(" ", lines)
        );
        // A gap names the stories that show a similar principle in the other framework, by their short titles.
        Assert.Contains(
            "• Strive to be Earth's Best Employer — gap: no story yet; 'A technical onboarding path for new analysts' "
                + "and 'CRM migration with no reporting gap' show Meta's 'People growth'",
            string.Join(" ", lines)
        );
        // The principles take the place of the question themes: the page has room for one of the two.
        Assert.DoesNotContain("Which story for which question", lines);
    }

    [Fact]
    public void The_cheat_sheet_with_its_principles_keeps_its_type_well_above_the_floor()
    {
        var markdown = File.ReadAllText(Path.Combine(pack.Output, ".preppack", "markdown", "cheatsheet.md"));
        var result = Typesetting.Render(markdown, "cheatsheet.md");
        Assert.Equal(1, result.PageCount);
        // Each story said once leaves the page at 8 pt or more (0.8 of the 10 pt body); measured at 0.87.
        Assert.InRange(result.Scale, 0.8f, 1f);
    }

    [Fact]
    public void The_binder_marks_thin_and_gap_principles_in_words_with_the_reason_and_weak_and_picked_stories()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var pages = pdf.GetPages().Where(p => PdfText.Of(p).Contains("What to stress")).ToList();
        Assert.NotEmpty(pages);
        var coverage = string.Join(" ", pages.Select(p => PdfText.Column(p, "Coverage", "Primary")));
        var backups = string.Join(" ", pages.Select(p => PdfText.Column(p, "Backup", "What")));
        var text = string.Join(" ", pages.Select(p => string.Join(" ", PdfText.Lines(p))));
        Assert.Contains("Thin — only one story: add a backup", coverage);
        Assert.Contains("Thin — the backup is marked weak", coverage);
        Assert.Contains("Gap — no story shows it, but", coverage);
        Assert.Contains("People growth", coverage);
        Assert.Contains("Strong", coverage);
        Assert.Contains(
            "CRM migration with no reporting gap (weak: say what the two juniors could do afterwards, not only what "
                + "they wrote)",
            backups
        );
        Assert.Contains("Quoting funnel dashboard *", backups);
        Assert.Contains("9 strong, 6 thin, 1 gap.", text);
        Assert.Contains("* Picked by PrepPack where the framework file names no story", text);
        Assert.DoesNotContain("highest-scoring", text);
    }

    [Fact]
    public void Each_story_in_full_has_a_readiness_line_with_its_metric_follow_ups_and_time_against_the_budget()
    {
        var bank = pack.Bank;
        var stories = new PrepPack.Templates.Model.PackModel(bank, new(), "").Stories;
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var lines = pdf.GetPages().SelectMany(PdfText.Lines).ToList();
        // The story lines, not the bank's "Ready: 5 of 6 interview themes".
        var ready = lines
            .Where(l => l.StartsWith("Ready: ", StringComparison.Ordinal) && !char.IsDigit(l["Ready: ".Length]))
            .ToList();
        Assert.Equal(stories.Count, ready.Count);
        Assert.All(stories.Zip(ready), pair =>
            Assert.Equal($"Ready: metric ✓ · follow-ups ✓ · {pair.First.SpeakingTimeText} of 2:00", pair.Second)
        );
    }

    [Fact]
    public void The_tmay_script_states_its_speaking_time_at_150_words_a_minute()
    {
        var profile = pack.Bank.Profile;
        var tmay = new PrepPack.Templates.Model.PackModel(pack.Bank, new(), "").Tmay;
        using var pdf = PdfInspection.Open(pack.Read("tmay.pdf"));
        var text = PdfText.Of(pdf.GetPage(1));
        Assert.Contains(
            $"About {tmay.Time} spoken at 150 words a minute ({tmay.Words} words), against a target of 2:00.",
            text
        );
        Assert.Contains(profile.Name, text);
    }

    [Fact]
    public void The_binder_contents_gives_the_page_each_section_starts_on()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var contents = PdfText
            .Lines(pdf.GetPage(3))
            .Skip(1)
            .Where(l => char.IsDigit(l[^1]) && !l.Contains(" Page "))
            .ToList();
        Assert.True(contents.Count >= 8, string.Join("\n", contents));
        foreach (var line in contents)
        {
            var cut = line.LastIndexOf(' ');
            var (title, page) = (line[..cut].Replace("★", "").Trim(), int.Parse(line[(cut + 1)..]));
            // The cheat sheet's heading is the page's own (name and role); the contents calls it by its short title.
            var heading = title == "Cheat sheet" ? pack.Bank.Profile.Name : title;
            Assert.Contains(heading, string.Join(" ", PdfText.Lines(pdf.GetPage(page)).SkipLast(1)));
        }
    }

    [Fact]
    public void The_binder_opens_after_its_cover_with_the_readiness_page_naming_what_is_missing()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var page = string.Join(" ", PdfText.Lines(pdf.GetPage(2)));
        Assert.StartsWith("Ready for the interview?", page);
        Assert.Contains("Ready: 5 of 6 interview themes.", page);
        Assert.Contains("Teamwork", page);
        Assert.Contains("No story yet", page);
        Assert.Contains(
            "Teamwork: no story answers it yet: add 'teamwork' to the themes of a story that shows it, or write a "
                + "teamwork story.",
            page
        );
    }

    [Fact]
    public void Every_binder_page_but_the_cover_has_page_x_of_y_in_its_footer_counting_the_cover()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        Assert.DoesNotContain("Page", pdf.GetPage(1).Text);
        foreach (var page in pdf.GetPages().Skip(1))
            Assert.Contains($"Page {page.Number} of {pdf.NumberOfPages}", page.Text);
    }

    [Fact]
    public void The_binder_has_a_bookmark_for_each_section_and_under_stories_in_full_one_for_each_story_at_its_page()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(
            [
                "Ready for the interview?",
                "Tell me about yourself",
                "Project matrix",
                "Story cards",
                "Stories in full",
                "Amazon: Leadership Principles",
                "Meta: Leadership and execution",
                "Answers by question",
                "Practice tracker",
                "Cheat sheet",
            ],
            bookmarks.Roots.Select(r => r.Title)
        );
        var stories = bookmarks
            .Roots.Single(r => r.Title == "Stories in full")
            .Children.Cast<UglyToad.PdfPig.Outline.DocumentBookmarkNode>()
            .ToList();
        Assert.Equal(TitlesInMatrixOrder.Order(), stories.Select(s => s.Title.Replace("★", "").Trim()).Order());
        Assert.All(stories, s => Assert.Equal(1, s.Level));
        // Each story starts its page, under "Stories in full" for the first.
        Assert.All(stories, s =>
            Assert.Contains(
                s.Title.Replace("★", "").Trim(),
                string.Join(" ", PdfText.Lines(pdf.GetPage(s.PageNumber)).Take(2))
            )
        );
        // The profile names no language: the sample's British spelling, en-GB.
        Assert.Equal("en-GB", PdfInspection.Catalog(pdf, "Lang"));
    }

    [Fact]
    public void The_binder_holds_every_section_a_candidate_studies()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var text = string.Join("\n", pdf.GetPages().Select(PdfText.Of));
        foreach (
            var part in new[]
            {
                "Interview prep binder",
                "Tell me about yourself",
                "Project matrix",
                "Story cards",
                "Stories in full",
                "Amazon: Leadership Principles",
                "Practice questions: Amazon",
                "Meta: Leadership and execution",
                "Cheat sheet",
                "Likely follow-ups",
                "What went wrong underneath",
            }
        )
            Assert.Contains(part, text);
        Assert.All(TitlesInMatrixOrder, title => Assert.Contains(title, text));
    }

    [Fact]
    public void The_outputs_are_written_whole_with_no_temporary_files_left_behind()
    {
        Assert.Empty(Directory.EnumerateFiles(pack.Output, "*.tmp", SearchOption.AllDirectories));
        Assert.True(Directory.Exists(Path.Combine(pack.Output, ".preppack", "markdown")));
    }

    [Theory]
    [InlineData("cards")]
    [InlineData("matrix")]
    [InlineData("tmay")]
    [InlineData("cheatsheet")]
    [InlineData("binder")]
    [InlineData("star-onepager-amazon")]
    [InlineData("star-onepager-meta")]
    [InlineData("answers-amazon")]
    [InlineData("answers-meta")]
    [InlineData("prompts")]
    [InlineData("tracker")]
    public void Each_template_renders_the_sample_to_its_golden_markdown(string name)
    {
        var output = pack.Report.Outputs.Single(o => o.MarkdownName == name);
        Golden.Match(output.Markdown!, "Golden", name + ".md");
    }
}
