using PrepPack.Markdown;
using PrepPack.Word.Body;

namespace PrepPack.Word;

/// <summary>
/// Passes the body's blocks to the estimate and the writer. With a fit floor (<c>fit: each-page</c>),
/// each page, between page breaks, is held until it ends and written at the largest type scale, down
/// to the floor, at which the estimate has it on one page; a page that does not fit even at the floor
/// is set at the floor, and its warning says what to cut. Without one, blocks go straight through.
/// </summary>
internal sealed class PageFitter(OnePageEstimate estimate, BodyXmlWriter writer, float? floor)
{
    private readonly List<BodyBlock> _page = [];

    public void Add(BodyBlock block)
    {
        if (floor is null)
        {
            Write(block, 1);
            return;
        }
        // A page break or a section's end closes the page: Word starts the next on a new sheet.
        if (block is BodyParagraph { BreaksPage: true } or BodyParagraph { Section: not null })
        {
            Flush();
            Write(block, 1);
            return;
        }
        _page.Add(block);
    }

    /// <summary>Writes the last page.</summary>
    public void Finish() => Flush();

    private void Flush()
    {
        if (_page.Count == 0) return;
        var (scale, _) = OnePageFit.Search(s => estimate.Fits(_page, s), floor!.Value);
        // A page too long even at the floor is written at the floor, the nearest it comes to one page, so its warning counts what to cut there.
        foreach (var block in _page) Write(block, scale);
        _page.Clear();
    }

    private void Write(BodyBlock block, float scale)
    {
        estimate.Add(block, scale);
        writer.Write(block, scale);
    }
}
