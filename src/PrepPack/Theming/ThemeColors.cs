namespace PrepPack.Theming;

public sealed record ThemeColors
{
    public ThemeColor Text { get; init; } = new(0x1f, 0x23, 0x28);
    public ThemeColor Heading { get; init; } = new(0x0b, 0x3d, 0x91);
    public ThemeColor Muted { get; init; } = new(0x5b, 0x63, 0x6a);
    public ThemeColor Link { get; init; } = new(0x0b, 0x5c, 0xad);
    public ThemeColor Rule { get; init; } = new(0xc8, 0xcc, 0xd0);
    public ThemeColor CodeBackground { get; init; } = new(0xf1, 0xf3, 0xf5);
    public ThemeColor Mark { get; init; } = new(0xff, 0xf0, 0x9e);
    public ThemeColor QuoteBar { get; init; } = new(0x9d, 0xb4, 0xd9);
    public ThemeColor TableHeader { get; init; } = new(0xe6, 0xed, 0xf7);
    public ThemeColor TableGrid { get; init; } = new(0xc8, 0xcc, 0xd0);
}
