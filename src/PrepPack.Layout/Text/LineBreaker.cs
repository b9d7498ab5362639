namespace PrepPack.Layout.Text;

/// <summary>
/// Where a line may break, following the parts of Unicode's line breaking rules (UAX #14) that
/// matter in Latin prose: after spaces, after hyphens and dashes inside words, around CJK
/// ideographs, after zero-width spaces; never at a no-break space (U+00A0, U+202F, U+2007),
/// a non-breaking hyphen (U+2011) or a word joiner (U+2060). A newline forces a break.
/// Figures stay whole: never inside a range ("10-15%", "2–3 h", "2 – 3"), nor between a number
/// and the unit after it ("15 min", "3 x"; the units are <see cref="UnitWords"/>), nor at the
/// hyphen of a compound with a figure in it ("200k-row", "30-bed", "COVID-19"), nor inside a
/// count or a time out of another ("3 of 5", "0:59 of 2:00"). A middle dot or an arrow goes
/// with the word after it ("· failure", "→ learning"), never at the end of a line; and a
/// compound does not break at its hyphen to leave a piece of under four letters ("Follow-ups").
/// </summary>
public static class LineBreaker
{
    public enum Break : byte
    {
        None,
        Allowed,
        Mandatory,
    }

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
        if (before == '\n')
            return Break.Mandatory;
        if (char.IsHighSurrogate(before) || after == '\n')
            return Break.None;
        if (IsGlue(before) || IsGlue(after))
            return Break.None;
        if (before == '\u200B')
            return Break.Allowed;
        if (IsSpace(before))
            return IsSpace(after) || KeepsWithFigure(text, i) || LeadsOn(text, i) || InCountOf(text, i)
                ? Break.None
                : Break.Allowed;
        if (IsSpace(after))
            return Break.None;
        if (before is '-' or '\u2010' or '\u2013' && i >= 2 && char.IsDigit(text[i - 2]) && char.IsDigit(after))
            return Break.None;
        if (before is '-' or '\u2010' && i >= 2 && char.IsLetterOrDigit(text[i - 2]) && char.IsLetterOrDigit(after))
            return HoldsFigure(text, i - 1) || Piece(text, i - 2, -1) < 4 || Piece(text, i, 1) < 4
                ? Break.None
                : Break.Allowed;
        if (before is '\u2013' or '\u2014' || after == '\u2014')
            return Break.Allowed;
        if (before == '/' && char.IsLetter(after) && i >= 2 && char.IsLetter(text[i - 2]))
            return Break.Allowed;
        if (IsIdeograph(before) && !IsClosing(after) || IsIdeograph(after) && !IsOpening(before))
            return Break.Allowed;
        return Break.None;
    }

    /// <summary>After spaces, at text[i]: a unit after a number, an en dash after a number with a number
    /// after it, or the number after such a dash, belongs on the line of what came before.</summary>
    private static bool KeepsWithFigure(string text, int i)
    {
        var before = i - 1;
        while (before >= 0 && IsSpace(text[before]))
            before--;
        if (before < 0)
            return false;
        if (char.IsDigit(text[before]))
            return UnitWords.StartsAt(text, i) || text[i] == '\u2013' && DigitAfterSpaces(text, i + 1);
        if (text[before] != '\u2013' || !char.IsDigit(text[i]))
            return false;
        var number = before - 1;
        while (number >= 0 && IsSpace(text[number]))
            number--;
        return number >= 0 && char.IsDigit(text[number]);
    }

    /// <summary>After spaces, at text[i]: whether the last mark before the spaces is a middle dot or an arrow,
    /// which lead on to the word after them.</summary>
    private static bool LeadsOn(string text, int i)
    {
        var before = i - 1;
        while (before >= 0 && IsSpace(text[before]))
            before--;
        return before >= 0 && IsLeader(text[before]);
    }

    private static bool IsLeader(char c) =>
        c is '\u00B7' or '\u2022' or '\u22C5' or >= '\u2190' and <= '\u21FF' or >= '\u27F5' and <= '\u27FF';

    /// <summary>After spaces, at text[i]: whether the break would split "3 of 5" or "0:59 of 2:00", before or after
    /// "of".</summary>
    private static bool InCountOf(string text, int i)
    {
        var before = i - 1;
        while (before >= 0 && IsSpace(text[before]))
            before--;
        if (before < 0)
            return false;
        // Before "of": a figure ends the word before it, and a figure follows it.
        if (char.IsDigit(text[before]) && IsOf(text, i) && DigitAfterSpaces(text, i + 2))
            return true;
        // After "of": a figure starts here, and "of" follows a figure.
        if (!char.IsDigit(text[i]) || before < 1 || !IsOf(text, before - 1))
            return false;
        var figure = before - 2;
        while (figure >= 0 && IsSpace(text[figure]))
            figure--;
        return figure >= 0 && figure < before - 2 && char.IsDigit(text[figure]);
    }

    private static bool IsOf(string text, int i) =>
        i >= 0
        && i + 2 <= text.Length
        && text[i] == 'o'
        && text[i + 1] == 'f'
        && (i + 2 == text.Length || IsSpace(text[i + 2]))
        && (i == 0 || IsSpace(text[i - 1]));

    /// <summary>Whether the hyphenated word around text[hyphen] has a digit in it.</summary>
    private static bool HoldsFigure(string text, int hyphen)
    {
        for (var j = hyphen - 1; j >= 0 && !IsSpace(text[j]); j--)
            if (char.IsDigit(text[j]))
                return true;
        for (var j = hyphen + 1; j < text.Length && !IsSpace(text[j]); j++)
            if (char.IsDigit(text[j]))
                return true;
        return false;
    }

    /// <summary>How long the rest of the word is from text[from] in the direction <paramref name="step"/>,
    /// hyphens included: what one side of a break at a hyphen would hold.</summary>
    private static int Piece(string text, int from, int step)
    {
        var count = 0;
        for (
            var j = from;
            j >= 0 && j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] is '-' or '\u2010');
            j += step
        )
            count++;
        return count;
    }

    private static bool DigitAfterSpaces(string text, int i)
    {
        while (i < text.Length && IsSpace(text[i]))
            i++;
        return i < text.Length && char.IsDigit(text[i]);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u2002' or '\u2003' or '\u2009';

    private static bool IsGlue(char c) => c is '\u00A0' or '\u202F' or '\u2007' or '\u2011' or '\u2060' or '\uFEFF';

    private static bool IsIdeograph(char c) =>
        c
            is >= '\u3040'
                and <= '\u30FF'
                or >= '\u3400'
                and <= '\u9FFF'
                or >= '\uAC00'
                and <= '\uD7AF'
                or >= '\uF900'
                and <= '\uFAFF';

    private static bool IsClosing(char c) => c is '。' or '、' or '」' or '）' or '.' or ',' or ')' or '!' or '?';

    private static bool IsOpening(char c) => c is '「' or '（' or '(';
}
