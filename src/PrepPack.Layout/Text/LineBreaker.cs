namespace PrepPack.Layout.Text;

/// <summary>
/// Where a line may break, following the parts of Unicode's line breaking rules (UAX #14) that
/// matter in Latin prose: after spaces, after hyphens and dashes inside words, around CJK
/// ideographs, after zero-width spaces; never at a no-break space (U+00A0, U+202F, U+2007),
/// a non-breaking hyphen (U+2011) or a word joiner (U+2060). A newline forces a break.
/// Figures stay whole: never inside a range ("10-15%", "2–3 h", "2 – 3"), nor between a number
/// and the unit after it ("15 min", "3 x"; the units are <see cref="UnitWords"/>).
/// </summary>
public static class LineBreaker
{
    public enum Break : byte { None, Allowed, Mandatory }

    /// <summary>For each index i, whether a line may break before text[i].</summary>
    public static Break[] Opportunities(string text)
    {
        var result = new Break[text.Length + 1];
        for (var i = 1; i < text.Length; i++)
            result[i] = Between(text, i);
        result[text.Length] = Break.Mandatory;
        return result;
    }

    private static Break Between(string text, int i)
    {
        var before = text[i - 1];
        var after = text[i];
        if (before == '\n') return Break.Mandatory;
        if (char.IsHighSurrogate(before) || after == '\n') return Break.None;
        if (IsGlue(before) || IsGlue(after)) return Break.None;
        if (before == '\u200B') return Break.Allowed;
        if (IsSpace(before)) return IsSpace(after) || KeepsWithFigure(text, i) ? Break.None : Break.Allowed;
        if (IsSpace(after)) return Break.None;
        if (before is '-' or '\u2010' or '\u2013' && i >= 2 && char.IsDigit(text[i - 2]) && char.IsDigit(after)) return Break.None;
        if (before is '-' or '\u2010' && i >= 2 && char.IsLetterOrDigit(text[i - 2]) && char.IsLetterOrDigit(after)) return Break.Allowed;
        if (before is '\u2013' or '\u2014' || after == '\u2014') return Break.Allowed;
        if (before == '/' && char.IsLetter(after) && i >= 2 && char.IsLetter(text[i - 2])) return Break.Allowed;
        if (IsIdeograph(before) && !IsClosing(after) || IsIdeograph(after) && !IsOpening(before)) return Break.Allowed;
        return Break.None;
    }

    /// <summary>After spaces, at text[i]: a unit after a number, an en dash after a number with a number
    /// after it, or the number after such a dash, belongs on the line of what came before.</summary>
    private static bool KeepsWithFigure(string text, int i)
    {
        var before = i - 1;
        while (before >= 0 && IsSpace(text[before])) before--;
        if (before < 0) return false;
        if (char.IsDigit(text[before]))
            return UnitWords.StartsAt(text, i) || text[i] == '\u2013' && DigitAfterSpaces(text, i + 1);
        if (text[before] != '\u2013' || !char.IsDigit(text[i])) return false;
        var number = before - 1;
        while (number >= 0 && IsSpace(text[number])) number--;
        return number >= 0 && char.IsDigit(text[number]);
    }

    private static bool DigitAfterSpaces(string text, int i)
    {
        while (i < text.Length && IsSpace(text[i])) i++;
        return i < text.Length && char.IsDigit(text[i]);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u2002' or '\u2003' or '\u2009';

    private static bool IsGlue(char c) => c is '\u00A0' or '\u202F' or '\u2007' or '\u2011' or '\u2060' or '\uFEFF';

    private static bool IsIdeograph(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';

    private static bool IsClosing(char c) => c is '。' or '、' or '」' or '）' or '.' or ',' or ')' or '!' or '?';

    private static bool IsOpening(char c) => c is '「' or '（' or '(';
}
