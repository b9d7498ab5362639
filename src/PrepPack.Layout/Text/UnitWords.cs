namespace PrepPack.Layout.Text;

/// <summary>
/// The words a number keeps on its line: "15 min", "2 h", "20 %", "3 x", "$1.5 M", "5 engineers".
/// A short list on purpose, of units that follow a figure in prose; a longer one would glue
/// counts of anything to their nouns. Single letters match as written ("M" is millions, "m" is
/// not a unit here); longer units match in any case ("Days").
/// </summary>
public static class UnitWords
{
    /// <summary>Units of measure: time, magnitude, percent, multiplier, points.</summary>
    public static IReadOnlyList<string> Measures { get; } =
    [
        "ms",
        "s",
        "sec",
        "secs",
        "second",
        "seconds",
        "min",
        "mins",
        "minute",
        "minutes",
        "h",
        "hr",
        "hrs",
        "hour",
        "hours",
        "d",
        "day",
        "days",
        "wk",
        "wks",
        "week",
        "weeks",
        "month",
        "months",
        "yr",
        "yrs",
        "year",
        "years",
        "k",
        "K",
        "M",
        "B",
        "%",
        "x",
        "×",
        "pt",
        "pts",
        "pp",
    ];

    /// <summary>Counts of people, which read as one figure with their number too.</summary>
    public static IReadOnlyList<string> Counts { get; } = ["people", "engineers", "analysts"];

    private static readonly HashSet<string> All = new([.. Measures, .. Counts], StringComparer.Ordinal);

    /// <summary>Whether a unit word starts at text[index] and ends there, before a space, punctuation or the
    /// end.</summary>
    public static bool StartsAt(string text, int index)
    {
        if (index >= text.Length)
            return false;
        var end = index;
        if (text[index] is '%' or '×')
            end++;
        else
            while (end < text.Length && char.IsLetter(text[end]))
                end++;
        if (end == index || end < text.Length && char.IsLetterOrDigit(text[end]))
            return false;
        var word = text[index..end];
        return All.Contains(word) || word.Length > 1 && All.Contains(word.ToLowerInvariant());
    }
}
