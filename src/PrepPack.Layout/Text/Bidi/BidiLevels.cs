namespace PrepPack.Layout.Text.Bidi;

/// <summary>
/// Embedding levels for the characters of one paragraph, by Unicode's bidirectional algorithm
/// (UAX #9) without explicit embeddings: the base direction from the first strong character
/// (P2-P3), weak types resolved (W1-W7), brackets resolved as pairs (N0), neutrals between
/// two strong types of one direction take it and others the paragraph's (N1-N2), then
/// implicit levels (I1-I2) and the reset of
/// separators and trailing whitespace (L1). Embedding, override and isolate controls
/// (U+202A-202E, U+2066-2069) are ignored, as boundary neutrals. A newline ends a run of
/// resolution, as a paragraph separator does, but all lines share the paragraph's base level.
/// </summary>
public static class BidiLevels
{
    /// <summary>0 (left to right) or 1 (right to left): the direction of the first strong
    /// character outside isolates, left to right when there is none (P2-P3).</summary>
    public static byte BaseLevel(string text)
    {
        var isolates = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is 0x2066 or 0x2067 or 0x2068)
            {
                isolates++;
                continue;
            }
            if (rune.Value == 0x2069)
            {
                if (isolates > 0)
                    isolates--;
                continue;
            }
            if (isolates > 0)
                continue;
            var type = BidiClasses.Of(rune.Value);
            if (type == BidiClass.L)
                return 0;
            if (type is BidiClass.R or BidiClass.AL)
                return 1;
        }
        return 0;
    }

    /// <summary>The level of each UTF-16 unit of <paramref name="text"/>; the two halves of a surrogate pair share
    /// one.</summary>
    public static byte[] Resolve(string text, byte baseLevel)
    {
        var types = new BidiClass[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                types[i] = types[i + 1] = BidiClasses.Of(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
                types[i] = BidiClasses.Of(text[i]);
        }
        var levels = new byte[text.Length];
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && types[i] != BidiClass.B)
                continue;
            ResolveSegment(text, types, start, i, baseLevel, levels);
            if (i < text.Length)
                levels[i] = baseLevel;
            start = i + 1;
        }
        return levels;
    }

    private static void ResolveSegment(
        string text,
        BidiClass[] original,
        int start,
        int end,
        byte baseLevel,
        byte[] levels
    )
    {
        // X9: boundary neutrals take no part; they get the level of what precedes them.
        var indexes = new List<int>(end - start);
        for (var i = start; i < end; i++)
            if (original[i] != BidiClass.BN)
                indexes.Add(i);
        var types = indexes.Select(i => original[i]).ToArray();
        var edge = baseLevel % 2 == 0 ? BidiClass.L : BidiClass.R;
        ResolveWeak(types, edge);
        BracketPairs.Resolve(text, indexes, original, types, edge);
        ResolveNeutral(types, edge);

        var level = baseLevel;
        var next = 0;
        for (var i = start; i < end; i++)
        {
            if (next < indexes.Count && indexes[next] == i)
                level = Implicit(types[next++], baseLevel);
            levels[i] = level;
        }
        ResetWhitespace(original, start, end, baseLevel, levels);
    }

    /// <summary>W1-W7, over one run whose start and end (sos, eos) have the paragraph's direction.</summary>
    private static void ResolveWeak(BidiClass[] t, BidiClass edge)
    {
        var n = t.Length;
        // W1: a mark takes the type of what it marks.
        for (var k = 0; k < n; k++)
            if (t[k] == BidiClass.NSM)
                t[k] = k == 0 ? edge : t[k - 1];
        // W2: a European number after Arabic letters is an Arabic number. W3: Arabic letters are R.
        var strong = edge;
        for (var k = 0; k < n; k++)
        {
            if (t[k] is BidiClass.L or BidiClass.R or BidiClass.AL)
                strong = t[k];
            else if (t[k] == BidiClass.EN && strong == BidiClass.AL)
                t[k] = BidiClass.AN;
        }
        for (var k = 0; k < n; k++)
            if (t[k] == BidiClass.AL)
                t[k] = BidiClass.R;
        // W4: one separator between two numbers of a kind joins them (1,000 or 3-4).
        for (var k = 1; k < n - 1; k++)
        {
            if (t[k - 1] == BidiClass.EN && t[k + 1] == BidiClass.EN && t[k] is BidiClass.ES or BidiClass.CS)
                t[k] = BidiClass.EN;
            else if (t[k - 1] == BidiClass.AN && t[k + 1] == BidiClass.AN && t[k] == BidiClass.CS)
                t[k] = BidiClass.AN;
        }
        // W5: terminators next to a European number belong to it ($5, 40%).
        for (var k = 0; k < n; )
        {
            if (t[k] != BidiClass.ET)
            {
                k++;
                continue;
            }
            var run = k;
            while (run < n && t[run] == BidiClass.ET)
                run++;
            if (k > 0 && t[k - 1] == BidiClass.EN || run < n && t[run] == BidiClass.EN)
                for (var j = k; j < run; j++)
                    t[j] = BidiClass.EN;
            k = run;
        }
        // W6: other separators and terminators are neutral.
        for (var k = 0; k < n; k++)
            if (t[k] is BidiClass.ES or BidiClass.ET or BidiClass.CS)
                t[k] = BidiClass.ON;
        // W7: a European number in left-to-right text is left to right.
        strong = edge;
        for (var k = 0; k < n; k++)
        {
            if (t[k] is BidiClass.L or BidiClass.R)
                strong = t[k];
            else if (t[k] == BidiClass.EN && strong == BidiClass.L)
                t[k] = BidiClass.L;
        }
    }

    /// <summary>N1-N2: neutrals between two strong types of one direction take it (numbers count as R); others the
    /// paragraph's.</summary>
    private static void ResolveNeutral(BidiClass[] t, BidiClass edge)
    {
        var n = t.Length;
        for (var k = 0; k < n; )
        {
            if (!IsNeutral(t[k]))
            {
                k++;
                continue;
            }
            var run = k;
            while (run < n && IsNeutral(t[run]))
                run++;
            var before = k == 0 ? edge : Direction(t[k - 1]);
            var after = run == n ? edge : Direction(t[run]);
            var resolved = before == after ? before : edge;
            for (var j = k; j < run; j++)
                t[j] = resolved;
            k = run;
        }
    }

    private static bool IsNeutral(BidiClass type) => type is BidiClass.ON or BidiClass.WS or BidiClass.S or BidiClass.B;

    private static BidiClass Direction(BidiClass type) => type == BidiClass.L ? BidiClass.L : BidiClass.R;

    /// <summary>I1-I2.</summary>
    private static byte Implicit(BidiClass type, byte baseLevel) =>
        (baseLevel % 2, type) switch
        {
            (0, BidiClass.R) => (byte)(baseLevel + 1),
            (0, BidiClass.AN or BidiClass.EN) => (byte)(baseLevel + 2),
            (1, BidiClass.L or BidiClass.EN or BidiClass.AN) => (byte)(baseLevel + 1),
            _ => baseLevel,
        };

    /// <summary>L1: tabs, and whitespace before a tab or at the end, go back to the paragraph's level.</summary>
    private static void ResetWhitespace(BidiClass[] original, int start, int end, byte baseLevel, byte[] levels)
    {
        var trailing = true;
        for (var i = end - 1; i >= start; i--)
        {
            var type = original[i];
            if (type == BidiClass.S)
            {
                levels[i] = baseLevel;
                trailing = true;
            }
            else if (trailing && type is BidiClass.WS or BidiClass.BN)
                levels[i] = baseLevel;
            else
                trailing = false;
        }
    }
}
