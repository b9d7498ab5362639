using System.Text;
using System.Text.RegularExpressions;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Practice;

/// <summary>
/// Where an answer goes when the log cannot take it: <c>log.unsaved.yaml</c> beside the log, made
/// with a line on what it is and added to at its end, never written over, so that answers kept
/// aside in several sessions are all there to be moved into the log. When even that file cannot
/// be written, the answer is handed back as YAML to be shown on screen.
/// </summary>
internal static partial class KeptAside
{
    private const string Header = """
        # Answers 'preppack practice' could not add to log.yaml, kept here so that none is lost.
        # Once log.yaml can take them, move the answers below to the end of its list, then delete this file.
        answers:

        """;

    /// <summary><c>log.unsaved.yaml</c> for <c>log.yaml</c>: in the same folder, and still YAML to an editor.</summary>
    public static string PathFor(string log) =>
        Path.Combine(
            Path.GetDirectoryName(log) ?? "",
            Path.GetFileNameWithoutExtension(log) + ".unsaved" + Path.GetExtension(log)
        );

    public static PracticeLogWrite Keep(string log, PracticeEntry entry, Diagnostic why)
    {
        var path = PathFor(log);
        var item = PracticeLogWriter.Item(entry);
        try
        {
            Add(path, item, Mode(log));
            return new PracticeLogWrite { Problem = why, KeptIn = path };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PracticeLogWrite { Problem = why, Unkept = (item, e.Message) };
        }
    }

    /// <summary>A warning when answers kept aside earlier are still waiting to be moved into the log.</summary>
    public static Diagnostic? Waiting(string log)
    {
        var path = PathFor(log);
        string text;
        try
        {
            if (!File.Exists(path))
                return null;
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var answers = Answer().Count(text);
        if (answers == 0)
            return null;
        return Diagnostic.Warning(
            SourceLocation.WholeOf(path),
            DiagnosticCodes.AnswersKeptAside,
            $"{(answers == 1 ? "1 answer" : $"{answers} answers")} kept aside by an earlier session "
                + $"{(answers == 1 ? "is" : "are")} here, not in the log, so the tracker does not count "
                + $"{(answers == 1 ? "it" : "them")}.",
            $"Move the answers to the end of the list in {Path.GetFileName(log)}, then delete {Path.GetFileName(path)}."
        );
    }

    /// <summary>A new file gets the header, made by one session only; one that is there gets the answer after its last
    /// byte.</summary>
    private static void Add(string path, string item, UnixFileMode? mode)
    {
        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.ReadWrite,
            };
            if (mode is { } m && !OperatingSystem.IsWindows())
                options.UnixCreateMode = m;
            using var created = new FileStream(path, options);
            created.Write(Encoding.UTF8.GetBytes(Header + item));
            created.Flush(flushToDisk: true);
            return;
        }
        catch (IOException) when (File.Exists(path))
        {
            // There already: answers kept before stay, and this one follows them.
        }
        var ended = EndsWithNewLine(path);
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        stream.Write(Encoding.UTF8.GetBytes((ended ? "" : "\n") + item));
        stream.Flush(flushToDisk: true);
    }

    private static bool EndsWithNewLine(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (stream.Length == 0)
            return true;
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() == '\n';
    }

    /// <summary>The log's own mode for a new file beside it, so a private log's answers stay private; always readable
    /// and writable by its owner.</summary>
    private static UnixFileMode? Mode(string log)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(log))
            return null;
        try
        {
            return File.GetUnixFileMode(log) | UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The start of an answer in a file of them: a dash and its date.</summary>
    [GeneratedRegex(@"^\s*-\s+date\s*:", RegexOptions.Multiline)]
    private static partial Regex Answer();
}
