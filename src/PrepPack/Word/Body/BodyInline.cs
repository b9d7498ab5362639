using PrepPack.Word.Rendering.Inlines;

namespace PrepPack.Word.Body;

/// <summary>What a paragraph holds: runs of text, breaks and links.</summary>
internal abstract class BodyInline;

/// <summary>Text in one format.</summary>
internal sealed class BodyRun(string text, RunFormat format) : BodyInline
{
    public string Text { get; } = text;
    public RunFormat Format { get; } = format;
}

/// <summary>A line break, or a page break.</summary>
internal sealed class BodyBreak : BodyInline
{
    public static readonly BodyBreak Line = new(false);
    public static readonly BodyBreak Page = new(true);

    private BodyBreak(bool isPage) => IsPage = isPage;

    public bool IsPage { get; }
}

/// <summary>A link: to a bookmark in the document, or through a relationship to an address.</summary>
internal sealed class BodyLink(string? anchor, string? relationshipId, List<BodyInline> runs) : BodyInline
{
    public string? Anchor { get; } = anchor;
    public string? RelationshipId { get; } = relationshipId;
    public List<BodyInline> Runs { get; } = runs;
}
