using System.Text;
using PrepPack.Diagnostics;
using PrepPack.Layout.Text;

namespace PrepPack.Pdf;

/// <summary>Turns characters no font can draw into one warning each, naming the character and where it is.</summary>
internal sealed class GlyphReport(DiagnosticBag diagnostics, IReadOnlyList<string> families) : IGlyphReporter
{
    private readonly HashSet<int> _reported = [];

    public void MissingGlyph(int codePoint, object? origin)
    {
        lock (_reported)
        {
            if (!_reported.Add(codePoint)) return;
            var shown = Rune.IsValid(codePoint) && !Rune.IsControl(new Rune(codePoint)) ? $" '{char.ConvertFromUtf32(codePoint)}'" : "";
            diagnostics.Warning(origin as SourceLocation? ?? SourceLocation.WholeOf(""), DiagnosticCodes.MissingGlyph,
                $"U+{codePoint:X4}{shown} is in none of the fonts {string.Join(", ", families)}, so it prints as an empty box.",
                "Put a font that has it in templates/fonts/ and add its family under 'fonts: fallback:' in theme.yaml, or remove the character.");
        }
    }
}
