using PrepPack.Incremental;
using PrepPack.Pdf;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;
using UglyToad.PdfPig.Annotations;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

/// <summary>The fixture with every element, rendered and read back as a viewer would read it.</summary>
public class PdfOutputTests
{
    private static readonly PdfResult EveryElement = RenderFixture("every-element.md");

    [Fact]
    public void The_fixture_with_every_element_renders_without_diagnostics_to_two_letter_pages()
    {
        Assert.True(EveryElement.Succeeded, string.Join("\n", EveryElement.Diagnostics));
        Assert.Empty(EveryElement.Diagnostics);
        using var pdf = PdfInspection.Open(EveryElement.Bytes!);
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.All(pdf.GetPages(), p => Assert.Equal((612, 792), (p.Width, p.Height)));
    }

    [Fact]
    public void Text_reads_back_in_reading_order_with_ligatures_as_plain_letters()
    {
        using var pdf = PdfInspection.Open(EveryElement.Bytes!);
        // PdfPig reads a ligature glyph as its Unicode ligature ("ﬃ"); NFKC spells it out.
        var words = pdf.GetPage(1)
            .GetWords()
            .Select(w => w.Text.Normalize(System.Text.NormalizationForm.FormKC))
            .ToList();
        var text = string.Join(" ", words);
        Assert.True(
            text.IndexOf("Text", StringComparison.Ordinal)
                < text.IndexOf("Lists", text.IndexOf("Text", StringComparison.Ordinal) + 5, StringComparison.Ordinal)
        );
        Assert.Contains("Office", words);
        Assert.Contains("affine", words);
        Assert.Contains("Justified", words);
    }

    [Fact]
    public void The_tables_section_starts_on_page_two_after_the_page_break_and_the_footer_counts_pages()
    {
        using var pdf = PdfInspection.Open(EveryElement.Bytes!);
        Assert.StartsWith("Tables", pdf.GetPage(2).GetWords().First().Text);
        Assert.Contains("Page 1 of 2", pdf.GetPage(1).Text);
        Assert.Contains("Page 2 of 2", pdf.GetPage(2).Text);
    }

    [Fact]
    public void Fonts_are_embedded_as_subsets_far_smaller_than_the_font_files()
    {
        using var pdf = PdfInspection.Open(EveryElement.Bytes!);
        var programs = PdfInspection.EmbeddedFontPrograms(pdf);
        Assert.Contains(programs, p => p.Key.EndsWith("+DejaVuSerif"));
        Assert.Contains(programs, p => p.Key.EndsWith("+DejaVuSerif-Bold"));
        var serif = new FileInfo("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf").Length;
        Assert.All(programs, p => Assert.True(p.Value < serif / 4, $"{p.Key}: {p.Value} bytes of a {serif}-byte font"));
        Assert.All(pdf.GetPage(1).Letters.Select(l => l.FontName).Distinct(), name =>
            Assert.Matches("^[A-Z]{6}\\+", name)
        );
    }

    [Fact]
    public void A_one_page_document_in_regular_and_bold_weighs_under_sixty_kilobytes()
    {
        var result = Render("---\ntitle: Small\n---\n\nPlain words and **bold words** on one page.\n");
        Assert.Equal(1, result.PageCount);
        Assert.True(result.Bytes!.Length < 60 * 1024, $"{result.Bytes.Length} bytes");
    }

    [Fact]
    public void The_contents_lines_are_links_to_the_headings()
    {
        using var pdf = PdfInspection.Open(EveryElement.Bytes!);
        var links = pdf.GetPage(1).GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();
        // Six contents lines, each one link from its title to its page number, plus the two links in the text.
        Assert.Equal(8, links.Count);
        Assert.Contains(links, l => l.AnnotationDictionary.ToString().Contains("tables"));
    }

    [Fact]
    public void The_contents_shows_the_page_each_heading_starts_on()
    {
        using var pdf = PdfInspection.Open(EveryElement.Bytes!);
        var lines = EveryElement.Layout!.Pages[0].PlainText.Split('\n');
        Assert.Contains("Tables 2", lines);
        Assert.Contains("Lists 1", lines);
    }

    [Fact]
    public void A_contents_of_several_pages_gives_every_heading_the_page_it_lands_on()
    {
        // A hundred and fifty short sections: the contents runs over several pages, and every number must still be
        // right.
        var sections = Enumerable
            .Range(1, 150)
            .Select(i => $"## Section {i}\n\n{string.Join(" ", Enumerable.Repeat($"Words of section {i}.", 25))}\n");
        var result = Typesetting.Render(
            "---\ntitle: Long\ntoc_depth: 2\n---\n\n::: toc\n:::\n\n" + string.Join("\n", sections)
        );
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pages = result.Layout!.Pages;
        var startsOn = Enumerable
            .Range(1, 150)
            .ToDictionary(i => i, i => pages.First(p => p.PlainText.Split('\n').Contains($"Section {i}")).Number);
        var contents = pages.Take(startsOn[1]).SelectMany(p => p.PlainText.Split('\n')).ToList();
        Assert.True(startsOn[1] > 2, $"the contents takes {startsOn[1] - 1} page(s)");
        foreach (var (section, page) in startsOn)
            Assert.Contains($"Section {section} {page}", contents);
    }

    [Fact]
    public void The_document_properties_carry_title_author_subject_and_creator()
    {
        using var pdf = PdfInspection.Open(EveryElement.Bytes!);
        Assert.Equal("Every element", pdf.Information.Title);
        Assert.Equal("Dana Okafor", pdf.Information.Author);
        Assert.StartsWith("A fixture", pdf.Information.Subject);
        Assert.Equal("PrepPack", pdf.Information.Creator);
        Assert.Null(pdf.Information.CreationDate);
    }

    [Fact]
    public void The_same_input_gives_byte_identical_output()
    {
        var again = RenderFixture("every-element.md");
        Assert.Equal(EveryElement.Bytes, again.Bytes);
    }

    [Fact]
    public void Source_date_epoch_sets_the_date_written_in_the_file()
    {
        var date = SourceDateEpoch.Parse("1795132800");
        Assert.Equal(new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc), date);
        Assert.Null(SourceDateEpoch.Parse(null));
        Assert.Null(SourceDateEpoch.Parse("yesterday"));
        using var dated = PdfInspection.Open(Render("# Dated", date: date).Bytes!);
        Assert.StartsWith("D:20261120", dated.Information.CreationDate);
        using var undated = PdfInspection.Open(EveryElement.Bytes!);
        Assert.Null(undated.Information.CreationDate);
    }

    [Fact]
    public void An_index_card_page_is_six_by_four_inches_landscape()
    {
        var result = Render("---\npage: index-4x6\nmargin: 0.25in\nfooter: ''\n---\n\nA card.\n");
        using var pdf = PdfInspection.Open(result.Bytes!);
        Assert.Equal((432, 288), (pdf.GetPage(1).Width, pdf.GetPage(1).Height));
    }

    [Fact]
    public void Orientation_portrait_turns_a_landscape_size_upright()
    {
        var result = Render("---\npage: 6in x 4in\norientation: portrait\n---\n\nUpright.\n");
        Assert.Equal((288f, 432f), (result.Layout!.Setup.Width, result.Layout.Setup.Height));
    }
}
