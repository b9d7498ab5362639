using System.Security.Cryptography;
using PrepPack.Layout.Core;
using PrepPack.Layout.Paging;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Layout;

/// <summary>
/// Kept pages are written as records and read back in a later build; a page holding a command with no record is
/// not kept at all, so every kind of command a page can keep must have one, and must read back as it was drawn.
/// </summary>
public class PageRecordsTests
{
    private static readonly Rect Box = new(10.25f, 20.5f, 100.125f, 12f);

    /// <summary>A page drawn with one command of each kind a kept page can hold, every field set to something other
    /// than its default.</summary>
    private static RecordedPage OneOfEach()
    {
        var face = Typesetting.Fonts.Find("DejaVu Serif", false, false)!;
        var shaped = face.Shape("Cut costs", 10.5f);
        var color = new Color(12, 34, 56);
        var page = new RecordedPage(1, 400, 600);
        page.BeginArtifact(ArtifactKind.Footer);
        page.FillRect(Box, color);
        page.EndTag();
        page.BeginTag(new StructureTag(StructureRoles.HeaderCell) { Scope = "Column", KeepEmpty = true });
        page.EndTag();
        page.BeginTag(new StructureTag(StructureRoles.Paragraph));
        page.DrawText(shaped, 11.5f, 42.75f, color);
        page.StrokeRect(Box, color, 0.75f);
        page.DrawLine(1.5f, 2.5f, 3.5f, 4.5f, color, 0.5f);
        page.DrawLine(3.5f, 4.5f, 9.5f, 4.5f, color, 0.5f, [6, 3, 1.5f, 3], 2.25f);
        page.DrawDots(20.5f, 180.25f, 42.75f, 3.5f, 0.75f, color);
        page.LinkToDestination(Box, "story-dashboard", "Executive dashboard speed-up");
        page.LinkToUrl(Box, "https://example.com/a", "The team's report");
        page.NameDestination(5.5f, 6.5f, "story-dashboard");
        page.EndTag();
        page.BeginTag(StructureTag.Figure("Lead time fell from 9 days to 2."));
        page.DrawLine(0, 0, 10, 10, color, 1);
        page.EndTag();
        return page;
    }

    private static RecordedPage Paragraphs(params StructureTag[] tags)
    {
        var page = new RecordedPage(1, 400, 600);
        foreach (var tag in tags)
        {
            page.BeginTag(tag);
            page.FillRect(Box, new Color(0, 0, 0));
            page.EndTag();
        }
        return page;
    }

    private static IReadOnlyList<RecordedPage>? ReadBack(byte[] records) =>
        PageRecords.Read(records, Typesetting.Fonts.Find);

    [Fact]
    public void Every_kind_of_page_command_but_the_contents_page_numbers_has_a_record()
    {
        // The contents' page numbers are drawn once the whole document is numbered: a page waiting for them is
        // laid out again every build, by design.
        var kinds = typeof(PageCommand)
            .Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageCommand)) && !t.IsAbstract && t != typeof(DeferredCommand))
            .ToList();
        var page = OneOfEach();
        Assert.NotEmpty(kinds);
        foreach (var kind in kinds)
        {
            Assert.True(
                page.Commands.Any(c => c.GetType() == kind),
                $"The sample page draws no {kind.Name}: draw one, and give it a record in PageRecords."
            );
            var alone = new RecordedPage(1, 400, 600);
            foreach (var command in page.Commands.Where(c => c.GetType() == kind))
                alone.Append(command);
            Assert.True(
                PageRecords.Write([alone]) is not null,
                $"A page holding a {kind.Name} is not kept: PageRecords has no record for it."
            );
        }
    }

    [Fact]
    public void A_page_read_back_holds_the_same_commands_and_writes_the_same_records()
    {
        var page = OneOfEach();
        var records = PageRecords.Write([page])!;
        var read = Assert.Single(ReadBack(records)!);

        Assert.Equal(page.Commands.Select(c => c.GetType()), read.Commands.Select(c => c.GetType()));
        Assert.Equal(records, PageRecords.Write([read]));
        var link = read.Commands.OfType<LinkCommand>().Single();
        Assert.Equal(("story-dashboard", "Executive dashboard speed-up"), (link.Destination, link.Description));
        Assert.Equal("The team's report", read.Commands.OfType<UrlCommand>().Single().Description);
        Assert.Equal(ArtifactKind.Footer, read.Commands.OfType<BeginArtifactCommand>().Single().Kind);
        var tags = read.Commands.OfType<BeginTagCommand>().Select(b => b.Tag).ToList();
        Assert.Equal(
            (StructureRoles.HeaderCell, "Column", true, (string?)null),
            (tags[0].Role, tags[0].Scope, tags[0].KeepEmpty, tags[0].AltText)
        );
        Assert.Equal(
            (StructureRoles.Figure, "Lead time fell from 9 days to 2.", false),
            (tags[2].Role, tags[2].AltText, tags[2].KeepEmpty)
        );
        Assert.Equal(page.PlainText, read.PlainText);
    }

    [Fact]
    public void A_paragraph_split_across_pages_is_still_one_element_when_its_pages_are_read_back()
    {
        var split = new StructureTag(StructureRoles.Paragraph);
        var next = new StructureTag(StructureRoles.Paragraph);
        var (first, second) = (Paragraphs(split), Paragraphs(split, next));

        var read = ReadBack(PageRecords.Write([first, second])!)!;

        var tags = read.SelectMany(p => p.Commands.OfType<BeginTagCommand>()).Select(b => b.Tag).ToList();
        Assert.Equal(3, tags.Count);
        Assert.Same(tags[0], tags[1]);
        Assert.NotSame(tags[1], tags[2]);
    }

    [Fact]
    public void Every_setting_of_a_tag_reads_back_as_it_was_set()
    {
        // Each setting a tag can be given (alternative text, scope, kept empty...), set to other than its default.
        var settable = typeof(StructureTag).GetProperties().Where(p => p.CanWrite).ToList();
        var tag = new StructureTag(StructureRoles.Figure);
        foreach (var property in settable)
            property.SetValue(tag, property.PropertyType == typeof(bool) ? true : (object)$"the {property.Name}");
        var page = new RecordedPage(1, 400, 600);
        page.BeginTag(tag);
        page.EndTag();

        var read = ReadBack(PageRecords.Write([page])!)!.Single().Commands.OfType<BeginTagCommand>().Single().Tag;

        Assert.NotEmpty(settable);
        Assert.Equal(tag.Role, read.Role);
        foreach (var property in settable)
            Assert.Equal(property.GetValue(tag), property.GetValue(read));
    }

    [Fact]
    public void Pages_kept_by_an_earlier_version_of_the_records_are_not_read()
    {
        var records = PageRecords.Write([OneOfEach()])!;
        Assert.NotNull(ReadBack(records));
        // The version follows the four-byte mark; the digest at the end is made again so only the version differs.
        var older = records.ToArray();
        older[4] = 1;
        SHA256.HashData(older.AsSpan(0, older.Length - 32)).CopyTo(older.AsSpan(older.Length - 32));

        Assert.Null(ReadBack(older));
    }
}
