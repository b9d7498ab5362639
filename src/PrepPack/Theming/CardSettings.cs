using PrepPack.Diagnostics;

namespace PrepPack.Theming;

/// <summary>How story cards are printed, from the theme's <c>cards:</c> section.</summary>
public sealed record CardSettings
{
    /// <summary>Body type in points for each card size: large enough to read at arm's length, small enough to fill
    /// without crowding.</summary>
    public static IReadOnlyDictionary<string, float> DefaultTypeSizes { get; } =
        new Dictionary<string, float>
        {
            ["3x5"] = 9,
            ["4x6"] = 11.5f,
            ["5x8"] = 13,
        };

    public static IReadOnlyList<string> Sizes { get; } = ["3x5", "4x6", "5x8"];

    /// <summary>"3x5", "4x6" or "5x8" inches.</summary>
    public string Size { get; init; } = "4x6";

    /// <summary>Cards per sheet of paper; 1 prints each card on its own card-sized page.</summary>
    public int PerSheet { get; init; } = 1;
    public string Sheet { get; init; } = "letter";
    public bool CutMarks { get; init; } = true;

    /// <summary>Front (title, themes, principles) and back (title and the bullets), and the edge the sheet turns over
    /// on.</summary>
    public DuplexEdge Flip { get; init; } = DuplexEdge.None;

    /// <summary>Whether cards print double-sided.</summary>
    public bool Duplex => Flip != DuplexEdge.None;

    /// <summary>As the front matter writes it: "long-edge", "short-edge" or "none".</summary>
    public string DuplexMode => DuplexValue.Name(Flip);

    /// <summary>Body type in points by card size.</summary>
    public IReadOnlyDictionary<string, float> TypeSizes { get; init; } = DefaultTypeSizes;

    /// <summary>The body type of the chosen size, in points; every other size on the card scales with it.</summary>
    public float TypeSize => TypeSizes.TryGetValue(Size, out var size) ? size : DefaultTypeSizes["4x6"];

    /// <summary>The smallest share of <see cref="TypeSize"/> a card too long for its page may shrink to.</summary>
    public float FitFloor { get; init; } = 0.75f;

    /// <summary>Where each setting was written in the theme, for messages about it.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Lines { get; init; } = new Dictionary<string, SourceLocation>();
}
