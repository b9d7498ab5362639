namespace PrepPack.Layout.Text;

/// <summary>A run of text in one style, as written in a paragraph.</summary>
public sealed record TextSpan(string Text, TextStyle Style);
