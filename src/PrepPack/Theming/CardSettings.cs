namespace PrepPack.Theming;

/// <summary>How story cards are printed, from the theme's <c>cards:</c> section.</summary>
public sealed record CardSettings
{
    /// <summary>"3x5", "4x6" or "5x8" inches.</summary>
    public string Size { get; init; } = "4x6";

    /// <summary>Cards per sheet of paper; 1 prints each card on its own card-sized page.</summary>
    public int PerSheet { get; init; } = 1;
    public string Sheet { get; init; } = "letter";
    public bool CutMarks { get; init; } = true;

    /// <summary>Front (title, themes, principles) and back (the bullets), for double-sided printing.</summary>
    public bool Duplex { get; init; }
}
