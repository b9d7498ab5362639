using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>One cell: its content, the widths it needs, and its background.</summary>
public sealed record TableCell(Element Content, float MinWidth, float MaxWidth, Color? Background = null);
