using PrepPack.Content.Schema;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Practice;

/// <summary>
/// How the user's log can take one more answer as text added at its end, leaving every byte before
/// it as it was: what goes first (a line end the file lacks, an <c>answers:</c> line, a new log's
/// opening), the indentation of the answers already there, their line ends and how their dates
/// are quoted. A log laid out so that text at its end would not join its list is refused, at the
/// line to change.
/// </summary>
internal sealed record PracticeLogShape(string Lead, int Indent, string NewLine, char? DateQuote)
{
    /// <summary>A new log's opening: the line naming its schema for the editor, as every content file has, and what it
    /// is.</summary>
    private static readonly string Header =
        ContentSchemas.Named("practice-log").Modeline
        + "\n"
        + """
            # Your practice: one entry per answer said aloud. 'preppack practice' adds to it; add your own
            # after practising away from the computer (date, and question or story; time and scores if you have them).
            answers:

            """;

    private const string OwnLines =
        "Write each answer on lines of its own under 'answers:', each starting with '- ', as docs/practice.md shows "
        + "under 'The practice log'; with no answers yet, leave nothing after 'answers:'.";

    /// <summary>The shape of <paramref name="text"/>, the log at <paramref name="path"/>.</summary>
    /// <exception cref="PracticeLogException">The log does not read, or an answer added at its end would not join its
    /// list.</exception>
    public static PracticeLogShape Of(string path, string text)
    {
        var newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var ended = text.Length == 0 || text.EndsWith('\n') ? "" : newLine;
        if (text.Length == 0)
            return new PracticeLogShape(Header, 2, "\n", null);
        // Comments only, or nothing at all yet: the list starts after them.
        if (IsBlank(text))
            return new PracticeLogShape(ended + "answers:" + newLine, 2, newLine, null);

        var diagnostics = new DiagnosticBag();
        if (
            YamlFile.ParseMapping(
                path,
                text,
                diagnostics,
                "'answers:'",
                "Start the file with 'answers:' on a line of its own."
            )
            is not { } root
        )
        {
            var first = diagnostics.First(d => d.IsError);
            throw PracticeLogException.NotAppendable(
                first.Location,
                $"The practice log does not read as it is now: {first.Message}",
                $"{first.Hint} Until it reads, practice adds no answer to it.".Trim()
            );
        }
        if (root.Style == MappingStyle.Flow)
            throw PracticeLogException.NotAppendable(
                Positions.At(path, root),
                "The practice log is written in braces ('{answers: …}'), so an answer added at its end would be "
                    + "outside them.",
                OwnLines
            );

        var at = root
            .Children.Select((pair, index) => (pair, index))
            .FirstOrDefault(p => p.pair.Key is YamlScalarNode { Value: "answers" });
        if (at.pair.Key is null)
        {
            // No list yet, under other fields: one starts at the end, at the fields' indentation.
            var column = (int)root.Start.Column - 1;
            return new PracticeLogShape(
                ended + new string(' ', column) + "answers:" + newLine,
                column + 2,
                newLine,
                null
            );
        }
        var (key, value) = at.pair;
        if (at.index < root.Children.Count - 1)
        {
            var next = root.Children[at.index + 1].Key;
            throw PracticeLogException.NotAppendable(
                Positions.At(path, next),
                $"'answers:' is not the last field of the practice log: '{(next as YamlScalarNode)?.Value}' comes "
                    + "after its list, so an answer added at the end would not join it.",
                $"Move '{(next as YamlScalarNode)?.Value}:' and what it holds above 'answers:', so the list of "
                    + "answers ends the file."
            );
        }
        return value switch
        {
            YamlSequenceNode { Style: SequenceStyle.Flow } => throw PracticeLogException.NotAppendable(
                Positions.At(path, value),
                "The answers are written in brackets ('answers: [ … ]'), so an answer added at the end of the file "
                    + "would be outside them.",
                OwnLines
            ),
            YamlSequenceNode list => new PracticeLogShape(ended, (int)list.Start.Column - 1, newLine, Quote(list)),
            YamlScalarNode { Value: "", Style: ScalarStyle.Plain } => new PracticeLogShape(
                ended,
                (int)key.Start.Column + 1,
                newLine,
                null
            ),
            _ => throw PracticeLogException.NotAppendable(
                Positions.At(path, value),
                $"'answers:' is followed by {Shown(value)} on its line, not by a list of answers below it.",
                OwnLines
            ),
        };
    }

    /// <summary>The text to add at the end of the log for <paramref name="entry"/>.</summary>
    public string Text(Content.Model.PracticeEntry entry) =>
        Lead + PracticeLogWriter.Item(entry, Indent, NewLine, DateQuote);

    /// <summary>The quote around the dates of the answers already there, so the new one is written alike.</summary>
    private static char? Quote(YamlSequenceNode list) =>
        list
            .Children.OfType<YamlMappingNode>()
            .Reverse()
            .Select(m => m.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "date" }).Value)
            .OfType<YamlScalarNode>()
            .Select(d => d.Style)
            .FirstOrDefault() switch
        {
            ScalarStyle.SingleQuoted => '\'',
            ScalarStyle.DoubleQuoted => '"',
            _ => null,
        };

    private static string Shown(YamlNode value) =>
        value switch
        {
            YamlScalarNode scalar => $"'{scalar.Value}'",
            YamlMappingNode => "fields",
            _ => "something else",
        };

    public static bool IsBlank(string text) =>
        text.Split('\n').All(l => l.Trim().Length == 0 || l.TrimStart().StartsWith('#'));
}
