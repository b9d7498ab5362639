using PrepPack.Layout.Text;

namespace PrepPack.Layout.Paging;

/// <summary>
/// Where a document's header and footer lines sit: the same distance from the paper's edge on
/// every page, whatever a section's margin, and never nearer the edge than a quarter inch, where
/// many printers stop printing.
/// </summary>
public static class PageLineInsets
{
    /// <summary>The nearest a header or footer line's outer edge comes to the paper's edge: a quarter inch.</summary>
    public const float Least = 18f;

    /// <summary>Where the line's outer edge sits when the margins have room: 0.3 in.</summary>
    public const float Usual = 21.6f;

    /// <summary>Space kept between the line and the page's content.</summary>
    private const float Gap = 3f;

    /// <summary>The distances from the top and from the foot of the paper to the baseline of the header and
    /// the footer: baselines, so a page whose lines are set smaller (a shrunk section) keeps them level.</summary>
    public static (float Top, float Bottom) Of(IEnumerable<PageSetup> setups, FaceChooser faces, object? origin)
    {
        var styled = setups.Where(s => s.HeaderFooterStyle is not null).Distinct().ToList();
        if (styled.Count == 0)
            return (0, 0);
        var lines = styled.Select(s => Line(s.HeaderFooterStyle!, faces, origin)).ToList();
        var height = lines.Max(l => l.Height);
        var ascent = lines.Max(l => l.Baseline);
        var descent = lines.Max(l => l.Height - l.Baseline);
        // The narrowest margin decides, so a section with a wider one keeps the same place.
        float Inset(Func<PageSetup, float> margin) => Math.Clamp(styled.Min(margin) - height - Gap, Least, Usual);
        return (Inset(s => s.Margins.Top) + ascent, Inset(s => s.Margins.Bottom) + descent);
    }

    private static TextLine Line(TextStyle style, FaceChooser faces, object? origin) =>
        new ParagraphText([new TextSpan("0", style)], style, TextAlign.Left, faces, origin).Lines(1000)[0];
}
