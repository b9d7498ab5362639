using Markdig.Syntax;

namespace PrepPack.Pdf.Rendering;

/// <summary>
/// The level each heading is tagged at for a screen reader: how the Markdown nests it, with no
/// level skipped and the first heading at level 1, as PDF/UA asks. Templates pick <c>###</c> for
/// its size ("### Quoting funnel" on a card, under nothing): the page keeps the look, the
/// structure reads H1. Levels are found once for the whole document, in source order, so a
/// document laid out in pieces (cards, sections) is tagged as one.
/// </summary>
internal static class HeadingTagLevels
{
    private static readonly object Key = typeof(HeadingTagLevels);

    public static void Assign(MarkdownDocument document)
    {
        // The headings above this point: their Markdown level and the level they were tagged at.
        var open = new Stack<(int Written, int Tagged)>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            while (open.Count > 0 && open.Peek().Written >= heading.Level)
                open.Pop();
            var tagged = open.Count == 0 ? 1 : open.Peek().Tagged + 1;
            open.Push((heading.Level, tagged));
            heading.SetData(Key, tagged);
        }
    }

    /// <summary>The heading's tagged level; its Markdown level when the document was not assigned levels.</summary>
    public static int Of(HeadingBlock heading) => heading.GetData(Key) is int level ? level : heading.Level;
}
