using PrepPack.Diagnostics;

namespace PrepPack.Build;

/// <summary>
/// Puts made outputs into the output folder: each replaced whole, and not at all when the new
/// bytes are the same as the file already there, so its date stays and a printer queue or
/// file-sync tool sees no change.
/// </summary>
internal sealed class OutputWriter(string folder, DiagnosticBag diagnostics)
{
    public bool Prepare()
    {
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, ".preppack", "markdown"));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.WholeOf(folder), DiagnosticCodes.OutputNotWritten,
                $"The output folder could not be made: {e.Message}", "Name a folder you may write to with --out.");
            return false;
        }
    }

    /// <summary>Writes one made output; its status says whether the file was written, unchanged or failed.</summary>
    public BuiltOutput Write(RenderedOutput rendered)
    {
        var output = rendered.Output;
        if (output.Markdown is { } markdown)
            WriteIfChanged(Path.Combine(folder, ".preppack", "markdown", output.MarkdownName + ".md"), System.Text.Encoding.UTF8.GetBytes(markdown));
        if (rendered.Bytes is not { } bytes) return output;
        var path = Path.Combine(folder, output.Name);
        return WriteIfChanged(path, bytes) switch
        {
            true => output with { Path = path, Status = OutputStatus.Written },
            false => output with { Path = path, Status = OutputStatus.Unchanged },
            null => output with { Status = OutputStatus.Failed },
        };
    }

    /// <summary>Deletes an output that nothing makes any more.</summary>
    public bool Remove(string name, string? markdownName)
    {
        try
        {
            var path = Path.Combine(folder, name);
            var existed = File.Exists(path);
            File.Delete(path);
            if (markdownName is not null) File.Delete(Path.Combine(folder, ".preppack", "markdown", markdownName + ".md"));
            return existed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.WholeOf(Path.Combine(folder, name)), DiagnosticCodes.OutputNotWritten,
                $"{name} is no longer made but could not be deleted: {e.Message}", "Close it if a viewer has it open, or delete it by hand.");
            return false;
        }
    }

    /// <summary>True when written, false when the file already held these bytes, null when it could not be written.</summary>
    public bool? WriteIfChanged(string path, byte[] bytes)
    {
        try
        {
            if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
                return false;
            AtomicFile.Write(path, bytes);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.WholeOf(path), DiagnosticCodes.OutputNotWritten,
                $"{Path.GetFileName(path)} could not be written: {e.Message}",
                "Close it if a viewer has it open, check you may write to the output folder, then build again. The other outputs were written.");
            return null;
        }
    }
}
