using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Pdf;
using PrepPack.Markdown;
using PrepPack.Pdf;
using PrepPack.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

/// <summary>
/// Every PDF is tagged for a screen reader: its structure tree, read back from the file, holds the
/// Markdown's headings, paragraphs, lists, tables and links in the order they were written, and
/// the page furniture (footers, rules, repeated table headers) is left out as artifacts.
/// </summary>
public class TaggedPdfTests(SamplePack pack) : IClassFixture<SamplePack>
{
    private const string Source = """
        ---
        title: A tagged document
        footer: "Tagged | Page {page} of {pages}"
        ---

        # Quoting funnel {#funnel}

        Sales leaders stitched together five reports, as [the matrix](#matrix) shows.

        ## What I did

        - Mapped the funnel
        - Built the **dashboard**
          - with two analysts

        1. First step
        2. Second step

        ---

        ### Numbers {#matrix}

        | Story | Impact | Scope |
        |---|:-:|--:|
        | Quoting funnel | 5 | 4 |
        | Policy model | 4 | 5 |

        > A quote to close.
        """;

    private static readonly PdfResult Rendered = Render(Source);

    private static TaggedNode Tree()
    {
        Assert.True(Rendered.Succeeded, string.Join("\n", Rendered.Diagnostics));
        using var pdf = PdfInspection.Open(Rendered.Bytes!);
        return PdfStructure.Read(pdf) ?? throw new Xunit.Sdk.XunitException("the PDF has no structure tree");
    }

    private static string Words(string text) =>
        string.Join(" ", text.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Headings at the levels PDF/UA allows: nested as the Markdown nests them, none skipped, the first
    /// at 1.</summary>
    private static List<(string, string)> Outline(MarkdownDocument document)
    {
        var result = new List<(string, string)>();
        var above = new List<(int Written, int Tagged)>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            above.RemoveAll(h => h.Written >= heading.Level);
            var level = above.Count == 0 ? 1 : above[^1].Tagged + 1;
            above.Add((heading.Level, level));
            result.Add(("H" + level, PlainText(heading)));
        }
        return result;
    }

    private static string PlainText(LeafBlock block) =>
        Words(string.Concat(block.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []));

    [Fact]
    public void The_headings_are_tagged_in_source_order_at_the_levels_the_markdown_nests_them()
    {
        var expected = Outline(MarkdownParser.Parse(Source[(Source.IndexOf("---\n\n", 4) + 5)..]));
        var tree = Tree();
        Assert.Equal("Document", tree.Role);
        Assert.Equal(expected, tree.Descendants().Where(n => n.Role is ['H', _]).Select(n => (n.Role, n.Text)));
        // Reading order is source order: the top level holds the blocks as written.
        Assert.Equal(["H1", "P", "H2", "L", "L", "H3", "Table", "BlockQuote"], tree.Kids.Select(k => k.Role));
        Assert.Equal(expected.Select(e => e.Item1).Distinct(), ["H1", "H2", "H3"]);
    }

    [Fact]
    public void A_heading_level_the_markdown_skips_is_tagged_one_below_the_heading_above_and_the_first_is_h1()
    {
        const string markdown = "### Card title\n\nText.\n\n# Part\n\n### Under the part\n\n#### Deeper\n";
        using var pdf = PdfInspection.Open(Render(markdown).Bytes!);
        var tree = PdfStructure.Read(pdf)!;
        var headings = tree.Descendants().Where(n => n.Role is ['H', _]).Select(n => (n.Role, n.Text));
        Assert.Equal([("H1", "Card title"), ("H1", "Part"), ("H2", "Under the part"), ("H3", "Deeper")], headings);
    }

    [Fact]
    public void Lists_are_tagged_as_items_of_their_bodies_and_say_once_how_their_items_are_marked()
    {
        var lists = Tree().Kids.Where(k => k.Role == "L").ToList();
        Assert.Equal(2, lists.Count);
        var bullets = lists[0];
        Assert.Equal("Disc", bullets.ListNumbering);
        Assert.All(bullets.Kids, item => Assert.Equal(("LI", "LBody"), (item.Role, Assert.Single(item.Kids).Role)));
        Assert.Equal("Mapped the funnel", bullets.Kids[0].Kids[0].Text);
        var nested = bullets.Kids[1].Kids[0];
        var paragraphs = nested.Kids.Where(k => k.Role == "P").Select(k => k.Text);
        Assert.Equal("Built the dashboard", nested.OwnText + string.Concat(paragraphs));
        var inner = Assert.Single(nested.Kids, k => k.Role == "L");
        Assert.Equal(("Circle", "with two analysts"), (inner.ListNumbering, inner.Kids.Single().Kids[0].Text));
        Assert.Equal("Decimal", lists[1].ListNumbering);
        // A number is read: the list's numbering cannot say where it starts.
        Assert.All(lists[1].Kids, item => Assert.Equal(["Lbl", "LBody"], item.Kids.Select(k => k.Role)));
        Assert.Equal(["1.", "2."], lists[1].Kids.Select(i => i.Kids[0].Text));
        Assert.Equal(["First step", "Second step"], lists[1].Kids.Select(i => i.Kids[1].Text));
    }

