namespace PrepPack.Theming;

/// <summary>
/// The look of every document: fonts, sizes, colours, spacing, boxes by class and table cell
/// colours by class. Read from <c>templates/theme.yaml</c>; anything it leaves out keeps these defaults.
/// </summary>
public sealed record Theme
{
    public ThemeFonts Fonts { get; init; } = new();
    public ThemeSizes Sizes { get; init; } = new();
    public ThemeColors Colors { get; init; } = new();
    public ThemeSpacing Spacing { get; init; } = new();
    public ThemePage Page { get; init; } = new();

    /// <summary>Justified paragraphs, hyphenated where a line would otherwise gape; ragged right when false.</summary>
    public bool Justify { get; init; }

    /// <summary>The smallest share of the normal type size that fitting to one page may shrink to.</summary>
    public float FitFloor { get; init; } = 0.6f;

    public IReadOnlyDictionary<string, ThemeBox> Boxes { get; init; } = DefaultBoxes;
    public IReadOnlyDictionary<string, ThemeColor> Cells { get; init; } = new Dictionary<string, ThemeColor>();

    /// <summary>How story cards print: size, cards per sheet, duplex.</summary>
    public CardSettings Cards { get; init; } = new();

    /// <summary>How many stories the one-page outputs have room for.</summary>
    public OnePageLimits OnePage { get; init; } = new();

    /// <summary>The interview at hand: which framework the cheat sheet shows.</summary>
    public ThemeInterview Interview { get; init; } = new();

    /// <summary>A Word document whose styles the STAR one-pagers take, as pandoc's reference doc.</summary>
    public string? WordReference { get; init; }

    /// <summary>Where the theme came from, for messages.</summary>
    public string File { get; init; } = "templates/theme.yaml";

    public static IReadOnlyDictionary<string, ThemeBox> DefaultBoxes { get; } =
        new Dictionary<string, ThemeBox>
        {
            ["box"] = new() { Border = new ThemeColor(0xc8, 0xcc, 0xd0), Padding = 8 },
        };

    public ThemeBox Box(string? name) =>
        name is not null && Boxes.TryGetValue(name, out var style)
            ? style
            : Boxes.GetValueOrDefault("box") ?? DefaultBoxes["box"];

    public Theme Scaled(float factor) =>
        factor == 1
            ? this
            : this with
            {
                Sizes = Sizes.Scaled(factor),
                Spacing = Spacing.Scaled(factor),
                Boxes = Boxes.ToDictionary(b => b.Key, b => b.Value with { Padding = b.Value.Padding * factor }),
            };
}
