using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PrepPack.Diagnostics;
using PrepPack.Incremental;
using PrepPack.IO;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Pdf;
using PrepPack.Pipeline;

namespace PrepPack.Preview;

/// <summary>
/// <c>preppack preview cheatsheet</c>: makes the output as <c>build --only</c> would (so the PDF in
/// the output folder is current too), then draws its pages as PNG files into the output folder's
/// <c>preview/</c>, for a look without a PDF viewer.
/// </summary>
public static partial class PackPreview
{
    public const string Folder = "preview";

    public static PreviewReport Make(BuildOptions options, string name, int? page, int dpi)
    {
        if (IsWordFile(options.Output, name) is { } word)
            return PreviewReport.Refused(PreviewRefusal.WordFile, word);

        var laidOut = new ConcurrentDictionary<string, LaidOutDocument>(StringComparer.Ordinal);
        // Made again even when up to date, because only a document being made has its pages laid out;
        // the same bytes leave the file as it is.
        var build = PackBuilder.Build(
            options with
            {
                Only = [name],
                Force = true,
                LaidOut = (file, pages) => laidOut[file] = pages,
            }
        );
        if (build.UnknownOutputs.Count > 0 || !build.Succeeded)
            return new PreviewReport(build, [], null, null);

        var shown = Chosen(laidOut, name);
        if (shown.Count == 0)
            return PreviewReport.Refused(
                PreviewRefusal.WordFile,
                build.Outputs.Select(o => o.Name).FirstOrDefault() ?? name
            ) with
            {
                Build = build,
            };
        if (page is { } one && shown.FindIndex(d => one < 1 || one > d.Pages.Pages.Count) is var past and >= 0)
            return PreviewReport.Refused(
                PreviewRefusal.NoSuchPage,
                shown[past].File,
                shown[past].Pages.Pages.Count
            ) with
            {
                Build = build,
            };

        var diagnostics = new DiagnosticBag();
        var written = new List<PreviewPage>();
        foreach (var (file, document) in shown)
            written.AddRange(Write(options.Output, file, document, page, dpi, diagnostics));
        return new PreviewReport(
            build with
            {
                Diagnostics = [.. build.Diagnostics, .. diagnostics.Sorted()],
            },
            written,
            null,
            null
        );
    }

    /// <summary>The document the name is the file of, or else all those it chose (a template's every PDF), in name
    /// order.</summary>
    private static List<(string File, LaidOutDocument Pages)> Chosen(
        IDictionary<string, LaidOutDocument> laidOut,
        string name
    )
    {
        var all = laidOut
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => (File: d.Key, Pages: d.Value))
            .ToList();
        var named = all.Where(d => Names(d.File, name)).ToList();
        return named.Count > 0 ? named : all;
    }

    private static bool Names(string file, string name) =>
        file.Equals(name, StringComparison.OrdinalIgnoreCase)
        || Path.GetFileNameWithoutExtension(file).Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>A Word file has no pages of PrepPack's to draw: known before building from its name or the last build's
    /// record.</summary>
    private static string? IsWordFile(string outputFolder, string name)
    {
        if (name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            return name;
        var recorded = ManifestStore
            .Read(outputFolder, "", new DiagnosticBag())
            .Outputs.Values.Where(o => Names(o.Output, name))
            .ToList();
        return recorded.Count > 0 && recorded.All(o => o.Output.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            ? recorded[0].Output
            : null;
    }

    private static IEnumerable<PreviewPage> Write(
        string outputFolder,
        string file,
        LaidOutDocument document,
        int? page,
        int dpi,
        DiagnosticBag diagnostics
    )
    {
        var folder = Path.Combine(outputFolder, Folder);
        var stem = Path.GetFileNameWithoutExtension(file);
        var digits = document.Pages.Count.ToString().Length;
        var numbers = page is { } one ? [one] : Enumerable.Range(1, document.Pages.Count).ToList();
        var written = new List<PreviewPage>();
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var (number, png) in PageRaster.Render(document, numbers, dpi))
            {
                var path = Path.Combine(folder, $"{stem}-{number.ToString().PadLeft(digits, '0')}.png");
                AtomicFile.Write(path, png);
                var shape = document.Pages[number - 1];
                written.Add(
                    new PreviewPage(
                        path,
                        number,
                        PageRaster.Pixels(shape.Width, dpi),
                        PageRaster.Pixels(shape.Height, dpi)
                    )
                );
            }
            // Pages of a longer version of this document, from an earlier preview, would read as part of it.
            if (page is null)
                foreach (
                    var old in Directory
                        .EnumerateFiles(folder, stem + "-*.png")
                        .Where(f => IsPageOf(f, stem) && !written.Any(w => w.Path == f))
                )
                    File.Delete(old);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var (what, hint) = IoProblem.Describe(e);
            diagnostics.Error(
                SourceLocation.WholeOf(folder),
                DiagnosticCodes.OutputNotWritten,
                $"The preview of {file} could not be written: {what}.",
                hint
            );
        }
        return written;
    }

    private static bool IsPageOf(string path, string stem)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith(stem + "-", StringComparison.Ordinal) && PageNumber().IsMatch(name[(stem.Length + 1)..]);
    }

    [GeneratedRegex(@"^\d+\.png$")]
    private static partial Regex PageNumber();
}
