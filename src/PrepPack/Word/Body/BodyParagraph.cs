using DocumentFormat.OpenXml.Wordprocessing;

namespace PrepPack.Word.Body;

/// <summary>A paragraph: its style and the few direct properties PrepPack sets, then its runs and links.</summary>
internal sealed class BodyParagraph : BodyBlock
{
    /// <summary>The paragraph style's id; null writes none, which Word reads as Normal.</summary>
    public string? Style { get; init; }

    /// <summary>The list and the depth (from 0) of a paragraph that opens a list item.</summary>
    public (int List, int Level)? Item { get; init; }

    /// <summary>Space after, in twentieths of a point, over the style's.</summary>
    public int? SpaceAfter { get; set; }

    /// <summary>The left indent, in twentieths of a point, over the style's.</summary>
    public int? Indent { get; init; }

    /// <summary>Kept on the page with the next paragraph: set on table rows that must not stand alone on a
    /// page.</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>Starts a new page ("page break before"): the first paragraph of a story that starts a page.</summary>
    public bool PageBreakBefore { get; set; }

    /// <summary>"center" or "right"; null keeps the style's alignment.</summary>
    public string? Align { get; init; }

    /// <summary>The page set-up of the section this paragraph ends.</summary>
    public SectionProperties? Section { get; init; }

    /// <summary>A bookmark around the whole content, so links and the one-page check find a heading.</summary>
    public (string Name, string Id)? Bookmark { get; set; }

    public List<BodyInline> Inlines { get; init; } = [];

    /// <summary>A paragraph that holds only a page break.</summary>
    public static BodyParagraph PageBreak() => new() { Inlines = [BodyBreak.Page] };

    /// <summary>Whether a page break ends the page here.</summary>
    public bool BreaksPage
    {
        get
        {
            foreach (var inline in Inlines)
                if (inline is BodyBreak { IsPage: true })
                    return true;
            return false;
        }
    }

    /// <summary>All the text, as Word counts it: the runs' and the links' runs', without breaks.</summary>
    public string Text
    {
        get
        {
            if (Inlines is [BodyRun only])
                return only.Text;
            var text = new System.Text.StringBuilder();
            Append(text, Inlines);
            return text.ToString();
        }
    }

    private static void Append(System.Text.StringBuilder text, List<BodyInline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is BodyRun run)
                text.Append(run.Text);
            else if (inline is BodyLink link)
                Append(text, link.Runs);
        }
    }
}
