namespace PrepPack.Markdown;

/// <summary>
/// A header or footer: " | " splits its text into left, centre and right parts, two parts sit
/// left and right, and one part alone is centred. <c>{title}</c> is already the document's
/// title; <c>{page}</c> and <c>{pages}</c> are left for each writer to count.
/// </summary>
public sealed record PageLine(string Left, string Center, string Right)
{
    public const string Separator = " | ";

    /// <summary>The line, or null when the text is empty (no header or footer).</summary>
    public static PageLine? Parse(string? text, string title)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        // A header or footer is one line, whatever a title or a name read from the content holds.
        var parts = text.Replace("{title}", title)
            .ReplaceLineEndings(" ")
            .Split(Separator)
            .Select(p => p.Trim())
            .ToArray();
        return parts.Length switch
        {
            1 => new PageLine("", parts[0], ""),
            2 => new PageLine(parts[0], "", parts[1]),
            _ => new PageLine(parts[0], parts[1], parts[2]),
        };
    }

    /// <summary>The line written back with separators, in the fewest parts that keep each part in place.</summary>
    public string Text =>
        Left.Length == 0 && Right.Length == 0 ? Center
        : Center.Length == 0 ? Left + Separator + Right
        : Left + Separator + Center + Separator + Right;
}
