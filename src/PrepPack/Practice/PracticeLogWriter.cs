using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;
using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Content.Readers;
using PrepPack.Diagnostics;

namespace PrepPack.Practice;

/// <summary>
/// Adds a practised answer to the end of the practice log, the user's own file: under the log's
/// lock (<see cref="PracticeLogLock"/>) the log is read again and checked, and the answer is
/// written as text after its last byte, in one piece, so every byte before it stays as it was and
/// the file keeps its links, mode and owner. When the log cannot take it, the answer is kept
/// aside (<see cref="KeptAside"/>) and the log is not touched.
/// </summary>
public static class PracticeLogWriter
{
    /// <summary>Tries to add the answer after the log changed under it (another program not taking turns) before giving
    /// up.</summary>
    private const int Attempts = 3;

    /// <summary>An answer as any session adds one, to see whether the log would take it.</summary>
    private static readonly PracticeEntry Probe = new()
    {
        Date = new DateTime(2000, 1, 1, 0, 0, 0),
        Story = new SourceRef("story", default),
        Clarity = 3,
    };

    /// <summary>
    /// Whether an answer could be added to the log now, asked before the first question so that no
    /// answer is scored only to be kept aside: errors when the log or its folder cannot be written
    /// or its layout cannot take an answer at its end, and a warning for answers kept aside earlier.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(string path) => Check(path, PracticeLogLock.DefaultWait);

    internal static IReadOnlyList<Diagnostic> Check(string path, TimeSpan wait)
    {
        var problems = new List<Diagnostic>();
        try
        {
            using var turn = PracticeLogLock.Take(path, wait);
            if (Exists(path))
            {
                using var handle = Open(path);
                var text = Read(path, handle).Text;
                Checked(path, text, text + PracticeLogShape.Of(path, text).Text(Probe), Probe);
            }
        }
        catch (PracticeLogException e)
        {
            problems.Add(e.Diagnostic);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problems.Add(Failed(path, e));
        }
        if (KeptAside.Waiting(path) is { } waiting)
            problems.Add(waiting);
        return problems;
    }

    /// <summary>Adds <paramref name="entry"/> at the end of the log, or keeps it aside and says why.</summary>
    public static PracticeLogWrite Append(string path, PracticeEntry entry) =>
        Append(path, entry, PracticeLogLock.DefaultWait);

    internal static PracticeLogWrite Append(string path, PracticeEntry entry, TimeSpan wait)
    {
        PracticeLogLock? turn = null;
        try
        {
            turn = PracticeLogLock.Take(path, wait);
            return new PracticeLogWrite { Log = AppendInTurn(path, entry) };
        }
        catch (PracticeLogException e)
        {
            // Still in the log's turn when there is one, so two sessions keeping answers aside take turns too.
            return KeptAside.Keep(path, entry, e.Diagnostic);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return KeptAside.Keep(path, entry, Failed(path, e));
        }
        finally
        {
            turn?.Dispose();
        }
    }

    /// <summary>What the system said when reading or writing the log failed in a way not foreseen above (a drive gone,
    /// a read error).</summary>
    private static Diagnostic Failed(string path, Exception e) =>
        PracticeLogException
            .NotWritable(
                path,
                $"The practice log could not be read or written: {e.Message}",
                "Check the file and the drive it is on, then practise again."
            )
            .Diagnostic;

    /// <summary>One answer as a new log writes it, indented as an item of <c>answers:</c>.</summary>
    public static string Item(PracticeEntry entry) => Item(entry, 2, "\n", null);

    /// <summary>One answer at the indentation, line ends and date quotes of the answers already in the log.</summary>
    internal static string Item(PracticeEntry entry, int indent, string newLine, char? quote)
    {
        var date = entry.Date.ToString(PracticeLogReader.DateFormat, CultureInfo.InvariantCulture);
        var lines = new List<string> { $"- date: {quote}{date}{quote}" };
        if (entry.Question is { } question)
            lines.Add($"  question: {question.Id}");
        if (entry.Story is { } story)
            lines.Add($"  story: {story.Id}");
        // Quoted: some YAML readers take an unquoted 1:45 for a number in base 60.
        if (entry.Seconds is { } seconds)
            lines.Add($"  time: \"{SpeakingTime.Format(seconds)}\"");
        if (entry.Clarity is { } clarity)
            lines.Add($"  clarity: {clarity}");
        if (entry.Metrics is { } metrics)
            lines.Add($"  metrics: {metrics}");
        if (entry.Reflection is { } reflection)
            lines.Add($"  reflection: {reflection}");
        var margin = new string(' ', indent);
        return string.Concat(lines.Select(l => margin + l + newLine));
    }

