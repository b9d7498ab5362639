using System.Globalization;
using PrepPack.Content.Model;
using PrepPack.Content.Schema;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Readers;

/// <summary>
/// Reads <c>practice/log.yaml</c>, the answers practised so far. The log is the user's file like any
/// other: written by <c>preppack practice</c>, added to by hand, and checked as carefully.
/// </summary>
public static class PracticeLogReader
{
    /// <summary>How the log writes a date: the day, and the time to the minute when it is known.</summary>
    public const string DateFormat = "yyyy-MM-dd HH:mm";
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>An answer past this long is a typing mistake, not an answer.</summary>
    public const int MostSeconds = 60 * 60;

    internal const string What = "the practice log";

    public static PracticeLog Read(string path, DiagnosticBag diagnostics, IFileSource files)
    {
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
            return PracticeLog.Empty(path);
        return UserFile.ReadText(path, diagnostics, files) is { } text
            ? Parse(path, text, diagnostics)
            : PracticeLog.Empty(path);
    }

    /// <summary>The log in <paramref name="text"/>, as if read from <paramref name="path"/>.</summary>
    public static PracticeLog Parse(string path, string text, DiagnosticBag diagnostics)
    {
        // A log with only comments in it is a log with no answers yet.
        if (text.Split('\n').All(l => l.Trim().Length == 0 || l.TrimStart().StartsWith('#')))
            return PracticeLog.Empty(path);
        return YamlFile.ParseMapping(path, text, diagnostics, YamlFile.LogFields, YamlFile.LogStart) is { } root
            ? Read(new MappingReader(root, path, What, diagnostics))
            : PracticeLog.Empty(path);
    }

    /// <summary>Reads the log's answers; on a describing reader, notes their fields for the editor schema.</summary>
    internal static PracticeLog Read(MappingReader m)
    {
        var entries = m.Items("answers", "a practised answer", ReadEntry);
        m.Complete();
        return new PracticeLog(m.File, entries);
    }

    private static PracticeEntry? ReadEntry(MappingReader e)
    {
        var entry = new PracticeEntry
        {
            Date = e.Parsed(
                "date",
                Date,
                "a date written YYYY-MM-DD, with the time as HH:MM after it if you like, such as 2026-11-21 19:04",
                @"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$",
                required: true
            ) ?? DateTime.MinValue,
            Question = e.Reference("question", expected: "the id of one question", kind: FieldKind.QuestionId),
            Story = e.Reference("story"),
            Seconds = e.Parsed(
                "time",
                Seconds,
                "minutes and seconds in quotes, such as \"1:45\", or whole seconds such as 105",
                @"^(\d+|\d+:[0-5]\d)$",
                whole: (0, MostSeconds)
            ),
            Clarity = e.Integer("clarity", 1, 5),
            Metrics = e.Integer("metrics", 1, 5),
            Reflection = e.Integer("reflection", 1, 5),
            At = e.Location,
        };
        // Either one will do, which the editor schema cannot say: it is checked here only.
        if (entry.Question is null && entry.Story is null && !e.Has("question") && !e.Has("story"))
            e.Diagnostics.Error(
                e.Location,
                DiagnosticCodes.RequiredFieldMissing,
                "A practised answer names neither a question nor a story.",
                "Add 'question: <id>' (a file in questions/) or 'story: <id>' (a file in stories/)."
            );
        e.Complete();
        return entry;
    }

    private static DateTime? Date(string text)
    {
        var trimmed = text.Trim();
        return DateTime.TryParseExact(
            trimmed,
            [DateFormat, DayFormat],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date
        )
            ? date
            : null;
    }

    /// <summary>"1:45" or "105": the time an answer took, in seconds.</summary>
    public static int? Seconds(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length == 1)
            return
                int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var whole)
                && whole <= MostSeconds
                ? whole
                : null;
        if (
            parts.Length != 2
            || parts[1].Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > 59
        )
            return null;
        var total = minutes * 60 + seconds;
        return total <= MostSeconds ? total : null;
    }
}
