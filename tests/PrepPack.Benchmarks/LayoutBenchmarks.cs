using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using PrepPack.Diagnostics;
using PrepPack.Layout.Text;
using PrepPack.Markdown;
using PrepPack.Pdf;
using PrepPack.Theming;

namespace PrepPack.Benchmarks;

/// <summary>
/// Lays out and writes a document of about 100 pages. Goal: at least 200 pages a second on one
/// core and under 100 MB allocated for the whole document.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class LayoutBenchmarks
{
    private string _markdown = "";
    private Theme _theme = new();
    private FontLibrary _fonts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _markdown = MixedDocument.Create(sections: 250);
        var root = RepositoryRoot();
        _theme = ThemeReader.Read(Path.Combine(root, "templates", "theme.yaml"), new DiagnosticBag());
        _fonts = new FontLibrary([Path.Combine(root, "templates", "fonts")], BundledFonts.Faces);
        var pages = MarkdownPdf.Render("benchmark.md", _markdown, _theme, _fonts).PageCount;
        Console.WriteLine($"// The benchmark document has {pages} pages.");
    }

    [Benchmark]
    public int LayOutAndWriteHundredPages() =>
        MarkdownPdf.Render("benchmark.md", _markdown, _theme, _fonts).Bytes!.Length;

    [GlobalCleanup]
    public void Cleanup() => _fonts.Dispose();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PrepPack.sln")))
                return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
