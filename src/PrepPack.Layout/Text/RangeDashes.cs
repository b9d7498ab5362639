using System.Text;

namespace PrepPack.Layout.Text;

/// <summary>
/// A range of figures typed with a hyphen ("2-3 h", "10-15%") set as typesetters set it, with an en
/// dash: "2–3 h". Only a lone hyphen between two plain numbers changes; a date ("2026-11-21"), a
/// compound ("30-bed", "COVID-19") or a code with letters ("A-12") keeps its hyphen.
/// </summary>
public static class RangeDashes
{
    public static string Apply(string text)
    {
        if (text.IndexOf('-') < 0)
            return text;
        StringBuilder? result = null;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] != '-' || !IsRange(text, i))
                continue;
            (result ??= new StringBuilder(text))[i] = '\u2013';
        }
        return result?.ToString() ?? text;
    }

    private static bool IsRange(string text, int hyphen)
    {
        var start = NumberStart(text, hyphen - 1);
        var end = NumberEnd(text, hyphen + 1);
        if (start < 0 || end < 0)
            return false;
        // The token must be the two numbers alone: nothing joined on before, and after only a unit or punctuation.
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '.' or '/' or ':'))
            return false;
        if (
            end < text.Length
            && (
                char.IsDigit(text[end])
                || text[end] is '-' or '/'
                || text[end] == '.' && end + 1 < text.Length && char.IsDigit(text[end + 1])
            )
        )
            return false;
        // "2-3h" or "2-3 h" keeps a unit; "30-bed" is no range (the letters run on from the number as a word).
        return end == text.Length || !char.IsLetter(text[end]) || UnitWords.StartsAt(text, end);
    }

    /// <summary>Where the number ending at text[last] starts, or -1 when text[last] is no digit.</summary>
    private static int NumberStart(string text, int last)
    {
        if (last < 0 || !char.IsDigit(text[last]))
            return -1;
        var i = last;
        while (i > 0 && (char.IsDigit(text[i - 1]) || text[i - 1] is '.' or ',' && i > 1 && char.IsDigit(text[i - 2])))
            i--;
        return i;
    }

    /// <summary>Where the number starting at text[first] ends (one past it), or -1 when text[first] is no
    /// digit.</summary>
    private static int NumberEnd(string text, int first)
    {
        if (first >= text.Length || !char.IsDigit(text[first]))
            return -1;
        var i = first;
        while (
            i < text.Length
            && (char.IsDigit(text[i]) || text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
        )
            i++;
        return i;
    }
}
