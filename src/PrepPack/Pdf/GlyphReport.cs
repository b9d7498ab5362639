using System.Text;
using PrepPack.Diagnostics;
using PrepPack.Layout.Text;

namespace PrepPack.Pdf;

/// <summary>
/// Turns characters no font can draw into warnings: one per character per line, located where
/// the character is, so each place to fix is named (a character twice on one line is one
/// warning). Past <see cref="Limit"/> warnings in one output, one more counts the rest.
/// </summary>
internal sealed class GlyphReport(DiagnosticBag diagnostics, IReadOnlyList<string> families) : IGlyphReporter
{
    /// <summary>Enough to show what is wrong; a page of the same warning would hide the others.</summary>
    public const int Limit = 20;

    // The same text is shaped again on each layout pass and each fit-to-page attempt: each place counts once.
    private readonly Dictionary<(string File, int Line, int CodePoint), SourceLocation> _missing = [];

    /// <summary>How many places have been reported so far.</summary>
    public int Count
    {
        get
        {
            lock (_missing)
                return _missing.Count;
        }
    }

    public void MissingGlyph(int codePoint, object? origin)
    {
        var at = origin as SourceLocation? ?? SourceLocation.WholeOf("");
        lock (_missing)
            _missing.TryAdd((at.File, at.Line, codePoint), at);
    }

    /// <summary>Adds the warnings, in reading order: the first <see cref="Limit"/>, then one that counts the
    /// rest.</summary>
    public void Report()
    {
        var missing = _missing
            .OrderBy(m => m.Value.File, StringComparer.Ordinal)
            .ThenBy(m => m.Value.Line)
            .ThenBy(m => m.Value.Column)
            .ThenBy(m => m.Key.CodePoint)
            .ToList();
        var fonts = string.Join(", ", families);
        foreach (var ((_, _, codePoint), at) in missing.Take(Limit))
            diagnostics.Warning(
                at,
                DiagnosticCodes.MissingGlyph,
                $"U+{codePoint:X4}{Shown(codePoint)} is in none of the fonts {fonts}, so it prints as an empty box.",
                Hint
            );
        if (missing.Count <= Limit)
            return;
        var rest = missing.Skip(Limit).ToList();
        var named = missing.Take(Limit).Select(m => (m.Key.File, m.Key.Line)).ToHashSet();
        var lines = rest.Select(m => (m.Key.File, m.Key.Line)).Distinct().Count(line => !named.Contains(line));
        var firstCodePoint = rest[0].Key.CodePoint;
        diagnostics.Warning(
            rest[0].Value,
            DiagnosticCodes.MissingGlyph,
            $"…and {rest.Count} more {Plural(rest.Count, "character")} on {lines} more {Plural(lines, "line")}, the "
                + $"first here (U+{firstCodePoint:X4}{Shown(firstCodePoint)}), "
                + $"are in none of the fonts {fonts} either, so they print as empty boxes.",
            "Put fonts that have them in templates/fonts/ and add their families under 'fonts: fallback:' in "
                + "theme.yaml, or remove the characters."
        );
    }

    private const string Hint =
        "Put a font that has it in templates/fonts/ and add its family under 'fonts: fallback:' in theme.yaml, or "
        + "remove the character.";

    private static string Shown(int codePoint) =>
        Rune.IsValid(codePoint) && !Rune.IsControl(new Rune(codePoint)) ? $" '{char.ConvertFromUtf32(codePoint)}'" : "";

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}
