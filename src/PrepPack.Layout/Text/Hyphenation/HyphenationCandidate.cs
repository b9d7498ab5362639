namespace PrepPack.Layout.Text.Hyphenation;

/// <summary>
/// Which words may be hyphenated, and which of their letters. Never a word with a digit in it
/// ("B2B", "10x"), an acronym or a name with a capital inside ("SQL", "iPhone", "PowerBI"), a web
/// or mail address or a path, a part of a hyphenated compound (it breaks at its own hyphen), a
/// word with an apostrophe, a word of fewer than five letters, or of more than any word has (a run of
/// letters that long is cut where it must be, not hyphenated). Punctuation around a word
/// ("(definitions),") stays with the letters next to it.
/// </summary>
internal static class HyphenationCandidate
{
    public const int MinLetters = 5;

    /// <summary>Longer than the longest English word (45 letters): a run of letters this long is not a word.</summary>
    public const int MaxLetters = 64;

    /// <summary>The range of letters in text[start..end) that may take a hyphen, or null.</summary>
    public static (int Start, int End)? Letters(string text, int start, int end)
    {
        var from = start;
        while (from < end && !char.IsLetter(text[from]))
            from++;
        var to = end;
        while (to > from && !char.IsLetter(text[to - 1]))
            to--;
        if (to - from is < MinLetters or > MaxLetters)
            return null;
        for (var i = from; i < to; i++)
            if (!char.IsLetter(text[i]) || i > from && char.IsUpper(text[i]))
                return null;
        return InPlainWord(text, start, end) ? (from, to) : null;
    }

    private const int MaxRun = 2 * MaxLetters;

    /// <summary>Whether the whole run of text between spaces around the word reads as a word, not a number, address or
    /// compound.</summary>
    private static bool InPlainWord(string text, int start, int end)
    {
        // A run longer than a word and its punctuation is no plain word, and is not looked through to its ends.
        var from = start;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
            if (end - --from > MaxRun)
                return false;
        var to = end;
        while (to < text.Length && !char.IsWhiteSpace(text[to]))
            if (++to - from > MaxRun)
                return false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsDigit(c) || c is '/' or '\\' or '@' or '_' or '-' or '\u2010' or '\u2011')
                return false;
            // "example.com", "Node.js", "mailto:": a dot or colon with a letter after it.
            if (c is '.' or ':' && i + 1 < to && char.IsLetter(text[i + 1]))
                return false;
        }
        return true;
    }
}
