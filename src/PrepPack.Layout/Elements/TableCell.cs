using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>One cell: its content, the widths it needs, and its background. <paramref name="LeastWidth"/>
/// is the narrowest it can print at all, its widest character; below <paramref name="MinWidth"/>,
/// its longest word, words are cut.</summary>
public sealed record TableCell(
    Element Content,
    float MinWidth,
    float MaxWidth,
    Color? Background = null,
    float LeastWidth = 0
);
