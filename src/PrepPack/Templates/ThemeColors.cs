using PrepPack.Layout.Core;

namespace PrepPack.Templates;

public sealed record ThemeColors
{
    public Color Text { get; init; } = new(0x1f, 0x23, 0x28);
    public Color Heading { get; init; } = new(0x0b, 0x3d, 0x91);
    public Color Muted { get; init; } = new(0x5b, 0x63, 0x6a);
    public Color Link { get; init; } = new(0x0b, 0x5c, 0xad);
    public Color Rule { get; init; } = new(0xc8, 0xcc, 0xd0);
    public Color CodeBackground { get; init; } = new(0xf1, 0xf3, 0xf5);
    public Color Mark { get; init; } = new(0xff, 0xf0, 0x9e);
    public Color QuoteBar { get; init; } = new(0x9d, 0xb4, 0xd9);
    public Color TableHeader { get; init; } = new(0xe6, 0xed, 0xf7);
    public Color TableGrid { get; init; } = new(0xc8, 0xcc, 0xd0);
}
