namespace PrepPack.IO;

/// <summary>
/// Replaces a file all at once: the bytes go to a temporary file beside it, which is then renamed
/// over the old one. A reader sees the old file or the new one, never half of either.
/// </summary>
public static partial class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Removes the temporary files of writes that never finished (a build that was stopped).</summary>
    public static void RemoveLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
            return;
        foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp"))
            if (LeftoverName().IsMatch(Path.GetFileName(file)))
                TryDelete(file);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.tmp$")]
    private static partial System.Text.RegularExpressions.Regex LeftoverName();

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        { /* nothing more can be done; the stray file is hidden and harmless */
        }
    }
}
