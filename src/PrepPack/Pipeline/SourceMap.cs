using System.Globalization;
using System.Text.RegularExpressions;
using PrepPack.Diagnostics;
using PrepPack.Templates;

namespace PrepPack.Pipeline;

/// <summary>
/// Takes a problem the PDF or Word writer found in the generated Markdown back to the file the
/// user edits: the story, profile or framework line whose text is on that Markdown line, else
/// the template line that wrote it. The Markdown place stays in the hint, as a second note.
/// </summary>
/// <param name="files">Where the content files and templates are read from: the build's snapshot, which has them
/// already.</param>
internal sealed partial class SourceMap(
    string markdownPath,
    string body,
    TemplateLines lines,
    IReadOnlyList<string> contentFiles,
    string template,
    Content.IFileSource files
)
{
    /// <summary>Shorter pieces of text match by chance ("Result", "Task") and say nothing about where they came
    /// from.</summary>
    private const int ShortestPiece = 12;

    private readonly string[] _body = body.Split('\n');

    /// <summary>The content files by name, whatever order they were read in: text two files share is placed in the
    /// same one on every build.</summary>
    private readonly List<string> _contentFiles = contentFiles.Order(StringComparer.Ordinal).ToList();
    private readonly Dictionary<string, string> _content = [];

    public Diagnostic Remap(Diagnostic diagnostic)
    {
        if (diagnostic.File != markdownPath)
            return diagnostic;
        var at =
            diagnostic.Line <= 0 ? SourceLocation.StartOf(template)
            : diagnostic.Code == DiagnosticCodes.TooBigForPage
                ? InBlock(diagnostic.Line) ?? lines.At(diagnostic.Line) ?? SourceLocation.StartOf(template)
            : InContent(diagnostic.Line, Character(diagnostic))
                ?? lines.At(diagnostic.Line)
                ?? SourceLocation.StartOf(template);
        var note = $"(In the Markdown made from it: {diagnostic.Location}.)";
        var message =
            diagnostic.Code == DiagnosticCodes.TooBigForPage
            && _contentFiles.Contains(at.File)
            && Field(at) is { } field
                ? $"{diagnostic.Message} Its longest text is '{field}' in {Path.GetFileName(at.File)}: shorten that "
                    + "first."
                : diagnostic.Message;
        return diagnostic with
        {
            Location = at,
            Message = message,
            Hint = string.IsNullOrEmpty(diagnostic.Hint) ? note : $"{diagnostic.Hint} {note}",
        };
    }

    /// <summary>The YAML field on a line of a content file, with the fields it sits in: "card.action_1".</summary>
    private string? Field(SourceLocation at)
    {
        var lines = Text(at.File).Split('\n');
        if (at.Line < 1 || at.Line > lines.Length)
            return null;
        var path = new List<string>();
        var indent = int.MaxValue;
        for (var i = at.Line - 1; i >= 0 && indent > 0; i--)
        {
            var match = YamlKey().Match(lines[i]);
            if (!match.Success || match.Groups[1].Length >= indent)
                continue;
            indent = match.Groups[1].Length;
            path.Insert(0, match.Groups[2].Value);
        }
        return path.Count == 0 ? null : string.Join('.', path);
    }

    /// <summary>
    /// For something too big for a page (a card, a box): the longest piece of user text in it,
    /// which is the one to shorten. The block runs to its closing ':::' or its first blank line.
    /// </summary>
    private SourceLocation? InBlock(int first)
    {
        var box = first <= _body.Length && _body[first - 1].TrimStart().StartsWith(":::", StringComparison.Ordinal);
        var candidates = new List<int>();
        for (var line = first + (box ? 1 : 0); line <= _body.Length && line < first + 200; line++)
        {
            var text = _body[line - 1].Trim();
            if (box ? text == ":::" : text.Length == 0)
                break;
            candidates.Add(line);
        }
        return candidates
            .OrderByDescending(l => _body[l - 1].Length)
            .Select(l => InContent(l, null))
            .FirstOrDefault(at => at is not null);
    }

    private static string? Character(Diagnostic diagnostic) =>
        CodePoint().Match(diagnostic.Message) is { Success: true } m
            ? char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            : null;

    private SourceLocation? InContent(int line, string? character)
    {
        if (line > _body.Length)
            return null;
        // Text the template wrote itself (a heading, a label) belongs to the template, even when a story says the same.
        if (lines.At(line) is { } written && WrittenThere(written, _body[line - 1]))
            return written;
        var pieces = Pieces(_body[line - 1])
            .Where(p => character is null || p.Contains(character, StringComparison.Ordinal))
            .ToList();
        // The file holding most of the line's longest runs of words: two stories may share a phrase, rarely a whole
        // line.
        var ranked = _contentFiles
            .OrderByDescending(f => pieces.Take(50).Count(p => Text(f).Contains(p, StringComparison.Ordinal)))
            .ToList();
        foreach (var piece in pieces)
        foreach (var file in ranked)
        {
            var text = Text(file);
            var found = text.IndexOf(piece, StringComparison.Ordinal);
            if (found < 0)
                continue;
            if (character is not null)
                found = text.IndexOf(character, found, StringComparison.Ordinal);
            var start = found == 0 ? 0 : text.LastIndexOf('\n', found - 1) + 1;
            return new SourceLocation(file, text.AsSpan(0, found).Count('\n') + 1, found - start + 1);
        }
        return null;
    }

    /// <summary>
    /// The runs of words on a Markdown line that may be user text, longest first: markup, escapes
    /// and classes taken out, split at cells and separators, then every run of whole words, since
    /// a template puts labels ("Lesson") beside the user's words.
    /// </summary>
    private static IEnumerable<string> Pieces(string line)
    {
        var plain = Markup().Replace(Attributes().Replace(line, ""), "").Replace("\\", "");
        var pieces = new List<string>();
        foreach (var part in Separators().Split(plain))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Eight words tell a value apart; longer runs only cost time.
            for (var length = Math.Min(words.Length, 8); length > 0; length--)
            for (var start = 0; start + length <= words.Length; start++)
            {
                var piece = string.Join(' ', words, start, length);
                if (piece.Length >= ShortestPiece || length == words.Length && piece.Length >= 4)
                    pieces.Add(piece);
            }
        }
        return pieces.Distinct().OrderByDescending(p => p.Length);
    }

    /// <summary>Whether the longest piece of the Markdown line is on the template line itself, as raw text.</summary>
    private bool WrittenThere(SourceLocation written, string markdown)
    {
        var lines = Text(written.File).Split('\n');
        if (written.Line < 1 || written.Line > lines.Length)
            return false;
        var piece = Pieces(markdown).FirstOrDefault();
        return piece is not null && lines[written.Line - 1].Contains(piece, StringComparison.Ordinal);
    }

    private string Text(string file)
    {
        if (!_content.TryGetValue(file, out var text))
            _content[file] = text = Content.UserFile.ReadText(file, new DiagnosticBag(), files)?.Replace("\r\n", "\n")
                ?? "";
        return text;
    }

    [GeneratedRegex(@"^( *)(?:- )?([A-Za-z_][A-Za-z0-9_]*):(?:\s|$)")]
    private static partial Regex YamlKey();

    [GeneratedRegex(@"U\+([0-9A-F]{4,6})")]
    private static partial Regex CodePoint();

    [GeneratedRegex(@"\{[.#][^}]*\}")]
    private static partial Regex Attributes();

    [GeneratedRegex(@"^\s*(#+|>|[-*+]|\d+[.)])\s+|\*\*|==|~~|`|(?<!\w)\*|\*(?!\w)")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s*(\||—|·|:\s)\s*")]
    private static partial Regex Separators();
}
