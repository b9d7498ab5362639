using System.Text;
using PrepPack.Diagnostics;

namespace PrepPack.Content;

/// <summary>
/// Reads a file the user wrote (a story, the profile, a theme, a template) without ever hanging
/// or crashing: a pipe or device is never opened, a huge file is refused, a looping link or a
/// file that may not be read is a located error, and bytes that are not UTF-8 are reported at
/// their line and column instead of printing as U+FFFD, as is a control character.
/// </summary>
public static class UserFile
{
    /// <summary>Far more than any story, profile or template needs; more is a file put there by mistake.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    /// <summary>The file's text, or null after reporting why it cannot be had.</summary>
    /// <param name="files">Where the bytes come from: the disk, or a build's snapshot of its inputs.</param>
    public static string? ReadText(string path, DiagnosticBag diagnostics, IFileSource files)
    {
        if (files.ReadBytes(path, out var bytes, out var problem) is false)
        {
            diagnostics.Error(
                SourceLocation.WholeOf(path),
                DiagnosticCodes.FileUnreadable,
                problem!.Value.Message,
                problem.Value.Hint
            );
            return null;
        }
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        string text;
        try
        {
            text = Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            var (line, column) = FirstInvalidByte(bytes.AsSpan(start));
            diagnostics.Error(
                new SourceLocation(path, line, column),
                DiagnosticCodes.NotUtf8,
                "This file is not saved as UTF-8 text: the character here cannot be read.",
                "Save the file as UTF-8 in your editor (in VS Code: the encoding in the status bar, 'Save with "
                    + "Encoding', UTF-8)."
            );
            return null;
        }
        // Every kind of file is read here, so a control character is refused in all of them alike.
        // A file of nothing but NUL bytes (left by a crash or an interrupted sync) has lost its text: the reader
        // of its kind says how to start it again, which helps more than the place of its first NUL.
        if (ControlCharacter.Find(text) is var (controlLine, controlColumn, character, count) && !IsOnlyNul(text))
        {
            diagnostics.Error(
                new SourceLocation(path, controlLine, controlColumn),
                DiagnosticCodes.ControlCharacter,
                ControlCharacter.Message(character, count),
                ControlCharacter.Hint
            );
            return null;
        }
        if (InvisibleCharacter.Find(text) is var (invisibleLine, invisibleColumn, invisible, invisibles))
            diagnostics.Warning(
                new SourceLocation(path, invisibleLine, invisibleColumn),
                DiagnosticCodes.InvisibleCharacter,
                InvisibleCharacter.Message(invisible, invisibles),
                InvisibleCharacter.Hint
            );
        return text;
    }

    /// <summary>Whether the text is NUL bytes only, with at most spaces and line breaks between them.</summary>
    public static bool IsOnlyNul(string text) => text.Contains('\0') && text.AsSpan().Trim("\0 \t\r\n").IsEmpty;

    /// <summary>
    /// The file's bytes, when it is an ordinary file PrepPack may read. Only the size is asked
    /// before opening: pipes and devices report none, and opening a pipe would wait for ever.
    /// </summary>
    public static bool ReadBytes(string path, out byte[] bytes, out (string Message, string Hint)? problem)
    {
        bytes = [];
        problem = null;
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                // The size that matters is the target's: a link's own size says nothing of what it leads to.
                if (info.ResolveLinkTarget(returnFinalTarget: true) is not FileInfo { Exists: true } target)
                {
                    problem = (
                        "The file is a link to a file that does not exist.",
                        "Replace the link with the file itself, or remove it."
                    );
                    return false;
                }
                info = target;
            }
            if (!info.Exists)
            {
                problem = ("The file does not exist.", "Check the name, or create the file.");
                return false;
            }
            if (info.Length == 0)
                return true;
            if (info.Length > MaxBytes)
            {
                problem = (
                    $"The file is {info.Length / (1024 * 1024.0):0.#} MB, far larger than any story, log or "
                        + $"template (at most {MaxBytes / (1024 * 1024)} MB).",
                    "Check that this is the file you meant to put here; move other files out of the folder."
                );
                return false;
            }
            // Read no more than the limit, whatever the size said: a device or a file still growing never ends.
            if (ReadAtMost(info.FullName, MaxBytes) is { } read)
            {
                bytes = read;
                return true;
            }
            problem = (
                $"The file is larger than any story, log or template (at most {MaxBytes / (1024 * 1024)} MB), or "
                    + "never ends.",
                "Check that this is the file you meant to put here; move other files out of the folder."
            );
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            problem = (
                "You do not have permission to read this file.",
                "Give yourself read permission on the file (on Linux or macOS: chmod u+r FILE)."
            );
        }
        catch (IOException e)
            when (e.Message.Contains("symbolic link", StringComparison.OrdinalIgnoreCase) || e.HResult == 40)
        {
            problem = (
                "The file is a link that leads back to itself (a loop of links).",
                "Replace the link with the file itself, or remove it."
            );
        }
        catch (IOException e)
        {
            problem = (
                $"The file could not be read: {e.Message}",
                "Check that the file exists and that you may read it."
            );
        }
        return false;
    }

    private static (int Line, int Column) FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        int line = 1,
            column = 1,
            index = 0;
        while (index < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[index..], out var rune, out var used) != System.Buffers.OperationStatus.Done)
                return (line, column);
            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
                column++;
            index += used;
        }
        return (line, column);
    }

    private static byte[]? ReadAtMost(string path, long limit)
    {
        using var stream = new FileStream(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.ReadWrite | FileShare.Delete,
            1,
            FileOptions.SequentialScan
        );
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
