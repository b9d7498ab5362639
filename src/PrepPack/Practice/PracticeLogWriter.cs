using System.Globalization;
using System.Text;
using PrepPack.Build;
using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Content.Readers;
using PrepPack.Content.Schema;
using PrepPack.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Practice;

/// <summary>
/// Adds a practised answer to the end of the practice log, keeping every line the user wrote
/// (comments, answers added by hand), and replaces the file all at once: stopped at any moment,
/// the log is as it was or has the new answer, never half of it.
/// </summary>
public static class PracticeLogWriter
{
    /// <summary>A new log's opening: the line naming its schema for the editor, as every content file has, and what it is.</summary>
    private static readonly string Header = ContentSchemas.Named("practice-log").Modeline + "\n" + """
        # Your practice: one entry per answer said aloud. 'preppack practice' adds to it; add your own
        # after practising away from the computer (date, and question or story; time and scores if you have them).
        answers:

        """;

    public static void Append(string path, PracticeEntry entry)
    {
        var before = File.Exists(path) ? File.ReadAllText(path) : "";
        var item = Item(entry);
        var text = AppendedText(before, item) is { } appended && Holds(path, appended, Count(path, before) + 1)
            ? appended
            : Whole(path, before, item);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.Write(path, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>One answer as the log writes it, indented as an item of <c>answers:</c>.</summary>
    public static string Item(PracticeEntry entry)
    {
        var lines = new List<string> { $"- date: {entry.Date.ToString(PracticeLogReader.DateFormat, CultureInfo.InvariantCulture)}" };
        if (entry.Question is { } question) lines.Add($"  question: {question.Id}");
        if (entry.Story is { } story) lines.Add($"  story: {story.Id}");
        // Quoted: some YAML readers take an unquoted 1:45 for a number in base 60.
        if (entry.Seconds is { } seconds) lines.Add($"  time: \"{SpeakingTime.Format(seconds)}\"");
        if (entry.Clarity is { } clarity) lines.Add($"  clarity: {clarity}");
        if (entry.Metrics is { } metrics) lines.Add($"  metrics: {metrics}");
        if (entry.Reflection is { } reflection) lines.Add($"  reflection: {reflection}");
        return string.Concat(lines.Select(l => "  " + l + "\n"));
    }

    /// <summary>
    /// The log with the item added after its last answer, when <c>answers:</c> is the last field and a
    /// plain list (or empty); null when the file is laid out some other way.
    /// </summary>
    private static string? AppendedText(string before, string item)
    {
        if (IsBlank(before)) return Header + item;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(before));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root || root.Children.Count == 0) return null;
        var (key, value) = root.Children[^1];
        if (key is not YamlScalarNode { Value: "answers" }) return null;
        var ended = before.EndsWith('\n') ? before : before + "\n";
        switch (value)
        {
            case YamlSequenceNode { Style: not SequenceStyle.Flow, Children.Count: > 0 } list:
                var indent = (int)list.Start.Column - 1;
                return ended + Indented(item, indent - 2);
            case YamlSequenceNode { Children.Count: 0 } or YamlScalarNode { Value: null or "" or "~" or "null" }:
                // 'answers:' with nothing yet, or 'answers: []': the list starts on the next line.
                var lines = before.Split('\n');
                var keyLine = (int)key.Start.Line - 1;
                return string.Join("\n", lines.Take(keyLine)) + (keyLine > 0 ? "\n" : "") + "answers:\n" + item;
            default:
                return null;
        }
    }

    /// <summary>The item moved left or right to the indentation of the items already there.</summary>
    private static string Indented(string item, int shift) => shift == 0 ? item
        : string.Concat(item.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (shift > 0 ? new string(' ', shift) + l : l[Math.Min(-shift, l.Length - l.TrimStart().Length)..]) + "\n"));

    /// <summary>The log written anew from what it holds: for a log laid out so that adding to its end would not add an answer.</summary>
    private static string Whole(string path, string before, string item)
    {
        var log = PracticeLogReader.Parse(path, before, new DiagnosticBag());
        return Header + string.Concat(log.Entries.Select(Item)) + item;
    }

    private static bool Holds(string path, string text, int answers)
    {
        var diagnostics = new DiagnosticBag();
        var log = PracticeLogReader.Parse(path, text, diagnostics);
        return !diagnostics.HasErrors && log.Entries.Count == answers;
    }

    private static int Count(string path, string text) => PracticeLogReader.Parse(path, text, new DiagnosticBag()).Entries.Count;

    private static bool IsBlank(string text) => text.Split('\n').All(l => l.Trim().Length == 0 || l.TrimStart().StartsWith('#'));
}
