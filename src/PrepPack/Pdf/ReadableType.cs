using PrepPack.Diagnostics;

namespace PrepPack.Pdf;

/// <summary>
/// A one-page document shrinks its type until it fits, down to the theme's fit_floor; below the
/// theme's readable size (<c>one_page: readable:</c>) it still fits but is hard to read, so it is
/// a warning, never silent. It stands at the longest text on the page, the first to cut, which
/// the build points back at the story line it came from.
/// </summary>
internal static class ReadableType
{
    /// <summary>How much of the text the message quotes.</summary>
    private const int Quoted = 50;

    public static void Warn(
        IEnumerable<(SourceLocation At, string Text, bool InTable)> texts,
        float printed,
        float readable,
        string output,
        DiagnosticBag diagnostics
    )
    {
        // Rounded as the message shows it: 6.96 pt is not reported against a floor of 7.
        if (MathF.Round(printed, 1) >= readable)
            return;
        if (Longest(texts) is not var (at, text, quoted))
            return;
        diagnostics.Warning(
            at,
            DiagnosticCodes.OnePageBelowReadable,
            $"{output} fits on one page only with its type shrunk to {printed:0.#} pt, below the theme's readable "
                + $"{readable:0.#} pt. The longest text on it is this one ('{quoted}', {text.Length} characters).",
            "Cut this text first (for a long title, set short_title: a few words the one-page outputs print), "
                + "or show fewer stories there (one_page: in templates/theme.yaml)."
        );
    }

    /// <summary>
    /// The longest text placed on a one-page output, the first to cut, with its place in the Markdown and the start
    /// of it to quote; null when no text has a place. A one-page output's stories are its tables' rows (titles,
    /// figures, highlights); the paragraphs around them are mostly the template's own words, so a table's text is
    /// preferred.
    /// </summary>
    public static (SourceLocation At, string Text, string Quoted)? Longest(
        IEnumerable<(SourceLocation At, string Text, bool InTable)> texts
    )
    {
        var placed = texts.Where(t => t.At.Line > 0).ToList();
        var longest = placed.Where(t => t.InTable).DefaultIfEmpty().MaxBy(t => t.Text?.Trim().Length ?? -1);
        if (longest.Text is null)
            longest = placed.MaxBy(t => t.Text.Trim().Length);
        if (longest.Text is null)
            return null;
        var text = longest.Text.Trim();
        return (longest.At, text, text.Length > Quoted ? text[..Quoted].TrimEnd() + "…" : text);
    }
}
