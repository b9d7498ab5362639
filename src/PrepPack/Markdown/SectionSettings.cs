namespace PrepPack.Markdown;

/// <summary>
/// What a <c>::: section {…}</c> changes of the document's page for its own pages: which way
/// the page lies, the margin, whether its type shrinks to fit one page, and justification.
/// Unset values keep the document's.
/// </summary>
public sealed record SectionSettings
{
    public PageOrientation Orientation { get; init; } = PageOrientation.Unset;

    /// <summary>In points; null keeps the document's.</summary>
    public float? Margin { get; init; }

    public FitMode Fit { get; init; } = FitMode.None;
    public bool? Justify { get; init; }

    /// <summary>The settings a section names, in the order they are read.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["orientation", "margin", "fit", "justify"];
}
