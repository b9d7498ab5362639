namespace PrepPack.Layout.Text;

/// <summary>A run of text in one style, as written in a paragraph.</summary>
public sealed record TextSpan(string Text, TextStyle Style)
{
    /// <summary>Where the text was written, for messages about its characters; the paragraph's origin when
    /// null.</summary>
    public object? Origin { get; init; }
}
