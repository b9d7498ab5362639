namespace PrepPack.Layout.Text.Bidi;

/// <summary>
/// UAX #9 rule N0: a pair of brackets takes one direction, so "(שלום [עולם])" in an English
/// sentence keeps both its brackets around the Hebrew. A pair takes the paragraph's direction
/// when the text inside has a strong character of it; else the other direction when the text
/// inside and the text before the opening bracket are of that direction. Only the paired
/// brackets prep text uses are known: ASCII, full-width and the CJK ones.
/// </summary>
internal static class BracketPairs
{
    private static readonly Dictionary<char, char> Closers = new()
    {
        ['('] = ')',
        ['['] = ']',
        ['{'] = '}',
        ['\u2045'] = '\u2046',
        ['\u207D'] = '\u207E',
        ['\u208D'] = '\u208E',
        ['\u3008'] = '\u3009',
        ['\u300A'] = '\u300B',
        ['\u300C'] = '\u300D',
        ['\u300E'] = '\u300F',
        ['\u3010'] = '\u3011',
        ['\u3014'] = '\u3015',
        ['\u3016'] = '\u3017',
        ['\u3018'] = '\u3019',
        ['\u301A'] = '\u301B',
        ['\uFF08'] = '\uFF09',
        ['\uFF3B'] = '\uFF3D',
        ['\uFF5B'] = '\uFF5D',
        ['\uFF5F'] = '\uFF60',
        ['\uFF62'] = '\uFF63',
    };

    // BD16 stops looking for pairs when more than 63 brackets are open.
    private const int Depth = 63;

    /// <param name="indexes">For each entry of <paramref name="types"/>, its index in <paramref name="text"/>.</param>
    public static void Resolve(string text, List<int> indexes, BidiClass[] original, BidiClass[] types, BidiClass edge)
    {
        var pairs = Find(text, indexes, types);
        if (pairs.Count == 0)
            return;
        var opposite = edge == BidiClass.L ? BidiClass.R : BidiClass.L;
        foreach (var (open, close) in pairs)
        {
            var inside = StrongInside(types, open, close, edge);
            BidiClass resolved;
            if (inside == edge)
                resolved = edge;
            else if (inside == opposite)
                resolved = Before(types, open, edge) == opposite ? opposite : edge;
            else
                continue;
            foreach (var at in (int[])[open, close])
            {
                types[at] = resolved;
                // Marks on a bracket follow it.
                for (var k = at + 1; k < types.Length && original[indexes[k]] == BidiClass.NSM; k++)
                    types[k] = resolved;
            }
        }
    }

    /// <summary>BD16: the pairs, in the order of their opening brackets.</summary>
    private static List<(int Open, int Close)> Find(string text, List<int> indexes, BidiClass[] types)
    {
        var pairs = new List<(int, int)>();
        var open = new List<(char Closer, int At)>();
        for (var k = 0; k < types.Length; k++)
        {
            if (types[k] != BidiClass.ON)
                continue;
            var c = text[indexes[k]];
            if (Closers.TryGetValue(c, out var closer))
            {
                if (open.Count == Depth)
                    break;
                open.Add((closer, k));
                continue;
            }
            for (var j = open.Count - 1; j >= 0; j--)
            {
                if (open[j].Closer != c)
                    continue;
                pairs.Add((open[j].At, k));
                open.RemoveRange(j, open.Count - j);
                break;
            }
        }
        pairs.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return pairs;
    }

    /// <summary>The paragraph's direction if a strong character of it is inside, else the other if one is, else
    /// null.</summary>
    private static BidiClass? StrongInside(BidiClass[] types, int open, int close, BidiClass edge)
    {
        BidiClass? found = null;
        for (var k = open + 1; k < close; k++)
        {
            if (Strong(types[k]) is not { } strong)
                continue;
            if (strong == edge)
                return edge;
            found = strong;
        }
        return found;
    }

    /// <summary>The direction of the first strong character before the opening bracket, or the paragraph's.</summary>
    private static BidiClass Before(BidiClass[] types, int open, BidiClass edge)
    {
        for (var k = open - 1; k >= 0; k--)
            if (Strong(types[k]) is { } strong)
                return strong;
        return edge;
    }

    // Numbers count as right to left here, as in N1.
    private static BidiClass? Strong(BidiClass type) =>
        type switch
        {
            BidiClass.L => BidiClass.L,
            BidiClass.R or BidiClass.EN or BidiClass.AN => BidiClass.R,
            _ => null,
        };
}
