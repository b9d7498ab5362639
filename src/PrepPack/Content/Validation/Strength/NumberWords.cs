namespace PrepPack.Content.Validation.Strength;

/// <summary>The number words every reader of figures knows: two to twenty and the tens to ninety.
/// Each reader adds its own ("one", "a dozen", "hundred") as what it reads needs.</summary>
internal static class NumberWords
{
    public static readonly Dictionary<string, double> TwoToNinety = new(StringComparer.Ordinal)
    {
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };
}
