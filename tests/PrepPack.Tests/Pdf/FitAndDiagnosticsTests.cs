using PrepPack.Diagnostics;
using PrepPack.Tests.Support;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

public class FitAndDiagnosticsTests
{
    private static string LongDocument(int paragraphs, string fit = "fit: one-page\n") =>
        $"---\ntitle: Notepad\n{fit}---\n\n"
        + string.Join(
            "\n\n",
            Enumerable
                .Range(1, paragraphs)
                .Select(i =>
                    $"Paragraph {i} says what the candidate must remember on the day, in a sentence long enough to "
                    + "wrap."
                )
        );

    [Fact]
    public void A_one_page_document_longer_than_a_page_shrinks_its_type_to_fit()
    {
        Assert.True(Render(LongDocument(60, fit: "")).PageCount > 1);
        var fitted = Render(LongDocument(60));
        Assert.True(fitted.Succeeded, string.Join("\n", fitted.Diagnostics));
        Assert.Equal(1, fitted.PageCount);
        Assert.InRange(fitted.Scale, Theme.FitFloor, 0.99f);
    }

    [Fact]
    public void A_one_page_document_that_fits_keeps_its_normal_type_size()
    {
        Assert.Equal(1f, Render(LongDocument(3)).Scale);
    }

    [Fact]
    public void A_one_page_document_too_long_even_at_the_floor_is_an_error_saying_by_how_much()
    {
        var result = Render(LongDocument(400), "notepad.md");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.OverOnePage, error.Code);
        Assert.Matches(
            @"^notepad\.pdf must fit on one page, but even with type shrunk to 60 ?% it is \d+ ?% too long \(about "
                + @"\d+ lines\)\. The longest text on it is this one \('.+', \d+ characters\)\.$",
            error.Message
        );
    }

    [Fact]
    public void A_character_no_font_has_is_a_warning_naming_the_code_point_and_line()
    {
        var result = Render(
            "---\ntitle: Glyphs\n---\n\nPlain text.\n\nA snowman ☃ and a character no DejaVu face has: 丗\n",
            "glyphs.md"
        );
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(DiagnosticCodes.MissingGlyph, warning.Code);
        Assert.Equal(("glyphs.md", 7), (warning.File, warning.Line));
        Assert.StartsWith("U+4E17 '丗' is in none of the fonts DejaVu Serif, DejaVu Sans", warning.Message);
    }

    [Fact]
    public void A_box_too_tall_for_an_empty_page_is_reported_with_its_line_and_first_words()
    {
        var lines = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"- bullet {i}"));
        var result = Render(
            $"---\ntitle: Cards\npage: index-3x5\n---\n\n::: card\nA very long card\n\n{lines}\n:::\n",
            "cards.md"
        );
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TooBigForPage, error.Code);
        Assert.StartsWith(
            "The box 'card' at line 6 of cards.md (\"A very long card\") does not fit on an empty page",
            error.Message
        );
    }

    [Fact]
    public void A_page_size_that_does_not_exist_is_an_error_at_its_line_with_the_known_sizes()
    {
        var result = Render("---\ntitle: x\npage: tabloid-ish\n---\n\ntext\n", "x.md");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("x.md", 3, 7), (error.File, error.Line, error.Column));
        Assert.Equal("'tabloid-ish' is not a page size PrepPack knows.", error.Message);
        Assert.Contains("index-4x6", error.Hint);
    }

    [Fact]
    public void A_misspelt_front_matter_setting_suggests_the_right_one()
    {
        var result = Render("---\ntitel: x\n---\n\ntext\n", "x.md");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Equal("Did you mean 'title'?", error.Hint);
    }
}
