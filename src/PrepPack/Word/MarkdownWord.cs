using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Diagnostics;

using PrepPack.Layout.Text;
using PrepPack.Templates;
using PrepPack.Word.Rendering;
using PrepPack.Theming;

namespace PrepPack.Word;

/// <summary>
/// Markdown with front matter in, a Word document out: named styles throughout, real lists,
/// tables with repeating headers, page setup and footer from the theme and front matter.
/// </summary>
public static class MarkdownWord
{
    /// <param name="locate">Where a page's story comes from, by the id of the heading that opens the page.</param>
    public static WordResult Render(string path, FrontMatter settings, string body, Theme theme, FontLibrary fonts,
        DiagnosticBag diagnostics, Func<string, SourceLocation?> locate, DateTime? date = null)
    {
        theme = FontCheck.Run(theme, fonts, diagnostics);
        var sheet = WordStyleSheet.For(theme, ResolveReference(theme, diagnostics), diagnostics);
        if (diagnostics.HasErrors) return new WordResult(null, 0, diagnostics.Sorted());

        var (width, height) = PaperSize.Parse(settings.Page ?? theme.Page.Size) ?? (612f, 792f);
        if (settings.Orientation == "landscape" && height > width) (width, height) = (height, width);
        var margin = settings.Margin ?? theme.Page.Margin;
        var textWidth = (int)((width - 2 * margin) * 20);

        using var stream = new MemoryStream();
        List<OpenXmlElement> blocks;
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            WordStyles.Add(main, sheet);
            var renderer = new WordRenderer(theme, sheet, main, new WordNumbering(main), new UnsupportedMarkdown(path, "the Word document", diagnostics));
            blocks = renderer.Blocks(MarkdownParser.Parse(body)).ToList();
            var section = new SectionProperties();
            var footer = settings.Footer ?? theme.Page.Footer;
            if (!string.IsNullOrWhiteSpace(footer))
                section.Append(WordFooter.Add(main, footer.Replace("{title}", settings.Title ?? ""), textWidth));
            section.Append(
                new PageSize { Width = (UInt32Value)(uint)(width * 20), Height = (UInt32Value)(uint)(height * 20), Orient = width > height ? PageOrientationValues.Landscape : PageOrientationValues.Portrait },
                new PageMargin { Top = (int)(margin * 20), Bottom = (int)(margin * 20), Left = (uint)(margin * 20), Right = (uint)(margin * 20), Header = 360, Footer = 360, Gutter = 0 });
            var documentBody = new Body();
            documentBody.Append(blocks);
            documentBody.Append(section);
            main.Document = new Document(documentBody);
            Describe(document, settings, date);
        }

        var estimate = new OnePageEstimate(sheet, new FaceChooser(fonts, new IgnoreMissing()), (width - 2 * margin), height - 2 * margin - 24);
        var pages = estimate.Pages(blocks);
        foreach (var page in pages.Where(p => p.Over > 0.02f))
        {
            var at = page.Anchor is { } anchor ? locate(anchor) : null;
            diagnostics.Warning(at ?? SourceLocation.WholeOf(path), DiagnosticCodes.OverOneWordPage,
                $"'{page.Title}' runs to about {1 + page.Over:0.0} pages in {settings.Output ?? Path.GetFileName(path)}, about {page.Lines} lines too long for a one-pager.",
                "Shorten its STAR answer or its follow-ups so the one-pager fits one page.");
        }
        return new WordResult(StableZip.Normalise(stream.ToArray(), date),
            pages.Count, diagnostics.Sorted());
    }

    private static string? ResolveReference(Theme theme, DiagnosticBag diagnostics)
    {
        if (theme.WordReference is not { } reference) return null;
        var path = Path.IsPathRooted(reference) ? reference : Path.Combine(Path.GetDirectoryName(theme.File) ?? ".", reference);
        if (File.Exists(path)) return path;
        diagnostics.Error(SourceLocation.WholeOf(theme.File), DiagnosticCodes.ThemeInvalid,
            $"The Word reference document '{reference}' named in the theme does not exist.",
            "Put the .docx beside theme.yaml, or remove 'word_reference' to use PrepPack's styles.");
        return null;
    }

    private static void Describe(WordprocessingDocument document, FrontMatter settings, DateTime? date)
    {
        document.PackageProperties.Title = settings.Title;
        document.PackageProperties.Creator = settings.Author;
        document.PackageProperties.Subject = settings.Subject;
        document.PackageProperties.Keywords = settings.Keywords;
        if (date is not null)
            document.PackageProperties.Created = document.PackageProperties.Modified = date;
    }

    private sealed class IgnoreMissing : IGlyphReporter
    {
        public void MissingGlyph(int codePoint, object? origin) { }
    }
}
