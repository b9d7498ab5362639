using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Content;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Word;

/// <summary>The STAR one-pagers of the sample pack, opened again with the OpenXml SDK.</summary>
public class StarOnePagerTests(SampleBankPack pack) : IClassFixture<SampleBankPack>
{
    private WordprocessingDocument Open(string name) =>
        WordprocessingDocument.Open(new MemoryStream(pack.Read(name)), false);

    private static Body BodyOf(WordprocessingDocument document) => document.MainDocumentPart!.Document.Body!;

    private static int StoriesShowing(string framework)
    {
        var bank = StoryBankLoader.Load(RepoPaths.SampleBank).Bank!;
        return bank.Stories.Count(s => s.Principles.Any(p => p.Framework.Id == framework));
    }

    [Theory]
    [InlineData("star-amazon.docx")]
    [InlineData("star-meta.docx")]
    public void Every_word_document_passes_the_open_xml_validator(string name)
    {
        using var document = Open(name);
        var errors = new OpenXmlValidator().Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Theory]
    [InlineData("star-amazon.docx", "amazon")]
    [InlineData("star-meta.docx", "meta")]
    public void There_is_a_page_per_story_that_shows_a_principle_with_a_break_between_each(
        string name,
        string framework
    )
    {
        using var document = Open(name);
        var body = BodyOf(document);
        // Each story after the first starts its page with "page break before" on its title.
        var breaks = body.Descendants<PageBreakBefore>().Count();
        var titles = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1")
            .ToList();
        Assert.Equal(StoriesShowing(framework), titles.Count);
        Assert.Equal(titles.Count - 1, breaks);
    }

    [Fact]
    public void The_pages_follow_the_principles_primary_stories_first()
    {
        using var document = Open("star-amazon.docx");
        var first = BodyOf(document)
            .Elements<Paragraph>()
            .First(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1");
        // Customer Obsession comes first in the framework and names the quoting funnel as its primary story.
        Assert.Equal("Quoting funnel dashboard", first.InnerText);
    }

    [Fact]
    public void Everything_is_styled_through_named_styles_the_user_can_change()
    {
        using var document = Open("star-amazon.docx");
        var styles = document
            .MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .Select(s => s.StyleName!.Val!.Value)
            .ToList();
        Assert.Superset(
            new HashSet<string?>
            {
                "Normal",
                "Title",
                "heading 1",
                "heading 2",
                "heading 3",
                "Quote",
                "List Bullet",
                "PrepPack Table",
                "STAR Label",
                "Key Number",
            },
            styles.ToHashSet()
        );
        var body = BodyOf(document);
        var used = body.Descendants<ParagraphStyleId>()
            .Select(s => s.Val!.Value)
            .Concat(body.Descendants<RunStyle>().Select(s => s.Val!.Value))
            .ToHashSet();
        Assert.Superset(
            new HashSet<string?> { "Heading1", "Small", "ListBullet", "STARLabel", "KeyNumber", "TableText" },
            used
        );
        Assert.All(
            body.Descendants<Table>().Where(t => t.GetFirstChild<TableProperties>()?.TableStyle is not null),
            t =>
                Assert.Contains(
                    t.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value,
                    new[] { "PrepPackTable", "BoxCallout" }
                )
        );
    }

    [Fact]
    public void Actions_are_a_real_word_bullet_list()
    {
        using var document = Open("star-amazon.docx");
        var numbered = BodyOf(document)
            .Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .ToList();
        Assert.NotEmpty(numbered);
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        Assert.Contains(numbering.Elements<AbstractNum>(), a =>
            a.Elements<Level>().First().NumberingFormat!.Val!.Value == NumberFormatValues.Bullet
        );
    }

    [Fact]
    public void The_follow_up_table_has_a_repeating_header_and_a_row_per_follow_up()
    {
        var flagship = StoryBankLoader.Load(RepoPaths.SampleBank).Bank!.Stories.Single(s => s.Flagship);
        using var document = Open("star-amazon.docx");
        var table = BodyOf(document)
            .Elements<Table>()
            .First(t => t.InnerText.StartsWith("Likely follow-up", StringComparison.Ordinal));
        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(flagship.FollowUps.Count, rows.Count - 1);
        Assert.Equal(flagship.FollowUps[0].Question, rows[1].Elements<TableCell>().First().InnerText);
        Assert.All(table.GetFirstChild<TableGrid>()!.Elements<GridColumn>(), c =>
            Assert.True(int.Parse(c.Width!.Value!) > 1000)
        );
    }

    [Fact]
    public void The_footer_names_the_candidate_and_counts_pages_with_word_fields()
    {
        using var document = Open("star-amazon.docx");
        var footer = document.MainDocumentPart!.FooterParts.Single().Footer!;
        Assert.StartsWith("Dana Okafor", footer.InnerText);
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
    }

    [Fact]
    public void The_page_is_set_up_from_the_theme_and_the_properties_carry_no_clock_time()
    {
        using var document = Open("star-amazon.docx");
        var section = BodyOf(document).GetFirstChild<SectionProperties>()!;
        Assert.Equal(
            (12240u, 15840u),
            (section.GetFirstChild<PageSize>()!.Width!.Value, section.GetFirstChild<PageSize>()!.Height!.Value)
        );
        Assert.Equal(1080u, section.GetFirstChild<PageMargin>()!.Left!.Value);
        Assert.Equal("STAR one-pagers for Amazon", document.PackageProperties.Title);
        Assert.Equal("Dana Okafor", document.PackageProperties.Creator);
        Assert.Null(document.PackageProperties.Created);
    }

    [Fact]
    public void Building_twice_gives_byte_identical_word_documents()
    {
        using var again = new TempFolder();
        PackBuilder.Build(new BuildOptions(RepoPaths.SampleBank, RepoPaths.Templates, again.Path));
        Assert.Equal(pack.Read("star-amazon.docx"), File.ReadAllBytes(again.Combine("star-amazon.docx")));
        Assert.Equal(pack.Read("binder.pdf"), File.ReadAllBytes(again.Combine("binder.pdf")));
    }
}