    [Fact]
    public void A_numbered_list_that_starts_at_five_is_read_from_five()
    {
        using var pdf = PdfInspection.Open(Render("Before.\n\n5. Fifth step\n6. Sixth step\n").Bytes!);
        var list = Assert.Single(PdfStructure.Read(pdf)!.Descendants(), n => n.Role == "L");
        Assert.Equal(["5.", "6."], list.Kids.Select(i => Assert.Single(i.Kids, k => k.Role == "Lbl").Text));
        Assert.Equal("Fifth step", Assert.Single(list.Kids[0].Kids, k => k.Role == "LBody").Text);
    }

    [Fact]
    public void Bullets_are_printed_as_decoration_that_no_item_reads()
    {
        var text = Tree().Text;
        Assert.DoesNotContain("•", text);
        Assert.DoesNotContain("◦", text);
        using var pdf = PdfInspection.Open(Rendered.Bytes!);
        var artifacts = pdf.GetPage(1)
            .GetMarkedContents()
            .Where(m => m.IsArtifact)
            .Select(m => string.Concat(m.Letters.Select(l => l.Value)));
        string[] markers = ["•", "◦", "1.", "2."];
        Assert.Equal(["•", "•", "◦"], artifacts.Where(markers.Contains));
    }

    [Fact]
    public void A_table_is_tagged_by_rows_with_header_cells_that_head_their_columns_and_data_cells()
    {
        var document = MarkdownParser.Parse(Source[(Source.IndexOf("---\n\n", 4) + 5)..]);
        var block = document.Descendants<Markdig.Extensions.Tables.Table>().Single();
        var expected = block
            .OfType<TableRow>()
            .Select(r =>
                r.OfType<Markdig.Extensions.Tables.TableCell>().Select(c => PlainText((LeafBlock)c[0])).ToList()
            )
            .ToList();
        var table = Assert.Single(Tree().Kids, k => k.Role == "Table");
        Assert.All(table.Kids, row => Assert.Equal("TR", row.Role));
        Assert.Equal(expected, table.Kids.Select(row => row.Kids.Select(c => c.Text).ToList()));
        Assert.All(table.Kids[0].Kids, cell => Assert.Equal(("TH", "Column"), (cell.Role, cell.Scope)));
        Assert.All(table.Kids.Skip(1).SelectMany(r => r.Kids), cell => Assert.Equal("TD", cell.Role));
    }

    [Fact]
    public void A_link_is_a_link_element_tied_to_its_annotation_which_says_its_words()
    {
        var paragraph = Tree().Kids[1];
        var link = Assert.Single(paragraph.Kids, k => k.Role == "Link");
        Assert.Equal(("the matrix", 1), (link.Text, link.Annotations));
        Assert.Equal("Sales leaders stitched together five reports, as the matrix shows.", Words(paragraph.Text));

        using var pdf = PdfInspection.Open(Rendered.Bytes!);
        var annotation = pdf.GetPage(1).GetAnnotations().Single();
        Assert.Equal("the matrix", annotation.Content);
        Assert.True(annotation.AnnotationDictionary.TryGet(NameToken.Create("StructParent"), out NumericToken _));
    }

    [Fact]
    public void The_footer_and_the_rule_are_artifacts_so_no_element_reads_them()
    {
        var text = Tree().Text;
        Assert.DoesNotContain("Page 1 of 1", text);
        Assert.DoesNotContain("Tagged", text);
        using var pdf = PdfInspection.Open(Rendered.Bytes!);
        var artifacts = pdf.GetPage(1).GetMarkedContents().Where(m => m.IsArtifact).ToList();
        Assert.Contains(artifacts, a => string.Concat(a.Letters.Select(l => l.Value)).Contains("Page 1 of 1"));
    }

