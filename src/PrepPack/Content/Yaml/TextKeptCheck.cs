using PrepPack.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace PrepPack.Content.Yaml;

/// <summary>
/// Finds text the user typed that YAML leaves out or reshapes without a word, in a file that parsed:
/// a ' #' in a value (a comment: the rest of the line is dropped) and a line starting with '- ' that
/// is folded into the text above it (an item indented off its list). Both are found from the
/// scanner's tokens, which keep comments and the place of every value.
/// </summary>
internal static class TextKeptCheck
{
    public static void Run(string path, string text, DiagnosticBag diagnostics)
    {
        var tokens = new List<Token>();
        try
        {
            var scanner = new Scanner(new StringReader(text), skipComments: false);
            while (scanner.MoveNext())
                tokens.Add(scanner.Current!);
        }
        catch (YamlException)
        {
            // The scanner keeping comments is stricter than the parser that read the file; what it
            // refuses is not a problem of the user's, so nothing more is said.
            return;
        }
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is Comment { IsInline: true } comment)
                CutByComment(path, tokens, i, comment, lines, diagnostics);
            else if (tokens[i] is Anchor or Tag)
                ReadAsMarkup(path, tokens[i], lines, diagnostics);
            else if (tokens[i] is Scalar { Style: ScalarStyle.Plain or ScalarStyle.Folded } scalar)
                FoldedDashes(path, tokens, i, scalar, lines, diagnostics);
        }
    }

    private static void CutByComment(
        string path,
        List<Token> tokens,
        int at,
        Comment comment,
        string[] lines,
        DiagnosticBag diagnostics
    )
    {
        var (line, column) = ((int)comment.Start.Line, (int)comment.Start.Column);
        var source = lines[line - 1];
        if (column - 1 >= source.Length || source[column - 1] != '#' || SetApart(source, column - 1))
            return;
        var cut = source[(column - 1)..].TrimEnd();
        var before = Before(tokens, at);
        string kept;
        if (
            before is Scalar { Style: ScalarStyle.Plain } value
            && IsValue(tokens, at - 1)
            && value.End.Line == comment.Start.Line
        )
            kept = value.Value;
        else if (before is Value or BlockEntry && IsEmptyValue(before, After(tokens, at)))
            kept = "";
        else
            return;

        var reads = kept.Length == 0 ? "this value is empty" : $"this value reads only '{kept}'";
        diagnostics.Warning(
            new SourceLocation(path, line, column),
            DiagnosticCodes.CommentCutsValue,
            $"In YAML ' #' starts a comment, so '{cut}' is left out of the pack and {reads}.",
            $"To keep it, put the whole value in quotes: {YamlQuote.Of((kept + " " + cut).Trim())}. A note for "
                + "yourself goes on a line of its own."
        );
    }

    /// <summary>
    /// '!Important fix' and '&amp;team lead' print as "fix" and "lead": YAML reads a first word starting
    /// with '!' as a tag and one starting with '&amp;' as an anchor. A story bank needs neither.
    /// </summary>
    private static void ReadAsMarkup(string path, Token token, string[] lines, DiagnosticBag diagnostics)
    {
        if (token.Start.Line != token.End.Line)
            return;
        var source = lines[(int)token.Start.Line - 1];
        var (from, to) = ((int)token.Start.Column - 1, Math.Min((int)token.End.Column - 1, source.Length));
        if (from >= to)
            return;
        var word = source[from..to];
        var value = source[from..].Trim();
        var what = token is Tag ? "a tag" : "an anchor";
        diagnostics.Warning(
            new SourceLocation(path, (int)token.Start.Line, (int)token.Start.Column),
            DiagnosticCodes.WordReadAsMarkup,
            $"YAML reads '{word}' at the start of a value as {what}, not as text, so it is left out of the pack.",
            $"To keep it, put the whole value in quotes: {YamlQuote.Of(value)}."
        );
    }

    /// <summary>A note set apart on purpose: two spaces or more (or a tab) before the '#' and a space after it, as in
    /// <c>primary: quote-funnel   # the story to tell</c>. Text typed as part of a value (<c>#12</c>, <c>issue # 4</c>)
    /// is not.</summary>
    private static bool SetApart(string line, int hash)
    {
        var spaces = 0;
        var tab = false;
        for (var i = hash - 1; i >= 0 && line[i] is ' ' or '\t'; i--)
        {
            spaces++;
            tab |= line[i] == '\t';
        }
        // Nobody types a tab inside a sentence: one before the '#' sets the note apart as two spaces do.
        return (spaces >= 2 || tab) && (hash + 1 >= line.Length || line[hash + 1] is ' ' or '\t');
    }

    /// <summary>Whether the scalar at <paramref name="at"/> is a value (after ':', '- ' or in a flow list), not a field
    /// name.</summary>
    private static bool IsValue(List<Token> tokens, int at) =>
        Before(tokens, at) is Value or BlockEntry or FlowEntry or FlowSequenceStart;

    /// <summary>What follows a comment after ':' or '- ' when nothing is written there: no group, list or block
    /// of text. A '- ' after a field's ':' starts its list; after an item's '- ' it starts the next item.</summary>
    private static bool IsEmptyValue(Token before, Token? next) =>
        next switch
        {
            BlockEntry => before is BlockEntry,
            BlockMappingStart or BlockSequenceStart or FlowSequenceStart or FlowMappingStart or Anchor or Tag => false,
            Scalar { Style: ScalarStyle.Literal or ScalarStyle.Folded } => false,
            _ => true,
        };

    private static Token? Before(List<Token> tokens, int at)
    {
        for (var i = at - 1; i >= 0; i--)
            if (tokens[i] is not Anchor and not Tag)
                return tokens[i];
        return null;
    }

    private static Token? After(List<Token> tokens, int at)
    {
        for (var i = at + 1; i < tokens.Count; i++)
            if (tokens[i] is not Comment)
                return tokens[i];
        return null;
    }

    private static int FirstIndent(string[] lines, int after, int last)
    {
        for (var line = after + 1; line <= last; line++)
            if (lines[line - 1].Trim().Length > 0)
                return lines[line - 1].Length - lines[line - 1].TrimStart(' ').Length;
        return int.MaxValue;
    }

    private static void FoldedDashes(
        string path,
        List<Token> tokens,
        int at,
        Scalar scalar,
        string[] lines,
        DiagnosticBag diagnostics
    )
    {
        if (!IsValue(tokens, at))
            return;
        var item = Before(tokens, at) is BlockEntry entry ? entry : null;
        var last = Math.Min((int)scalar.End.Line, lines.Length);
        // A '>' block ends where its lines stop being indented as its first; its end mark is on the line after.
        var least = scalar.Style == ScalarStyle.Folded ? FirstIndent(lines, (int)scalar.Start.Line, last) : 0;
        // A plain value's first line counts when the value starts a line of its own, below its field.
        var first =
            scalar.Style == ScalarStyle.Plain && Before(tokens, at) is { } before && before.End.Line < scalar.Start.Line
                ? (int)scalar.Start.Line
                : (int)scalar.Start.Line + 1;
        for (var line = first; line <= last; line++)
        {
            var source = lines[line - 1];
            var text = source.TrimStart(' ');
            var column = source.Length - text.Length + 1;
            if (text.Length > 0 && column - 1 < least)
                break;
            if (Bullet(text) is not { } bullet)
                continue;
            var hint =
                bullet != "- "
                    ? $"YAML makes a list only of lines that start with '- ' (a dash and a space): write '- "
                        + $"{text[bullet.Length..].TrimStart()}', each item lined up under the one before."
                : item is null
                    ? "A text value is one piece of text: to keep this line as part of it, remove the '-' or put the "
                        + "whole value in quotes; if it is meant as its own item, the field must be a list."
                : $"Line up the dashes: start this '- ' at column {item.Start.Column}, under the '- ' on line "
                    + $"{item.Start.Line}, to make it an item of its own.";
            diagnostics.Warning(
                new SourceLocation(path, line, column),
                DiagnosticCodes.DashFoldedIntoText,
                $"This line starts with '{bullet.TrimEnd()}' but is not an item of a list: YAML reads it as "
                    + (
                        line == (int)scalar.Start.Line
                            ? $"text, '{bullet.TrimEnd()}' and all."
                            : "more of the text above, and the lines print as one."
                    ),
                hint
            );
        }
    }

    /// <summary>How a line meant as a list item starts: '- ' indented off its list, '-' with no space, or a bullet YAML
    /// does not know.</summary>
    private static string? Bullet(string text)
    {
        if (text.StartsWith("- ", StringComparison.Ordinal) || text == "-")
            return "- ";
        if (text.Length > 1 && text[0] == '-' && char.IsLetter(text[1]))
            return "-";
        if (text.Length > 1 && text[0] is '•' or '‣' or '◦' or '–' or '—' && text[1] == ' ')
            return text[..2];
        return null;
    }
}
