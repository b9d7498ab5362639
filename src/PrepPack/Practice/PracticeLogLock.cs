using System.Diagnostics;
using PrepPack.Diagnostics;

namespace PrepPack.Practice;

/// <summary>
/// The turn of one session at the practice log: <c>log.yaml.lock</c> beside the log, opened with no
/// sharing. Windows refuses a second such opening and .NET takes an exclusive <c>flock</c> on Linux
/// and macOS, so two sessions read, check and add one after the other. The system lets the lock go
/// when the holder ends, however it ends. The file stays: removing it would let a third session
/// lock a new file while a second still holds the old one.
/// </summary>
internal sealed class PracticeLogLock : IDisposable
{
    /// <summary>Far longer than adding an answer takes; past it, whoever holds the lock is stuck.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly FileStream _held;

    private PracticeLogLock(FileStream held) => _held = held;

    public static string PathFor(string log) => log + ".lock";

    /// <summary>Waits for the log's turn, trying again at growing intervals, up to <paramref name="wait"/>.</summary>
    /// <exception cref="PracticeLogException">The folder cannot take the lock file, or another program kept the lock
    /// past the wait.</exception>
    public static PracticeLogLock Take(string log, TimeSpan wait)
    {
        var path = PathFor(log);
        var folder = Path.GetDirectoryName(Path.GetFullPath(log))!;
        MakeFolder(log, folder);
        var clock = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(5);
        while (true)
        {
            try
            {
                return new PracticeLogLock(
                    new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1)
                );
            }
            catch (IOException e) when (IsHeld(e))
            {
                if (clock.Elapsed >= wait)
                    throw new PracticeLogException(
                        Diagnostic.Error(
                            SourceLocation.WholeOf(log),
                            DiagnosticCodes.PracticeLogBusy,
                            $"Another program has held the log's lock file {Path.GetFileName(path)} for over "
                                + $"{wait.TotalSeconds:0} seconds, so practice could not take its turn at the log.",
                            $"If no other 'preppack practice' is running, close the program that keeps {path} open (a "
                                + "sync or backup tool), or delete that file, then practise again."
                        )
                    );
                Thread.Sleep(pause + TimeSpan.FromMilliseconds(Random.Shared.Next(5)));
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromMilliseconds(200).Ticks));
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                throw PracticeLogException.NotWritable(
                    log,
                    Directory.Exists(path)
                        ? $"{path} is a folder, but practice needs a file of that name beside the log, to take turns "
                            + "with other sessions."
                        : $"Practice cannot make the file {Path.GetFileName(path)} in {folder}, which it needs beside "
                            + $"the log to take turns with other sessions: {e.Message}",
                    Directory.Exists(path)
                        ? "Move that folder away, then practise again."
                        : $"Make the folder writable for yourself (on Linux or macOS: chmod u+w \"{folder}\"), then "
                            + "practise again."
                );
            }
        }
    }

    private static void MakeFolder(string log, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw PracticeLogException.NotWritable(
                log,
                $"The folder {folder} for the practice log cannot be made: {e.Message}",
                File.Exists(folder)
                    ? $"{folder} is a file: move it away so the folder can be made."
                    : "Make the content folder writable for yourself, then practise again."
            );
        }
    }

    /// <summary>
    /// The lock is another's: a sharing violation on Windows, EWOULDBLOCK from <c>flock</c> elsewhere
    /// (11 on Linux, 35 on macOS and BSD). Any other failure is not worth waiting for.
    /// </summary>
    private static bool IsHeld(IOException e) =>
        e.GetType() == typeof(IOException)
        && (e.HResult & 0xFFFF) switch
        {
            32 or 33 => OperatingSystem.IsWindows(),
            11 => OperatingSystem.IsLinux() || OperatingSystem.IsAndroid(),
            35 => !OperatingSystem.IsWindows() && !OperatingSystem.IsLinux(),
            _ => false,
        };

    public void Dispose() => _held.Dispose();
}
