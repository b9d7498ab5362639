using System.Text;

namespace PrepPack.Content;

/// <summary>
/// Characters no one types on purpose in a story, a profile or a template: control characters
/// other than tab and line breaks (a carriage return counts as a line break only before a line
/// feed, as Windows saves lines). They are invisible in most editors, yet one splits an Anki note
/// into fields (U+001F) or cuts the text after it (U+0000), so they are refused wherever they are.
/// </summary>
public static class ControlCharacter
{
    /// <summary>Whether <paramref name="c"/> is refused in text; a CR is judged with the character after it.</summary>
    public static bool IsRefused(char c, char next) =>
        c == '\r' ? next != '\n' : c is not ('\t' or '\n') && char.IsControl(c);

    /// <summary>Where the first refused character of the text is (1-based line and column), and how many there
    /// are.</summary>
    public static (int Line, int Column, char Character, int Count)? Find(string text) =>
        CharacterScan.First(text, IsRefused);

    /// <summary>"U+001F (the unit separator)": the code, and a name where the character has a common one.</summary>
    public static string Describe(char c)
    {
        var name = c switch
        {
            '\0' => "the null character, NUL",
            '\b' => "a backspace",
            '\v' => "a vertical tab",
            '\f' => "a form feed, or page break",
            '\r' => "a carriage return not followed by a line feed",
            '\u001B' => "the escape character",
            '\u001C' or '\u001D' or '\u001E' => "a separator character",
            '\u001F' => "the unit separator, which Anki uses between the fields of a note",
            '\u007F' => "the delete character",
            _ => "a control character",
        };
        return $"U+{(int)c:X4} ({name})";
    }

    /// <summary>The message for a refused character, and how many more follow it.</summary>
    public static string Message(char c, int count)
    {
        var more = count > 1 ? $" It is the first of {count} such characters in this file." : "";
        return new StringBuilder(
            $"This file holds {Describe(c)} here, an invisible character that has no place in the text: "
        )
            .Append("it would reach the pack and the exports as it is, or cut the text at it.")
            .Append(more)
            .ToString();
    }

    public const string Hint =
        "Delete it: put the cursor at this line and column and press Delete (VS Code shows it as a small red box; "
        + "other editors may show nothing). "
        + "Such characters usually come in with text pasted from another program.";
}
