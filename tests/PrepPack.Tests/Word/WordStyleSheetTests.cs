using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Diagnostics;
using PrepPack.Markdown;
using PrepPack.Tests.Support;
using PrepPack.Word;

namespace PrepPack.Tests.Word;

/// <summary>One style sheet: what the styles part holds and what the one-page estimate measures with.</summary>
public class WordStyleSheetTests(SampleBankPack pack) : IClassFixture<SampleBankPack>
{
    [Fact]
    public void The_styles_part_written_holds_the_sizes_and_spacing_of_the_sheet()
    {
        var sheet = WordStyleSheet.For(Typesetting.Theme);
        using var document = WordprocessingDocument.Open(new MemoryStream(pack.Read("star-amazon.docx")), false);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!;
        Assert.Equal(
            sheet.Defaults.Size,
            HalfPoints(defaults.RunPropertiesDefault!.RunPropertiesBaseStyle!.FontSize?.Val)
        );
        Assert.Equal(
            sheet.Defaults.SpaceAfter,
            Twips(defaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines?.After)
        );
        foreach (var expected in sheet.Styles)
        {
            var written = styles.Elements<Style>().Single(s => s.StyleId == expected.Id);
            var spacing = written.StyleParagraphProperties?.SpacingBetweenLines;
            Assert.Equal(expected.Name, written.StyleName!.Val!.Value);
            Assert.Equal(
                (expected.Id, expected.Size),
                (expected.Id, HalfPoints(written.StyleRunProperties?.FontSize?.Val))
            );
            Assert.Equal(
                (expected.Id, expected.Bold == true),
                (expected.Id, written.StyleRunProperties?.Bold is not null)
            );
            Assert.Equal((expected.Id, expected.SpaceBefore), (expected.Id, Twips(spacing?.Before)));
            Assert.Equal((expected.Id, expected.SpaceAfter), (expected.Id, Twips(spacing?.After)));
            Assert.Equal(
                (expected.Id, expected.Indent),
                (expected.Id, Twips(written.StyleParagraphProperties?.Indentation?.Left))
            );
            Assert.Equal(
                (expected.Id, expected.KeepWithNext),
                (expected.Id, written.StyleParagraphProperties?.KeepNext is not null)
            );
        }
        Assert.Equal(sheet.Styles.Count, styles.Elements<Style>().Count());
    }

    [Fact]
    public void A_style_takes_what_it_does_not_set_from_the_style_it_is_based_on_and_the_defaults()
    {
        var theme = Typesetting.Theme;
        var bullet = WordStyleSheet.For(theme).Metrics(StyleIds.ListBullet);
        Assert.Equal(theme.Sizes.Body, bullet.Size);
        Assert.Equal(theme.Spacing.ListItem, bullet.SpaceAfter);
        Assert.Equal(theme.Spacing.LineHeight, bullet.Line.Value);
        Assert.Equal([.. theme.Fonts.Body, .. theme.Fonts.Fallback], bullet.Families);
    }

    [Fact]
    public void A_reference_whose_normal_is_16_pt_makes_the_one_page_estimate_longer()
    {
        using var folder = new TempFolder();
        var reference = ReferenceDocument.WithNormalSize(folder, pack.Read("star-amazon.docx"), 32);
        var referenced = Typesetting.Theme with { WordReference = reference };
        Assert.Equal(16, WordStyleSheet.For(referenced, reference, new DiagnosticBag()).Metrics(StyleIds.Normal).Size);

        // About two thirds of a Letter page at 10 pt; more than a page at 16.
        var body =
            "# A long story {#story-long}\n\n"
            + string.Join(
                "\n\n",
                Enumerable.Repeat(
                    "I ran fortnightly reviews with sales, finance and product until every metric had one written "
                        + "definition and one owner.",
                    12
                )
            );
        var plain = Render(body, Typesetting.Theme);
        var larger = Render(body, referenced);
        Assert.DoesNotContain(plain, d => d.Code == DiagnosticCodes.OverOneWordPage);
        var warning = Assert.Single(larger, d => d.Code == DiagnosticCodes.OverOneWordPage);
        Assert.Contains("'A long story' runs to about", warning.Message);
    }

    [Fact]
    public void A_reference_that_is_not_a_word_document_is_an_error_naming_it()
    {
        using var folder = new TempFolder();
        var reference = folder.Combine("styles.docx");
        File.WriteAllText(reference, "not a zip");
        var diagnostics = Render("# Title\n\nText.", Typesetting.Theme with { WordReference = reference });
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.ThemeInvalid, error.Code);
        Assert.Contains("styles.docx", error.Message);
    }

    [Fact]
    public void The_last_action_stands_as_far_from_the_result_as_paragraphs_do_from_each_other()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(pack.Read("star-amazon.docx")), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();
        var result = paragraphs.FindIndex(p => p.InnerText.StartsWith("Result", StringComparison.Ordinal));
        var lastAction = paragraphs[result - 1];
        Assert.Equal(StyleIds.ListBullet, lastAction.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        var after = WordStyleSheet.For(Typesetting.Theme).Metrics(StyleIds.Normal).SpaceAfter;
        Assert.Equal(after, Twips(lastAction.ParagraphProperties.SpacingBetweenLines?.After));
    }

    private static IReadOnlyList<Diagnostic> Render(string body, PrepPack.Theming.Theme theme) =>
        MarkdownWord
            .Render(
                "test.md",
                new FrontMatter { Output = "test.docx", Format = OutputFormat.Docx },
                body,
                theme,
                Typesetting.Fonts,
                new DiagnosticBag(),
                _ => null
            )
            .Diagnostics;

    private static float? HalfPoints(string? value) =>
        value is null ? null : float.Parse(value, CultureInfo.InvariantCulture) / 2;

    private static float? Twips(string? value) =>
        value is null ? null : float.Parse(value, CultureInfo.InvariantCulture) / 20;
}
