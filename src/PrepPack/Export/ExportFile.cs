using PrepPack.Diagnostics;
using PrepPack.IO;

namespace PrepPack.Export;

/// <summary>
/// Writes an export where the user asked, whole or not at all, making its folder; a failure is a
/// diagnostic naming the file. Never through a link that leads out of the folder it is written from
/// (or, for a file named outside it, out of the file's own folder).
/// </summary>
public static class ExportFile
{
    public static bool Write(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (!WriteBoundary.Check(Within(path), [path], "--out FILE", diagnostics))
            return false;
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
                Directory.CreateDirectory(folder);
            AtomicFile.Write(path, bytes);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var (what, hint) = IoProblem.Describe(e);
            diagnostics.Error(
                SourceLocation.WholeOf(path),
                DiagnosticCodes.OutputNotWritten,
                $"{Path.GetFileName(path)} could not be written: {what}. The previous file, if any, is as it was.",
                hint.Replace("--out", "--out FILE")
            );
            return false;
        }
    }

    /// <summary>The folder the export is written into: the current one when the file is inside it, else the file's
    /// own.</summary>
    private static string Within(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? Path.GetDirectoryName(Path.GetFullPath(path))!
            : ".";
    }
}
