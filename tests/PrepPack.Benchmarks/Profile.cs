using System.Diagnostics;
using PrepPack.Diagnostics;
using PrepPack.Layout.Text;
using PrepPack.Pdf;
using PrepPack.Theming;
using PrepPack.Word;

namespace PrepPack.Benchmarks;

/// <summary>
/// Renders one Markdown file (as a build keeps it in output/.preppack/markdown) to PDF or Word
/// several times in this process and prints, for each run, the time, the memory allocated, the
/// time the collector paused the program and how many collections there were: what to look at
/// when one output is the build's critical path.
/// </summary>
internal static class Profile
{
    public static void Run(string markdownFile, string templates, int runs)
    {
        var text = File.ReadAllText(markdownFile);
        var theme = ThemeReader.Read(Path.Combine(templates, "theme.yaml"), new DiagnosticBag());
        using var fonts = new FontLibrary([Path.Combine(templates, "fonts")], BundledFonts.Faces);
        var word = text.Contains("format: docx", StringComparison.Ordinal);
        for (var run = 1; run <= runs; run++)
        {
            var (allocated, pause, gen0, gen1, gen2) = (
                GC.GetTotalAllocatedBytes(true),
                GC.GetTotalPauseDuration(),
                GC.CollectionCount(0),
                GC.CollectionCount(1),
                GC.CollectionCount(2)
            );
            var clock = Stopwatch.StartNew();
            var size = word
                ? Word(markdownFile, text, theme, fonts)
                : MarkdownPdf.Render(markdownFile, text, theme, fonts).Bytes?.Length ?? -1;
            clock.Stop();
            Console.WriteLine(
                $"run {run}: {clock.ElapsedMilliseconds} ms, {(GC.GetTotalAllocatedBytes(true) - allocated) >> 20} MB "
                    + "allocated, "
                    + $"GC paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms (gen0 "
                    + $"{GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 "
                    + $"{GC.CollectionCount(2) - gen2}), "
                    + $"{size} bytes, heap {GC.GetTotalMemory(false) >> 20} MB"
            );
        }
    }

    private static int Word(string path, string text, Theme theme, FontLibrary fonts)
    {
        var diagnostics = new DiagnosticBag();
        var (settings, body) = PrepPack.Markdown.FrontMatterReader.Read(path, text, diagnostics);
        return MarkdownWord.Render(path, settings, body, theme, fonts, diagnostics, _ => null).Bytes?.Length ?? -1;
    }
}
