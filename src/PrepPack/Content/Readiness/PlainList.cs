namespace PrepPack.Content.Readiness;

/// <summary>Items said as a sentence says them: "a", "a and b", "a, b and c".</summary>
public static class PlainList
{
    public static string And(IReadOnlyList<string> items) =>
        items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
        };
}
