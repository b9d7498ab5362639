using System.Globalization;
using System.Text;

namespace PrepPack.Layout.Pdf.Objects;

/// <summary>
/// Rewrites the indirect references ("12 0 R") in an object's PDF text under new object numbers.
/// Strings, hex strings, names and comments are passed over whole, so digits inside them
/// ("(see 12 0 R)", "/F1 0 R") are never taken for a reference.
/// </summary>
internal static class ObjectRenumbering
{
    public static string Renumber(string text, IReadOnlyDictionary<int, int> numbers)
    {
        var output = new StringBuilder(text.Length + 16);
        var at = 0;
        while (at < text.Length)
        {
            var c = text[at];
            int end;
            if (c == '(')
                end = LiteralStringEnd(text, at);
            else if (c == '<')
                end = at + 1 < text.Length && text[at + 1] == '<' ? at + 2 : ClosingEnd(text, at, '>');
            else if (c == '/')
                end = RegularEnd(text, at + 1);
            else if (c == '%')
                end = ClosingEnd(text, at, '\n');
            else if (char.IsAsciiDigit(c) && (at == 0 || !IsRegular(text[at - 1])))
            {
                end = RegularEnd(text, at);
                if (
                    IsReference(text, at, end)
                    && Number(text, at, end) is { } number
                    && numbers.TryGetValue(number, out var renumbered)
                )
                {
                    output.Append(renumbered);
                    at = end;
                    continue;
                }
            }
            else
                end = at + 1;
            output.Append(text, at, end - at);
            at = end;
        }
        return output.ToString();
    }

    /// <summary>Whether the whole number from <paramref name="at"/> to <paramref name="end"/> begins "N G R".</summary>
    private static bool IsReference(string text, int at, int end)
    {
        if (Digits(text, at) != end)
            return false;
        var generation = Spaces(text, end);
        var afterGeneration = Digits(text, generation);
        var r = Spaces(text, afterGeneration);
        return generation > end
            && afterGeneration > generation
            && (afterGeneration == text.Length || !IsRegular(text[afterGeneration]))
            && r > afterGeneration
            && r < text.Length
            && text[r] == 'R'
            && (r + 1 == text.Length || !IsRegular(text[r + 1]));
    }

    private static int? Number(string text, int at, int end) =>
        int.TryParse(text.AsSpan(at, end - at), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    private static int ClosingEnd(string text, int at, char closing) =>
        text.IndexOf(closing, at + 1) is var close and >= 0 ? close + 1 : text.Length;

    private static int LiteralStringEnd(string text, int at)
    {
        var depth = 0;
        for (var i = at; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0)
                        return i + 1;
                    break;
            }
        }
        return text.Length;
    }

    private static int RegularEnd(string text, int at)
    {
        while (at < text.Length && IsRegular(text[at]))
            at++;
        return at;
    }

    private static int Digits(string text, int at)
    {
        while (at < text.Length && char.IsAsciiDigit(text[at]))
            at++;
        return at;
    }

    private static int Spaces(string text, int at)
    {
        while (at < text.Length && IsSpace(text[at]))
            at++;
        return at;
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f' or '\0';

    /// <summary>A character that continues a token: neither white space nor a delimiter.</summary>
    private static bool IsRegular(char c) =>
        !IsSpace(c) && c is not ('(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%');
}
