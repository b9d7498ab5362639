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

    // Pages of one document are alike: the scale the last page fitted at is where the next one's search starts.
    private float? _guess;

    public void Add(BodyBlock block)
    {
        if (floor is null)
        {
            Write(block, 1);
            return;
        }
        // A page break closes the page, and its paragraph's line is the page's last, set at the page's scale.
        if (block is BodyParagraph { BreaksPage: true })
        {
            DropTrailingSpacers();
            _page.Add(block);
            Flush();
            return;
        }
        // A paragraph that starts a page closes the one before it, and opens its own.
        if (block is BodyParagraph { PageBreakBefore: true })
        {
            DropTrailingSpacers();
            Flush();
            _page.Add(block);
            return;
        }
        // A section's end closes the page too: Word starts the next section on a new sheet.
        if (block is BodyParagraph { Section: not null })
        {
            DropTrailingSpacers();
            Flush();
            Write(block, 1);
            return;
        }
        _page.Add(block);
    }

    /// <summary>Writes the last page.</summary>
    public void Finish() => Flush();

    /// <summary>
    /// The empty paragraph that parts a table from what follows has nothing to part where a page ends:
    /// left in, it is a line that may spill onto a page of its own. At the document's end Word needs it.
    /// </summary>
    private void DropTrailingSpacers()
    {
        while (_page is [.., BodyParagraph { Inlines.Count: 0, Bookmark: null, Section: null }])
            _page.RemoveAt(_page.Count - 1);
    }

    private void Flush()
    {
        if (_page.Count == 0)
            return;
        bool Fits(float s) => estimate.Fits(_page, s);
        var (scale, fits) = _guess is { } near
            ? OnePageFit.Search(Fits, floor!.Value, near)
            : OnePageFit.Search(Fits, floor!.Value);
        if (fits)
            _guess = scale;
        // A page too long even at the floor is written at the floor, the nearest it comes to one page, so its warning
        // counts what to cut there.
        foreach (var block in _page)
            Write(block, scale);
        _page.Clear();
    }

    private void Write(BodyBlock block, float scale)
    {
        estimate.Add(block, scale);
        writer.Write(block, scale);
    }
}
