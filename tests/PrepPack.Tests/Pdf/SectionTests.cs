using PrepPack.Diagnostics;
using PrepPack.Markdown;
using PrepPack.Tests.Support;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

/// <summary><c>::: section {…}</c>: pages of a document set up their own way, read back from the PDF.</summary>
public class SectionTests
{
    private const string Front =
        "---\ntitle: Sections\npage: letter\nmargin: 0.75in\nfooter: \"Page {page} of {pages}\"\n---\n";

    [Fact]
    public void A_landscape_section_lies_on_landscape_pages_between_portrait_ones_and_the_page_numbers_run_on()
    {
        var result = Render(
            Front
                + "# Before\n\nText.\n\n\\newpage\n\n:::: section {orientation=landscape}\n## Wide {#wide}\n\nA "
                + "table.\n::::\n\n\\newpage\n\n# After\n\nMore text.\n"
        );
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        using var pdf = PdfInspection.Open(result.Bytes!);
        // The page breaks beside the section would only add blank pages: a section starts its own.
        Assert.Equal([(612.0, 792.0), (792.0, 612.0), (612.0, 792.0)], pdf.GetPages().Select(p => (p.Width, p.Height)));
        Assert.Equal(["Before", "Wide", "After"], pdf.GetPages().Select(p => p.GetWords().First().Text));
        Assert.Contains("Page 2 of 3", pdf.GetPage(2).Text);
    }

    [Fact]
    public void A_section_fitted_to_one_page_shrinks_its_own_type_and_leaves_the_rest_of_the_document_alone()
    {
        var long_ = string.Join("\n\n", Enumerable.Range(1, 50).Select(i => $"Paragraph {i} of the sheet."));
        var result = Render(
            Front + "Ordinary text.\n\n:::: section {margin=0.5in fit=one-page}\n" + long_ + "\n::::\n"
        );
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = PdfInspection.Open(result.Bytes!);
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Equal(10, pdf.GetPage(1).Letters.First().PointSize, 2);
        Assert.InRange(pdf.GetPage(2).Letters.First().PointSize, 6, 9.9);
        Assert.Contains("Paragraph 50 of the sheet.", PdfText.Of(pdf.GetPage(2)));
    }

    [Fact]
    public void A_section_that_cannot_fit_one_page_even_at_the_floor_is_an_error_at_its_line()
    {
        var long_ = string.Join(
            "\n\n",
            Enumerable.Range(1, 200).Select(i => $"Paragraph {i} of a sheet far too long for one page.")
        );
        var result = Render(Front + "Ordinary text.\n\n:::: section {fit=one-page}\n" + long_ + "\n::::\n");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((DiagnosticCodes.OverOnePage, 9), (error.Code, error.Line));
        Assert.StartsWith(
            "The section at line 9 of test.md must fit on one page, but even with type shrunk to 60%",
            error.Message
        );
    }

    [Theory]
    [InlineData(
        "{orientation=sideways}",
        "'orientation=sideways' is not a setting a section understands.",
        "orientation=landscape"
    )]
    [InlineData("{margins=0.5in}", "'margins' is not a setting of a section.", "Did you mean 'margin'?")]
    [InlineData("{fit=two-pages}", "'fit=two-pages' is not a setting a section understands.", "fit=one-page")]
    public void A_section_setting_it_does_not_understand_is_an_error_at_the_section(
        string attributes,
        string message,
        string hint
    )
    {
        var result = Render(Front + "Text.\n\n:::: section " + attributes + "\nMore.\n::::\n");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(
            (DiagnosticCodes.SectionInvalid, 9, 1, message),
            (error.Code, error.Line, error.Column, error.Message)
        );
        Assert.Contains(hint, error.Hint);
    }

    [Fact]
    public void Section_margins_that_leave_no_room_for_text_are_an_error_at_the_section()
    {
        var result = Render(Front + "Text.\n\n:::: section {margin=4.5in}\nMore.\n::::\n");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.SectionInvalid, 9), (error.Code, error.Line));
        Assert.StartsWith("The section's margins of 4.5in leave", error.Message);
    }

    [Fact]
    public void A_section_inside_a_box_shows_its_content_in_place_with_a_warning()
    {
        var result = Render(
            Front + "::::: callout\nIn the box.\n\n:::: section {orientation=landscape}\nInside.\n::::\n:::::\n"
        );
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(
            (DiagnosticCodes.SectionInvalid, DiagnosticSeverity.Warning, 10),
            (warning.Code, warning.Severity, warning.Line)
        );
        using var pdf = PdfInspection.Open(result.Bytes!);
        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Contains("Inside.", PdfText.Of(pdf.GetPage(1)));
    }

    [Fact]
    public void A_heading_may_give_the_contents_and_bookmarks_a_shorter_title()
    {
        var result = Render(
            Front
                + "# Contents {.unlisted}\n\n::: toc\n:::\n\n\\newpage\n\n# Dana Okafor · Data Engineer {#sheet "
                + "toc=\"Cheat sheet\"}\n\nText.\n"
        );
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = PdfInspection.Open(result.Bytes!);
        Assert.Contains("Cheat sheet 2", PdfText.Of(pdf.GetPage(1)));
        Assert.StartsWith("Dana Okafor · Data Engineer", PdfText.Of(pdf.GetPage(2)));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Cheat sheet"], bookmarks.Roots.Select(r => r.Title));
    }

    [Fact]
    public void Without_sections_a_document_is_one_run_of_its_blocks_as_written()
    {
        var document = MarkdownParser.Parse("\\newpage\n\nText.\n");
        var section = Assert.Single(DocumentSections.Split(document, "test.md", new DiagnosticBag()));
        Assert.Null(section.Settings);
        Assert.Equal(2, section.Blocks.Count);
    }
}