    [Fact]
    public void The_catalog_says_the_file_is_tagged_in_its_language_and_shows_its_title_with_pdf_ua_metadata()
    {
        using var pdf = PdfInspection.Open(Rendered.Bytes!);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var markInfo = (DictionaryToken)PdfStructure.Get(pdf, catalog, "MarkInfo")!;
        Assert.True(((BooleanToken)PdfStructure.Get(pdf, markInfo, "Marked")!).Data);
        Assert.Equal("en-GB", PdfInspection.Catalog(pdf, "Lang"));
        var preferences = (DictionaryToken)PdfStructure.Get(pdf, catalog, "ViewerPreferences")!;
        Assert.True(((BooleanToken)PdfStructure.Get(pdf, preferences, "DisplayDocTitle")!).Data);
        Assert.Equal("A tagged document", pdf.Information.Title);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var xml = xmp.GetXDocument().ToString();
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xml);
        Assert.Contains("A tagged document", xml);
        var page = pdf.GetPage(1).Dictionary;
        Assert.Equal("S", ((NameToken)PdfStructure.Get(pdf, page, "Tabs")!).Data);
        Assert.True(page.TryGet(NameToken.Create("StructParents"), out NumericToken _));
    }

    [Fact]
    public void A_table_header_repeated_on_a_later_page_is_an_artifact_and_the_table_is_one_element()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 90).Select(i => $"| Row {i} | {i} |"));
        var result = Render($"# Long\n\n| Name | Value |\n|---|---|\n{rows}\n");
        using var pdf = PdfInspection.Open(result.Bytes!);
        Assert.True(pdf.NumberOfPages > 1);
        var table = Assert.Single(PdfStructure.Read(pdf)!.Kids, k => k.Role == "Table");
        Assert.Equal(91, table.Kids.Count);
        Assert.Single(table.Descendants(), n => n.Role == "TH" && n.Text == "Name");
        Assert.Equal(["Row 90", "90"], table.Kids[^1].Kids.Select(c => c.Text));
    }

    [Fact]
    public void A_row_with_a_blank_cell_keeps_a_cell_under_each_header_and_a_blank_row_is_left_out()
    {
        var result = Render(
            "| Date | Time | Note |\n|---|---|---|\n| 21 Nov | | tired |\n| | | |\n" + "| 22 Nov | 1:40 | |\n"
        );
        using var pdf = PdfInspection.Open(result.Bytes!);
        var table = Assert.Single(PdfStructure.Read(pdf)!.Kids, k => k.Role == "Table");
        Assert.Equal(
            [
                ["Date", "Time", "Note"],
                ["21 Nov", "", "tired"],
                ["22 Nov", "1:40", ""],
            ],
            table.Kids.Select(row => row.Kids.Select(c => c.Text).ToList())
        );
        Assert.Equal(["TD", "TD", "TD"], table.Kids[1].Kids.Select(c => c.Role));
    }

    [Fact]
    public void A_paragraph_split_by_a_page_break_is_one_element_holding_both_parts()
    {
        var words = string.Join(" ", Enumerable.Range(1, 900).Select(i => $"w{i}"));
        using var pdf = PdfInspection.Open(Render($"# Split\n\n{words}\n").Bytes!);
        Assert.True(pdf.NumberOfPages > 1);
        var paragraph = Assert.Single(PdfStructure.Read(pdf)!.Kids, k => k.Role == "P");
        Assert.Equal(words, paragraph.Text);
    }

    [Fact]
    public void A_figure_drawn_by_the_layout_reads_as_its_alternative_text_with_its_drawing_inside()
    {
        var chart = new Figure(new Rule(new Color(0, 0, 0), 2, 4), "Clarity rose from 3 to 4 over five days");
        var outcome = Paginate(Page(200), new Column([Paragraph("Before"), chart]));
        using var output = new MemoryStream();
        PdfWriter.Write(outcome.Document!, new PdfMetadata("Figure"), output);
        using var pdf = PdfInspection.Open(output.ToArray());
        var figure = Assert.Single(PdfStructure.Read(pdf)!.Kids, k => k.Role == "Figure");
        Assert.Equal("Clarity rose from 3 to 4 over five days", figure.AltText);
        Assert.Contains(pdf.GetPage(1).GetMarkedContents(), m => m.Tag == "Figure" && !m.IsArtifact);
    }

    [Fact]
    public void The_sample_binder_reads_its_headings_in_the_order_and_at_the_levels_of_its_markdown()
    {
        var markdown = File.ReadAllText(Path.Combine(pack.Output, ".preppack", "markdown", "binder.md"));
        var (_, body) = FrontMatterReader.Read("binder.md", markdown, new PrepPack.Diagnostics.DiagnosticBag());
        var expected = Outline(MarkdownParser.Parse(body));
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var tree = PdfStructure.Read(pdf)!;
        Assert.Equal(expected, tree.Descendants().Where(n => n.Role is ['H', _]).Select(n => (n.Role, Words(n.Text))));
        var contents = Assert.Single(tree.Descendants(), n => n.Role == "TOC");
        // Each line a reference to its heading: one link there, tied to one annotation, that reads the title and
        // the page number.
        Assert.All(contents.Kids, item => Assert.Equal("TOCI", item.Role));
        var links = contents
            .Kids.Select(item => Assert.Single(Assert.Single(item.Kids, k => k.Role == "Reference").Kids))
            .ToList();
        Assert.All(links, link => Assert.Equal(("Link", 1), (link.Role, link.Annotations)));
        Assert.Matches(@"^Ready for the interview\? \d+$", Words(links[0].Text));
        Assert.All(tree.Descendants().Where(n => n.Role == "TH"), th => Assert.Equal("Column", th.Scope));
    }

    [Fact]
    public void The_sample_binder_says_each_lists_numbering_and_each_header_scope_once_for_all_that_share_it()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var tree = PdfStructure.Read(pdf)!;
        var lists = tree.Descendants().Where(n => n.Role == "L").ToList();
        Assert.All(lists, list => Assert.Contains(list.ListNumbering, new[] { "Disc", "Circle", "Square", "Decimal" }));
        var bulleted = lists.Where(l => l.ListNumbering != "Decimal").ToList();
        Assert.NotEmpty(bulleted);
        Assert.All(bulleted, list =>
            Assert.All(list.Kids, item => Assert.Equal("LBody", Assert.Single(item.Kids).Role))
        );
        var headers = tree.Descendants().Where(n => n.Role == "TH").ToList();
        Assert.NotEmpty(headers);
        foreach (var group in lists.GroupBy(l => l.ListNumbering).Concat(headers.GroupBy(h => h.Scope)))
            Assert.Single(group.Select(n => n.AttributesObject).Distinct());
    }

    [Fact]
    public void A_contents_entry_is_one_link_over_its_title_its_dots_and_its_page_number_on_every_line()
    {
        const string title =
            "Tell me about a time you had to choose between two things that both mattered to the people "
            + "you worked with and to you";
        var result = Render(
            $"# Contents {{.unlisted}}\n\n::: toc\n:::\n\n# Short\n\nText.\n\n\\newpage\n\n# {title}\n"
        );
        using var pdf = PdfInspection.Open(result.Bytes!);
        var page = pdf.GetPage(1);
        var annotations = page.GetAnnotations().ToList();
        Assert.Equal(2, annotations.Count);
        Assert.Equal(["Short", title], annotations.Select(a => a.Content));
        var words = page.GetWords().ToList();
        var area = annotations[1].Rectangle;
        // The wrapped title's first word, its last (on the line below) and the page number all lie in the one area.
        foreach (
            var word in new[]
            {
                words.First(w => w.Text == "Tell"),
                words.Last(w => w.Text == "you"),
                words.Single(w => w.Text == "2" && w.BoundingBox.Bottom > 72),
            }
        )
        {
            var middle = word.BoundingBox.Centroid;
            Assert.True(
                middle.X > area.Left && middle.X < area.Right && middle.Y > area.Bottom && middle.Y < area.Top,
                $"{word.Text} at {middle} outside {area}"
            );
        }
        var contents = Assert.Single(PdfStructure.Read(pdf)!.Descendants(), n => n.Role == "TOC");
        var links = contents.Kids.Select(item => item.Kids[0].Kids.Single()).ToList();
        Assert.Equal(["Short 1", title + " 2"], links.Select(l => Words(l.Text)));
    }

    [Theory]
    [InlineData("cards.pdf")]
    [InlineData("prompts.pdf")]
    [InlineData("binder.pdf")]
    [InlineData("cheatsheet.pdf")]
    [InlineData("matrix.pdf")]
    [InlineData("tmay.pdf")]
    [InlineData("tracker.pdf")]
    public void Every_sample_pdf_is_tagged_and_every_word_on_its_pages_is_content_or_an_artifact(string name)
    {
        using var pdf = PdfInspection.Open(pack.Read(name));
        Assert.NotNull(PdfStructure.Read(pdf));
        foreach (var page in pdf.GetPages())
        {
            static IEnumerable<MarkedContentElement> All(IEnumerable<MarkedContentElement> e) =>
                e.SelectMany(m => new[] { m }.Concat(All(m.Children)));
            var marked = All(page.GetMarkedContents()).Sum(m => m.Letters.Count);
            Assert.Equal(page.Letters.Count, marked);
        }
    }

    [FactWithTool("qpdf")]
    public void Qpdf_finds_no_error_in_a_tagged_file()
    {
        QpdfCheck.Passes(Rendered.Bytes!);
        QpdfCheck.Passes(pack.Read("binder.pdf"));
    }
}
