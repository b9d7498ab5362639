namespace PrepPack.Layout.Core;

/// <summary>Why content could not be laid out; the caller turns it into a message at the user's file.</summary>
public enum LayoutProblemKind
{
    /// <summary>An element is taller or wider than an empty page.</summary>
    TooBigForPage,

    /// <summary>The document passed the page limit without ending.</summary>
    TooManyPages,

    /// <summary>A table has more columns than fit side by side, even with every word cut.</summary>
    TooWideForPage,
}

/// <summary>A layout failure: what kind, in words, and the origin the caller gave the element (a source place), if
/// any.</summary>
public sealed record LayoutProblem(LayoutProblemKind Kind, string Message, object? Origin = null);
