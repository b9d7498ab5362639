using PrepPack.Word.Body;

namespace PrepPack.Word;

/// <summary>
/// A page break followed by a paragraph becomes that paragraph's "page break before", as Word users
/// set it: no empty paragraph holding a break, and the story that starts the page says so itself.
/// A break before a table, or at the end, stays a paragraph of its own.
/// </summary>
internal static class PageStarts
{
    public static IEnumerable<BodyBlock> Fold(IEnumerable<BodyBlock> blocks)
    {
        BodyParagraph? pending = null;
        foreach (var block in blocks)
        {
            if (IsBareBreak(block))
            {
                if (pending is not null)
                    yield return pending;
                pending = (BodyParagraph)block;
                continue;
            }
            if (pending is not null && block is BodyParagraph { Section: null } starts)
            {
                starts.PageBreakBefore = true;
                pending = null;
            }
            else if (pending is not null)
            {
                yield return pending;
                pending = null;
            }
            yield return block;
        }
        if (pending is not null)
            yield return pending;
    }

    private static bool IsBareBreak(BodyBlock block) =>
        block is BodyParagraph { Inlines: [BodyBreak { IsPage: true }], Section: null, Bookmark: null, Item: null };
}
