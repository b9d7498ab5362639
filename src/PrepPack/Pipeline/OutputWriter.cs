using PrepPack.Diagnostics;
using PrepPack.Incremental;
using PrepPack.IO;

namespace PrepPack.Pipeline;

/// <summary>
/// Puts made outputs into the output folder: each replaced whole, and not at all when the new
/// bytes are the same as the file already there, so its date stays and a printer queue or
/// file-sync tool sees no change.
/// </summary>
internal sealed class OutputWriter(string folder, DiagnosticBag diagnostics)
{
    private readonly OutputFolder _folder = new(folder);

    /// <summary>Makes the folder, and removes temporary files a build that was stopped half-way left behind.</summary>
    public bool Prepare()
    {
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, ".preppack", "markdown"));
            foreach (
                var inner in new[]
                {
                    folder,
                    Path.Combine(folder, ".preppack"),
                    Path.Combine(folder, ".preppack", "markdown"),
                }
            )
                AtomicFile.RemoveLeftovers(inner);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var (what, hint) = IoProblem.Describe(e);
            diagnostics.Error(
                SourceLocation.WholeOf(folder),
                DiagnosticCodes.OutputNotWritten,
                $"The output folder could not be made: {what}.",
                hint
            );
            return false;
        }
    }

    /// <summary>Writes one made output; its status says whether the file was written, unchanged or failed.</summary>
    public BuiltOutput Write(RenderedOutput rendered)
    {
        var output = rendered.Output;
        if (!OutputFolder.IsPlainName(output.Name) || _folder.Resolve(output.Name) is not { } path)
        {
            // A template whose render failed (its front matter's own name refused there, the cause) wrote nothing.
            if (rendered.Bytes is null && output.Status == OutputStatus.Failed)
                return output;
            diagnostics.Error(
                SourceLocation.StartOf(output.Template),
                DiagnosticCodes.OutputOutsideFolder,
                $"The output name '{output.Name}' is not a plain file name, so it was not written.",
                "Name the output as a file name such as cards-changed.pdf, with no folder."
            );
            return output with { Status = OutputStatus.Failed };
        }
        if (
            output.Markdown is { } markdown
            && _folder.Resolve(Path.Combine(".preppack", "markdown", output.MarkdownName + ".md")) is { } kept
        )
            WriteIfChanged(kept, System.Text.Encoding.UTF8.GetBytes(markdown));
        if (rendered.Bytes is not { } bytes)
            return output;
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
        if (!OutputFolder.IsPlainName(name) || _folder.Resolve(name) is not { } path)
        {
            diagnostics.Warning(
                SourceLocation.WholeOf(ManifestStore.PathIn(folder)),
                DiagnosticCodes.OutputOutsideFolder,
                $"The record of the last build names '{name}', which is not a file in the output folder; it was left "
                    + "alone.",
                "Nothing to do: PrepPack only ever deletes its own outputs inside the output folder."
            );
            return false;
        }
        try
        {
            var existed = File.Exists(path);
            File.Delete(path);
            if (
                markdownName is not null
                && _folder.Resolve(Path.Combine(".preppack", "markdown", markdownName + ".md")) is { } kept
            )
                File.Delete(kept);
            return existed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var (what, hint) = IoProblem.Describe(e);
            diagnostics.Error(
                SourceLocation.WholeOf(path),
                DiagnosticCodes.OutputNotWritten,
                $"{name} is no longer made but could not be deleted: {what}.",
                hint + " Or delete it by hand."
            );
            return false;
        }
    }

    /// <summary>True when written, false when the file already held these bytes, null when it could not be
    /// written.</summary>
    public bool? WriteIfChanged(string path, byte[] bytes)
    {
        try
        {
            if (
                File.Exists(path)
                && new FileInfo(path).Length == bytes.Length
                && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)
            )
                return false;
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
                hint
            );
            return null;
        }
    }
}
