namespace PrepPack.Theming;

/// <summary>
/// How many stories the one-page outputs show, from the theme's <c>one_page:</c> section. A larger
/// bank keeps its most important stories there and leaves the rest to the binder, so growing the
/// bank does not make the page too long. The defaults were measured at the sample theme with
/// titles of 60 to 80 characters (the cheat sheet with Amazon's sixteen principles in place of the
/// question themes): both pages then print at about 65% of the normal type, with room
/// for a few longer stories before the theme's fit_floor (0.6), which 30 rows or 12 stories reach.
/// </summary>
public sealed record OnePageLimits
{
    /// <summary>The highest limit the theme may set; far beyond what any page holds.</summary>
    public const int Most = 200;

    /// <summary>Rows of the one-page project matrix.</summary>
    public int MatrixStories { get; init; } = 26;

    /// <summary>Stories in the cheat sheet's list, each with its reminder and the figures to say.</summary>
    public int CheatsheetStories { get; init; } = 10;

    /// <summary>Principles in the cheat sheet's primary / backup list: Amazon's sixteen and a few more fit
    /// beside the stories; a framework of hundreds would push the page to many times its length.</summary>
    public int CheatsheetPrinciples { get; init; } = 20;

    /// <summary>The smallest body type, in points, a one-page document prints at without a warning:
    /// below it, it still fits (down to fit_floor) but is hard to read at arm's length.</summary>
    public float Readable { get; init; } = 7;
}
