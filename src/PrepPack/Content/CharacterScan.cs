namespace PrepPack.Content;

/// <summary>Finds characters of one kind in a file's text, where people count places: 1-based line and column, a
/// character outside the first plane counted once.</summary>
internal static class CharacterScan
{
    /// <summary>Where the first character <paramref name="picks"/> takes is, which it is, and how many the text
    /// holds; null for none. The test sees each character with the one after it.</summary>
    public static (int Line, int Column, char Character, int Count)? First(string text, Func<char, char, bool> picks)
    {
        (int, int, char)? first = null;
        int count = 0,
            line = 1,
            column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (picks(c, i + 1 < text.Length ? text[i + 1] : '\0'))
            {
                count++;
                first ??= (line, column, c);
            }
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else if (!char.IsLowSurrogate(c))
                column++;
        }
        return first is var (l, col, ch) ? (l, col, ch, count) : null;
    }
}
