using PrepPack.Diagnostics;

namespace PrepPack.Theming;

/// <summary>
/// The theme's table cell colours, checked for black-and-white printing: two colours that differ
/// (green for strong, red for a gap) must also differ in lightness, or a grey printer shows them
/// as one. What is too close is a warning at the later colour's line.
/// </summary>
internal static class CellGrey
{
    /// <summary>The least difference in lightness (CIE L*) told apart on a grey print.</summary>
    public const double LeastDifference = 5;

    public static Dictionary<string, ThemeColor> Check(
        IReadOnlyList<(string Name, ThemeColor Colour, SourceLocation At)> cells,
        DiagnosticBag diagnostics
    )
    {
        for (var i = 1; i < cells.Count; i++)
        {
            var (name, colour, at) = cells[i];
            var close = cells
                .Take(i)
                .FirstOrDefault(c =>
                    c.Colour != colour && Math.Abs(c.Colour.Lightness - colour.Lightness) < LeastDifference
                );
            if (close.Name is null)
                continue;
            diagnostics.Warning(
                at,
                DiagnosticCodes.CellsSameGrey,
                $"The cell colour '{name}' ({colour}) prints as nearly the same grey as '{close.Name}' "
                    + $"({close.Colour}): lightness {colour.Lightness:0} against {close.Colour.Lightness:0}, "
                    + "so a black-and-white printer shows them alike.",
                $"Make one lighter or darker, at least {LeastDifference:0} apart in lightness (CIE L*), "
                    + $"for example {Shifted(colour, close.Colour)}."
            );
        }
        return cells.GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.Last().Colour);
    }

    /// <summary>The colour made lighter or darker, away from the other, until the two are told apart.</summary>
    private static ThemeColor Shifted(ThemeColor colour, ThemeColor other)
    {
        var darker = colour.Lightness <= other.Lightness ? colour.Lightness > 30 : colour.Lightness > 95;
        for (var step = 1; step < 100; step++)
        {
            var f = darker ? 1 - step * 0.02 : step * 0.02;
            byte Mix(byte c) => (byte)Math.Round(darker ? c * f : c + (255 - c) * f);
            var candidate = new ThemeColor(Mix(colour.R), Mix(colour.G), Mix(colour.B));
            if (Math.Abs(candidate.Lightness - other.Lightness) >= LeastDifference + 1)
                return candidate;
        }
        return colour;
    }
}