    /// <summary>Reads, checks and adds, in the log's turn; the log as it now is.</summary>
    private static PracticeLog AppendInTurn(string path, PracticeEntry entry)
    {
        using var handle = Open(path);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var (text, length) = Read(path, handle);
            var added = PracticeLogShape.Of(path, text).Text(entry);
            var log = Checked(path, text, text + added, entry);
            // Another program may have written since the read; the answer then goes after what it wrote.
            if (RandomAccess.GetLength(handle) != length)
                continue;
            Write(path, handle, Encoding.UTF8.GetBytes(added), length);
            return log;
        }
        throw PracticeLogException.NotWritable(
            path,
            "The practice log kept changing while practice was adding an answer, so the answer was not added.",
            "Close the program that keeps writing to the log (an editor saving on every key, a sync tool), then "
                + "practise again."
        );
    }

    /// <summary>The log after the answer, read back before anything is written: one more answer, the one given, and no
    /// new problem.</summary>
    private static PracticeLog Checked(string path, string before, string after, PracticeEntry entry)
    {
        var was = new DiagnosticBag();
        var count = PracticeLogReader.Parse(path, before, was).Entries.Count;
        var now = new DiagnosticBag();
        var log = PracticeLogReader.Parse(path, after, now);
        if (
            now.Count(d => d.IsError) == was.Count(d => d.IsError)
            && log.Entries.Count == count + 1
            && Same(log.Entries[^1], entry)
        )
            return log;
        // The last line that is not blank or a comment is what ends the list, such as '...'.
        var lines = before.Split('\n');
        var last = Array.FindLastIndex(lines, l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
        throw PracticeLogException.NotAppendable(
            new SourceLocation(path, last + 1, 1),
            "An answer added at the end of the practice log would not join its list of answers: something after the "
                + "last answer ends the list.",
            "Remove what follows the last answer other than comments (such as a '...' line), so the list of answers "
                + "ends the file."
        );
    }

    private static bool Same(PracticeEntry read, PracticeEntry entry) =>
        read.Date == entry.Date
        && read.Question?.Id == entry.Question?.Id
        && read.Story?.Id == entry.Story?.Id
        && read.Seconds == entry.Seconds
        && read.Clarity == entry.Clarity
        && read.Metrics == entry.Metrics
        && read.Reflection == entry.Reflection;

    private static bool Exists(string path) =>
        File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>The log opened to read and to add to, through a link to its target; a new one is made.</summary>
    /// <exception cref="PracticeLogException">A folder, a link to nothing, a read-only or immutable file, or one the
    /// system will not open.</exception>
    private static SafeFileHandle Open(string path)
    {
        var shown = Path.GetFileName(path);
        if (Directory.Exists(path))
            throw PracticeLogException.NotWritable(
                path,
                $"The practice log {path} is a folder, not a file, so practice cannot add answers to it.",
                $"Rename or move the folder {shown}; practice then starts a new log of that name."
            );
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            var target = Target(path, info);
            if (target is DirectoryInfo { Exists: true })
                throw PracticeLogException.NotWritable(
                    path,
                    $"The practice log {path} is a link to a folder ({target.FullName}), not to a file.",
                    "Make the link lead to the log file itself, or replace the link with the file."
                );
            if (target is not FileInfo { Exists: true } file)
                throw PracticeLogException.NotWritable(
                    path,
                    $"The practice log {path} is a link to {info.LinkTarget}, which does not exist.",
                    "Put the log back where the link leads (a synced folder that is not there now?), or replace the "
                        + "link with the file itself."
                );
            info = file;
        }
        if (info.Exists && IsMarkedReadOnly(info))
            throw PracticeLogException.NotWritable(
                path,
                $"The practice log {path} is read-only, so practice will not add to it.",
                OperatingSystem.IsWindows()
                    ? "Clear 'Read-only' in the file's Properties, then practise again."
                    : $"Make it writable for yourself (chmod u+w \"{path}\"), then practise again."
            );
        try
        {
            // OpenOrCreate, not a new file and a rename: the file written is the user's, link, mode and owner as they
            // were.
            var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
            try
            {
                RandomAccess.GetLength(handle);
                return handle;
            }
            catch (NotSupportedException)
            {
                handle.Dispose();
                throw PracticeLogException.NotWritable(
                    path,
                    $"The practice log {path} is not an ordinary file but a pipe or a device, which keeps no answers.",
                    $"Remove {shown}; practice then starts a new log of that name."
                );
            }
        }
        catch (UnauthorizedAccessException e)
        {
            throw PracticeLogException.NotWritable(
                path,
                $"The system does not let practice write the practice log: {e.Message}",
                OperatingSystem.IsLinux()
                    ? $"Check that you may write the file and its folder, and that it is not marked immutable (lsattr "
                        + $"\"{path}\"; chattr -i removes the mark), then practise again."
                    : "Check that you may write the file and its folder, and that no other program has it locked, "
                        + "then practise again."
            );
        }
        catch (IOException e)
        {
            throw PracticeLogException.NotWritable(
                path,
                $"The practice log cannot be opened for writing: {e.Message}",
                "Check the file and its folder, then practise again."
            );
        }
    }

    /// <summary>
    /// Made read-only on purpose: the Windows attribute, or no write permission for anyone. Not
    /// .NET's IsReadOnly, which on Unix also means "owned by another", a file root may write and a
    /// user cannot make writable; that is for opening the file to find and say.
    /// </summary>
    private static bool IsMarkedReadOnly(FileInfo file) =>
        OperatingSystem.IsWindows()
            ? file.Attributes.HasFlag(FileAttributes.ReadOnly)
            : (
                File.GetUnixFileMode(file.FullName)
                & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)
            ) == 0;

    private static FileSystemInfo? Target(string path, FileInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            throw PracticeLogException.NotWritable(
                path,
                $"The practice log {path} is a link that leads back to itself (a loop of links).",
                "Replace the link with the file itself, or make it lead to the log."
            );
        }
    }

    /// <summary>The whole log through the held handle, decoded and checked as every content file is.</summary>
    private static (string Text, long Length) Read(string path, SafeFileHandle handle)
    {
        var length = RandomAccess.GetLength(handle);
        if (length > UserFile.MaxBytes)
            throw PracticeLogException.NotAppendable(
                SourceLocation.WholeOf(path),
                $"The practice log is {length / (1024 * 1024.0):0.#} MB now, far more than answers take (at most "
                    + $"{UserFile.MaxBytes / (1024 * 1024)} MB).",
                "Check that this is the log: move a file saved over it by mistake away."
            );
        var bytes = new byte[length];
        var read = 0;
        while (read < length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var n and > 0)
            read += n;
        var diagnostics = new DiagnosticBag();
        if (UserFile.ReadText(path, diagnostics, new HeldBytes(bytes[..read])) is not { } text)
        {
            var first = diagnostics.First();
            throw PracticeLogException.NotAppendable(
                first.Location,
                $"The practice log does not read as it is now: {first.Message}",
                first.Hint ?? ""
            );
        }
        return (text, read);
    }

    /// <summary>The new bytes after the last one read, in one write, then to the disk; on failure the file is cut back
    /// to its old end.</summary>
    private static void Write(string path, SafeFileHandle handle, byte[] bytes, long at)
    {
        try
        {
            RandomAccess.Write(handle, bytes, at);
            RandomAccess.FlushToDisk(handle);
        }
        catch (IOException e)
        {
            try
            {
                RandomAccess.SetLength(handle, at);
            }
            catch (IOException)
            {
                // The disk refuses even that; the answer is kept aside all the same.
            }
            throw PracticeLogException.NotWritable(
                path,
                $"The answer could not be written to the practice log: {e.Message}",
                "Make room on the disk, or check the drive the log is on, then practise again."
            );
        }
        // A device such as /dev/null takes the bytes and keeps none of them.
        if (RandomAccess.GetLength(handle) < at + bytes.Length)
            throw PracticeLogException.NotWritable(
                path,
                $"The practice log {path} did not keep the answer written to it: it is not an ordinary file (a link "
                    + "to a device?).",
                $"Replace {Path.GetFileName(path)} with an ordinary file, then practise again."
            );
    }
}
