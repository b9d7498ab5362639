using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Tests.Support;
using PrepPack.Word;

namespace PrepPack.Tests.Word;

/// <summary>
/// The sample's Word files are styled as Word users style them: bold, italics, key numbers and boxes
/// through named styles, a story's page started by "page break before", settings Word reads as its own.
/// </summary>
public class WordStylesNotHandFormattingTests(SamplePack pack) : IClassFixture<SamplePack>
{
    public static TheoryData<string> WordFiles =>
        new() { "star-amazon.docx", "star-meta.docx", "answers-amazon.docx", "answers-meta.docx" };

    private WordprocessingDocument Open(string name) =>
        WordprocessingDocument.Open(new MemoryStream(pack.Read(name)), false);

    private static Body BodyOf(WordprocessingDocument document) => document.MainDocumentPart!.Document.Body!;

    private static IEnumerable<Style> StylesOf(WordprocessingDocument document) =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>();

    private static HashSet<string> StyleIdsOf(WordprocessingDocument document) =>
        StylesOf(document).Select(s => s.StyleId!.Value!).ToHashSet();

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void No_run_in_the_body_is_made_bold_or_italic_by_hand(string name)
    {
        using var document = Open(name);
        var runs = BodyOf(document).Descendants<RunProperties>().ToList();
        Assert.NotEmpty(runs);
        Assert.Equal(
            0,
            runs.Count(r =>
                r.Bold is not null
                || r.Italic is not null
                || r.BoldComplexScript is not null
                || r.ItalicComplexScript is not null
            )
        );
    }

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void No_paragraph_table_or_cell_in_the_body_carries_its_own_borders_or_shading(string name)
    {
        using var document = Open(name);
        var body = BodyOf(document);
        Assert.Empty(body.Descendants<ParagraphBorders>());
        Assert.Empty(body.Descendants<TableBorders>());
        Assert.Empty(body.Descendants<Shading>());
    }

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void Key_numbers_strong_and_emphasised_text_take_character_styles_the_styles_part_defines(string name)
    {
        using var document = Open(name);
        var defined = StyleIdsOf(document);
        var used = BodyOf(document).Descendants<RunStyle>().Select(s => s.Val!.Value!).ToList();
        Assert.All(used, id => Assert.Contains(id, defined));
        Assert.Contains(StyleIds.KeyNumber, used);
        Assert.Contains(StyleIds.Emphasis, used);
        Assert.Contains(StyleIds.StarLabel, used);
    }

    [Fact]
    public void Every_key_number_of_a_story_is_in_the_key_number_style_where_its_star_text_says_it()
    {
        using var document = Open("star-amazon.docx");
        var keyed = BodyOf(document)
            .Descendants<Run>()
            .Where(r => r.RunProperties?.RunStyle?.Val == StyleIds.KeyNumber)
            .Select(r => r.InnerText.Replace('\u00A0', ' '))
            .ToList();
        // "15 minutes" is in the result's text, "$1.5M" in both the result and the key numbers line.
        Assert.Contains("15 minutes", keyed);
        Assert.True(keyed.Count(k => k == "$1.5M") >= 2, string.Join(", ", keyed));
    }

