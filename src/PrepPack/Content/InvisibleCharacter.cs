namespace PrepPack.Content;

/// <summary>
/// Formatting characters that print as nothing yet change the text: zero-width spaces and word
/// joiners (they split or glue words for search, copy and line breaking) and the bidirectional
/// embeddings, overrides and isolates (an override prints the text after it backwards). They come
/// in with text pasted from web pages and chat programs and no editor shows them by default, so
/// each file that holds one is warned about at the first. Joiners that shape emoji and scripts
/// (U+200C, U+200D) and the direction marks right-to-left text needs (U+200E, U+200F) are left alone.
/// </summary>
public static class InvisibleCharacter
{
    /// <summary>Where the first such character is (1-based line and column), which it is, and how many there
    /// are.</summary>
    public static (int Line, int Column, char Character, int Count)? Find(string text) =>
        CharacterScan.First(text, (c, _) => Name(c) is not null);

    /// <summary>What the character is, in words; null for every other character.</summary>
    public static string? Name(char c) =>
        c switch
        {
            '\u200B' => "a zero-width space",
            '\u2060' => "a word joiner",
            '\uFEFF' => "a zero-width no-break space (a byte order mark inside the text)",
            '\u180E' => "a Mongolian vowel separator, which prints as nothing",
            '\u202A' or '\u202B' => "a direction embedding",
            '\u202C' => "a pop-direction mark",
            '\u202D' => "a left-to-right override",
            '\u202E' => "a right-to-left override, which prints the text after it backwards",
            >= '\u2066' and <= '\u2069' => "a direction isolate",
            _ => null,
        };

    public static string Message(char c, int count) =>
        $"This file holds U+{(int)c:X4} ({Name(c)}) here, an invisible character: it prints as nothing, yet it "
        + "changes how the words around it are searched, copied, broken across lines or ordered."
        + (count > 1 ? $" It is the first of {count} such characters in this file." : "");

    public const string Hint =
        "Delete it: put the cursor at this line and column and press Delete until the next visible character moves "
        + "(VS Code highlights such characters). They usually come in with text pasted from a web page or a chat.";
}
