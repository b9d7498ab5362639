using PrepPack.Diagnostics;

namespace PrepPack.Markdown;

/// <summary>
/// One front matter setting as text, before it is read into its type: its key, its value, and
/// where each stands in the file the user edits (for a template, the template itself).
/// </summary>
/// <param name="TextAt">Where the value's first character is (inside its quotes, if any).</param>
public sealed record FrontMatterEntry(string Key, SourceLocation KeyAt, string Text, SourceLocation TextAt)
{
    public FrontMatterEntry WithText(string text) => this with { Text = text };
}
