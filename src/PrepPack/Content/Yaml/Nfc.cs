using System.Text;

namespace PrepPack.Content.Yaml;

/// <summary>
/// Unicode normalisation form C, done here because the program runs without ICU, where
/// <c>string.Normalize</c> leaves text as it is: a Mac saves 'café.yaml' with the accent as a
/// separate mark, the editor types 'café' as one letter, and the two must be one id.
/// Decomposes each character, puts marks in canonical order and composes again (UAX #15).
/// </summary>
internal static class Nfc
{
    private const int SBase = 0xAC00,
        LBase = 0x1100,
        VBase = 0x1161,
        TBase = 0x11A7;
    private const int LCount = 19,
        VCount = 21,
        TCount = 28,
        NCount = VCount * TCount,
        SCount = LCount * NCount;

    private static readonly Dictionary<int, (int First, int Second)> Decomposition = ReadDecompositions();
    private static readonly Dictionary<long, int> Composition = ReadCompositions();
    private static readonly Dictionary<int, int> Classes = ReadClasses();

    public static string Compose(string text)
    {
        // Most text is ASCII, which is always in NFC.
        if (text.All(c => c < 0x80))
            return text;
        var decomposed = new List<int>(text.Length + 4);
        foreach (var rune in text.EnumerateRunes())
            Decompose(rune.Value, decomposed);
        Reorder(decomposed);

        var result = new List<int>(decomposed.Count);
        var starter = -1;
        var lastClass = 0;
        foreach (var c in decomposed)
        {
            var cc = ClassOf(c);
            // A mark joins the starter unless a mark of the same or a higher class (or another starter) stands between
            // them.
            var blocked = starter >= 0 && result.Count - 1 != starter && (lastClass == 0 || lastClass >= cc);
            if (starter >= 0 && !blocked && Compose(result[starter], c) is { } composed)
            {
                result[starter] = composed;
                continue;
            }
            if (cc == 0)
                starter = result.Count;
            lastClass = cc;
            result.Add(c);
        }

        var built = new StringBuilder(text.Length);
        foreach (var c in result)
            built.Append(char.ConvertFromUtf32(c));
        return built.ToString();
    }

    private static void Decompose(int c, List<int> into)
    {
        if (c is >= SBase and < SBase + SCount)
        {
            var s = c - SBase;
            into.Add(LBase + s / NCount);
            into.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0)
                into.Add(TBase + s % TCount);
            return;
        }
        if (!Decomposition.TryGetValue(c, out var parts))
        {
            into.Add(c);
            return;
        }
        Decompose(parts.First, into);
        if (parts.Second != 0)
            Decompose(parts.Second, into);
    }

    // Marks in a row are sorted by class, keeping the order of equal classes.
    private static void Reorder(List<int> text)
    {
        for (var i = 1; i < text.Count; i++)
        {
            var cc = ClassOf(text[i]);
            if (cc == 0)
                continue;
            for (var j = i; j > 0 && ClassOf(text[j - 1]) > cc; j--)
                (text[j - 1], text[j]) = (text[j], text[j - 1]);
        }
    }

    private static int? Compose(int first, int second)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
            return SBase + ((first - LBase) * VCount + (second - VBase)) * TCount;
        if (
            first is >= SBase and < SBase + SCount
            && (first - SBase) % TCount == 0
            && second is > TBase and < TBase + TCount
        )
            return first + (second - TBase);
        return Composition.TryGetValue(Key(first, second), out var composed) ? composed : null;
    }

    private static int ClassOf(int c) => Classes.GetValueOrDefault(c);

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;

    private static Dictionary<int, (int, int)> ReadDecompositions()
    {
        var table = new Dictionary<int, (int, int)>();
        var d = NfcTables.Decompositions;
        for (var i = 0; i < d.Length; i += 3)
            table[d[i]] = (d[i + 1], d[i + 2]);
        return table;
    }

    private static Dictionary<long, int> ReadCompositions()
    {
        var excluded = NfcTables.Excluded.ToHashSet();
        var table = new Dictionary<long, int>();
        var d = NfcTables.Decompositions;
        for (var i = 0; i < d.Length; i += 3)
            if (d[i + 2] != 0 && !excluded.Contains(d[i]))
                table[Key(d[i + 1], d[i + 2])] = d[i];
        return table;
    }

    private static Dictionary<int, int> ReadClasses()
    {
        var table = new Dictionary<int, int>();
        var c = NfcTables.CombiningClasses;
        for (var i = 0; i < c.Length; i += 2)
            table[c[i]] = c[i + 1];
        return table;
    }
}
