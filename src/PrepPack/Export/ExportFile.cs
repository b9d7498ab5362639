using PrepPack.Build;
using PrepPack.Diagnostics;

namespace PrepPack.Export;

/// <summary>Writes an export where the user asked, whole or not at all, making its folder; a failure is a diagnostic naming the file.</summary>
public static class ExportFile
{
    public static bool Write(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
            AtomicFile.Write(path, bytes);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var (what, hint) = IoProblem.Describe(e);
            diagnostics.Error(SourceLocation.WholeOf(path), DiagnosticCodes.OutputNotWritten,
                $"{Path.GetFileName(path)} could not be written: {what}. The previous file, if any, is as it was.", hint.Replace("--out", "--out FILE"));
            return false;
        }
    }
}
