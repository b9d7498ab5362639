using PrepPack.Layout.Core;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Paging;

/// <summary>
/// The page: size, margins, and header and footer lines. In header and footer text, "{page}"
/// and "{pages}" become the page number and count; " | " separates left, centre and right parts.
/// </summary>
public sealed record PageSetup
{
    public required float Width { get; init; }
    public required float Height { get; init; }
    public Thickness Margins { get; init; } = Thickness.All(54);
    public string? Header { get; init; }
    public string? Footer { get; init; }
    public TextStyle? HeaderFooterStyle { get; init; }

    public Size ContentSize => new(Width - Margins.Horizontal, Height - Margins.Vertical);
}