    [Fact]
    public void A_box_is_a_table_in_its_box_style_which_draws_the_border_the_fill_and_the_space_inside()
    {
        using var document = Open("answers-amazon.docx");
        var boxes = BodyOf(document)
            .Elements<Table>()
            .Where(t => t.GetFirstChild<TableProperties>()?.TableStyle?.Val == "BoxCallout")
            .ToList();
        Assert.NotEmpty(boxes);
        var style = StylesOf(document).Single(s => s.StyleId == "BoxCallout");
        Assert.Equal(StyleValues.Table, style.Type!.Value);
        var table = style.StyleTableProperties!;
        Assert.NotNull(table.TableBorders?.LeftBorder);
        Assert.True(table.TableCellMarginDefault!.TableCellLeftMargin!.Width!.Value >= 100);
        Assert.Equal("EEF4FB", style.StyleTableCellProperties!.Shading!.Fill!.Value, ignoreCase: true);
    }

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void Each_page_after_the_first_starts_with_page_break_before_on_its_title_not_a_break_paragraph(string name)
    {
        using var document = Open(name);
        var body = BodyOf(document);
        Assert.Empty(body.Descendants<Break>().Where(b => b.Type?.Value == BreakValues.Page));
        var titles = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == StyleIds.Heading1)
            .ToList();
        Assert.True(titles.Count > 1);
        Assert.Null(titles[0].ParagraphProperties!.PageBreakBefore);
        Assert.All(titles.Skip(1), t => Assert.NotNull(t.ParagraphProperties!.PageBreakBefore));
        Assert.DoesNotContain(body.Elements<Paragraph>(), p =>
            p.InnerText.Length == 0 && p.ParagraphProperties?.PageBreakBefore is not null
        );
    }

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void The_settings_part_puts_word_in_compatibility_mode_15(string name)
    {
        using var document = Open(name);
        var settings = document.MainDocumentPart!.DocumentSettingsPart?.Settings;
        Assert.NotNull(settings);
        var mode = settings
            .GetFirstChild<Compatibility>()!
            .Elements<CompatibilitySetting>()
            .Single(s => s.Name?.Value == CompatSettingNameValues.CompatibilityMode);
        Assert.Equal("15", mode.Val!.Value);
        Assert.NotNull(settings.GetFirstChild<DefaultTabStop>());
    }

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void The_footer_sits_at_least_three_tenths_of_an_inch_from_the_edge_of_the_paper(string name)
    {
        using var document = Open(name);
        var margins = BodyOf(document).Descendants<PageMargin>().ToList();
        Assert.NotEmpty(margins);
        Assert.All(margins, m => Assert.True(m.Footer!.Value >= 432, $"footer at {m.Footer.Value / 1440.0:0.00} in"));
    }

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void The_styled_files_pass_the_open_xml_validator(string name)
    {
        using var document = Open(name);
        Assert.Equal("", WordWriting.ValidationErrors(document));
    }

    [Fact]
    public void Markdown_emphasis_code_marks_and_rules_all_take_named_styles()
    {
        var result = WordWriting.Render(
            """
            ---
            format: docx
            ---
            Some *italic*, **bold**, ***both***, `code` and ==marked== text, and **bold with *italic* inside**.

            ---

            After the rule.
            """
        );
        using var document = WordWriting.Open(result);
        var body = BodyOf(document);
        Assert.Empty(body.Descendants<Bold>());
        Assert.Empty(body.Descendants<Italic>());
        Assert.Empty(body.Descendants<Shading>());
        Assert.Empty(body.Descendants<RunFonts>());
        Assert.Empty(body.Descendants<ParagraphBorders>());
        var styles = body.Descendants<RunStyle>().Select(s => s.Val!.Value).ToHashSet();
        var expected = new HashSet<string?>
        {
            StyleIds.Emphasis,
            StyleIds.Strong,
            StyleIds.StrongEmphasis,
            StyleIds.CodeChar,
            StyleIds.Marked,
        };
        Assert.Superset(expected, styles);
        Assert.Contains(body.Descendants<ParagraphStyleId>(), s => s.Val == StyleIds.Rule);
        Assert.Equal("", WordWriting.ValidationErrors(document));
    }

    [Fact]
    public void A_page_break_before_a_paragraph_becomes_its_page_break_before_and_one_before_a_table_stays_a_break()
    {
        var result = WordWriting.Render(
            "First page.\n\n\\newpage\n\nSecond page.\n\n\\newpage\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
        );
        using var document = WordWriting.Open(result);
        var body = BodyOf(document);
        var second = body.Elements<Paragraph>().Single(p => p.InnerText == "Second page.");
        Assert.NotNull(second.ParagraphProperties?.PageBreakBefore);
        // Word cannot start a table with "page break before": the break stays, in a paragraph of its own, before it.
        var breaks = body.Descendants<Break>().Where(b => b.Type?.Value == BreakValues.Page).ToList();
        var only = Assert.Single(breaks);
        Assert.IsType<Table>(only.Ancestors<Paragraph>().Single().NextSibling());
        Assert.Equal(3, result.Pages);
    }

    [Fact]
    public void Box_classes_whose_names_would_clash_as_style_ids_still_make_a_valid_file()
    {
        var plain = new PrepPack.Theming.ThemeBox { Padding = 4 };
        var theme = Typesetting.Theme with
        {
            Boxes = new Dictionary<string, PrepPack.Theming.ThemeBox>(Typesetting.Theme.Boxes)
            {
                ["text"] = plain,
                ["tip-box"] = plain,
                ["tip box"] = plain,
            },
        };
        var diagnostics = new PrepPack.Diagnostics.DiagnosticBag();
        const string boxes = "::: text\nIn a box.\n:::\n\n::: tip-box\nA tip.\n:::\n";
        var result = MarkdownWord.Render(
            "test.md",
            new PrepPack.Markdown.FrontMatter(),
            boxes,
            theme,
            Typesetting.Fonts,
            diagnostics,
            _ => null
        );
        using var document = WordWriting.Open(result);
        var ids = StylesOf(document).Select(s => s.StyleId!.Value!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var used = BodyOf(document).Descendants<TableStyle>().Select(t => t.Val!.Value).ToList();
        Assert.Equal(["BoxTextBox", "BoxTipBox"], used);
        Assert.Equal("", WordWriting.ValidationErrors(document));
    }

    [Fact]
    public void The_character_styles_carry_the_look_that_was_set_by_hand_before()
    {
        using var document = WordWriting.Open(WordWriting.Render("Plain."));
        var styles = StylesOf(document).ToDictionary(s => s.StyleId!.Value!);
        var theme = Typesetting.Theme;
        Assert.NotNull(styles[StyleIds.Strong].StyleRunProperties!.Bold);
        Assert.NotNull(styles[StyleIds.Emphasis].StyleRunProperties!.Italic);
        Assert.NotNull(styles[StyleIds.KeyNumber].StyleRunProperties!.Bold);
        Assert.Equal(theme.Colors.Mark.Hex, styles[StyleIds.Marked].StyleRunProperties!.Shading!.Fill!.Value);
        Assert.Equal(theme.Fonts.Mono[0], styles[StyleIds.CodeChar].StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.NotNull(styles[StyleIds.Rule].StyleParagraphProperties!.ParagraphBorders!.BottomBorder);
        Assert.All(
            new[] { StyleIds.Strong, StyleIds.Emphasis, StyleIds.KeyNumber, StyleIds.Marked, StyleIds.CodeChar },
            id => Assert.Equal(StyleValues.Character, styles[id].Type!.Value)
        );
    }
}
