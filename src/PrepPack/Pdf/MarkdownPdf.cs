using Markdig.Renderers.Html;
using Markdig.Syntax;
using PrepPack.Diagnostics;
using PrepPack.Layout.Core;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Pdf;
using PrepPack.Layout.Text;
using PrepPack.Markdown;
using PrepPack.Pdf.Rendering;
using PrepPack.Theming;

namespace PrepPack.Pdf;

/// <summary>
/// Markdown with front matter in, PDF bytes out: reads the settings, builds the element tree,
/// lays it out (shrinking the type to fit one page when asked) and writes the PDF.
/// </summary>
public static class MarkdownPdf
{
    /// <summary>Steps of the one-page search; 2^-7 of the range is finer than a reader notices.</summary>
    private const int FitSteps = 7;

    public static PdfResult Render(string path, string text, Theme theme, FontLibrary fonts, DateTime? date = null)
    {
        var diagnostics = new DiagnosticBag();
        var (settings, body) = FrontMatterReader.Read(path, text, diagnostics);
        return Render(path, settings, body, theme, fonts, diagnostics, date);
    }

    /// <summary>Renders a document whose front matter has been read already.</summary>
    /// <param name="date">The date the file carries (SOURCE_DATE_EPOCH), or null for none, so equal input gives equal bytes.</param>
    public static PdfResult Render(string path, FrontMatter settings, string body, Theme theme, FontLibrary fonts, DiagnosticBag diagnostics, DateTime? date = null)
    {
        theme = FontCheck.Run(theme, fonts, diagnostics);
        if (diagnostics.HasErrors) return Failed(diagnostics);

        var document = MarkdownParser.Parse(body);
        var contents = Contents(document, path);
        var setup = PageSetupFactory.Create(DocumentSetup.From(settings, theme.Page), theme);
        var glyphs = new GlyphReport(diagnostics, theme.Fonts.ForBody);
        var faces = new FaceChooser(fonts, glyphs);
        var paginator = new Paginator(faces);
        var at = new SourceLocation(path, 0, 0);
        var unsupported = new UnsupportedMarkdown(path, "the PDF", diagnostics);

        LayoutOutcome Lay(float scale) => paginator.Run(setup,
            pages => new ElementRenderer(theme.Scaled(scale), settings, faces, pages, path, contents, unsupported).Render(document), at);

        var scale = 1f;
        var outcome = Lay(1);
        Diagnostic? problem = outcome.Problem is { } first ? Problem(first, at) : null;
        var laidOut = outcome.Document;
        if (laidOut is not null && settings.FitsOnePage && laidOut.Pages.Count > 1)
            (laidOut, problem, scale) = FitOnePage(Lay, theme, setup, settings, faces, path, contents, document, unsupported);
        if (laidOut is { } pages && (settings.NUp > 1 || settings.Duplex))
            (laidOut, problem) = Impose(pages, settings, path);
        glyphs.Report();
        if (laidOut is null)
        {
            diagnostics.Add(problem!);
            return Failed(diagnostics);
        }

        using var output = new MemoryStream();
        var metadata = new PdfMetadata(settings.Title ?? Path.GetFileNameWithoutExtension(path), settings.Author, settings.Subject, settings.Keywords)
        {
            Date = date,
            Language = settings.Lang ?? PdfMetadata.DefaultLanguage,
        };
        PdfWriter.Write(laidOut, metadata, output, Outline(contents, settings, laidOut));
        return new PdfResult(output.ToArray(), laidOut, scale, diagnostics.Sorted());
    }

    private static Diagnostic Problem(LayoutProblem problem, SourceLocation document) => problem.Kind switch
    {
        LayoutProblemKind.TooManyPages => Diagnostic.Error(document, DiagnosticCodes.TooManyPages, problem.Message,
            "Check for content repeated by mistake in the template."),
        LayoutProblemKind.TooWideForPage => Diagnostic.Error(problem.Origin as SourceLocation? ?? document, DiagnosticCodes.TableTooWide, problem.Message,
            "Use fewer columns (split the table in two, or turn some columns into rows), or give it more width: orientation: landscape, a larger page or smaller margins in the front matter."),
        _ => Diagnostic.Error(problem.Origin as SourceLocation? ?? document, DiagnosticCodes.TooBigForPage, problem.Message,
            "Shorten it, split it in two, or choose a larger page size or smaller margins in the front matter."),
    };

    /// <summary>Binary search for the largest type scale, down to the theme's floor, that fits one page.</summary>
    private static (LaidOutDocument?, Diagnostic?, float) FitOnePage(Func<float, LayoutOutcome> lay, Theme theme, PageSetup setup, FrontMatter settings,
        FaceChooser faces, string path, IReadOnlyList<ContentsEntry> contents, MarkdownDocument document, UnsupportedMarkdown unsupported)
    {
        var at = new SourceLocation(path, 0, 0);
        var floor = lay(theme.FitFloor);
        if (floor.Problem is { } failed) return (null, Problem(failed, at), theme.FitFloor);
        if (floor.Document!.Pages.Count > 1)
        {
            var root = new ElementRenderer(theme.Scaled(theme.FitFloor), settings, faces, new PageContext(), path, contents, unsupported).Render(document);
            var needed = root.Measure(new Size(setup.ContentSize.Width, float.MaxValue / 4)).Height;
            var over = needed / setup.ContentSize.Height - 1;
            var lines = (needed - setup.ContentSize.Height) / (theme.Sizes.Body * theme.FitFloor * theme.Spacing.LineHeight);
            return (null, Diagnostic.Error(at, DiagnosticCodes.OverOnePage,
                $"{settings.Output ?? Path.ChangeExtension(Path.GetFileName(path), ".pdf")} must fit on one page, but even with type shrunk to {theme.FitFloor:P0} it is {Math.Max(over, 0.01):P0} too long (about {Math.Ceiling(Math.Max(lines, 1))} lines).",
                "Shorten the content, or lower 'fit_floor' in templates/theme.yaml to allow smaller type."), theme.FitFloor);
        }
        float low = theme.FitFloor, high = 1;
        var best = floor;
        for (var step = 0; step < FitSteps; step++)
        {
            var middle = (low + high) / 2;
            var attempt = lay(middle);
            if (attempt.Succeeded && attempt.Document!.Pages.Count == 1) { low = middle; best = attempt; }
            else high = middle;
        }
        return (best.Document, null, low);
    }

    private static (LaidOutDocument?, Diagnostic?) Impose(LaidOutDocument cards, FrontMatter settings, string path)
    {
        var (width, height) = PaperSize.Parse(settings.Sheet)!.Value;
        var sheet = new SheetSettings(settings.NUp, width, height, settings.CutMarks, settings.Duplex);
        if (settings.NUp > 1 && Imposition.Grid(cards.Setup.Width, cards.Setup.Height, sheet) is null)
            return (null, Diagnostic.Error(new SourceLocation(path, 0, 0), DiagnosticCodes.FrontMatterInvalid,
                $"{settings.NUp} pages of {cards.Setup.Width / 72:0.#}in x {cards.Setup.Height / 72:0.#}in do not fit on a {settings.Sheet} sheet; "
                + $"at most {Imposition.Capacity(cards.Setup.Width, cards.Setup.Height, width, height)} do.",
                "Lower 'n_up', choose smaller cards, or a larger sheet."));
        return (Imposition.Apply(cards, sheet), null);
    }

    private static IReadOnlyList<ContentsEntry> Contents(MarkdownDocument document, string path) =>
        document.Descendants<HeadingBlock>()
            // {.unlisted} keeps a heading out of the contents, as in pandoc.
            .Where(h => h.TryGetAttributes()?.Id is { Length: > 0 } && !ClassNames.Has(h, ClassNames.Unlisted))
            .Select(h => new ContentsEntry(h.Level, PlainText(h), h.GetAttributes().Id!, new SourceLocation(path, h.Line + 1, h.Column + 1)))
            .ToList();

    /// <summary>
    /// The bookmarks: the headings the contents lists, to the same depth. A one-page document
    /// gets none, as a bookmark there leads nowhere the reader is not already.
    /// </summary>
    private static IReadOnlyList<OutlineEntry> Outline(IReadOnlyList<ContentsEntry> contents, FrontMatter settings, LaidOutDocument document) =>
        document.Pages.Count < 2 ? [] : contents
            .Where(e => e.Level <= settings.TocDepth && e.Title.Trim().Length > 0)
            .Select(e => new OutlineEntry(e.Title.Trim(), e.Level, e.Destination))
            .ToList();

    private static string PlainText(LeafBlock block) =>
        string.Concat(block.Inline?.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()) ?? []);

    private static PdfResult Failed(DiagnosticBag diagnostics) => new(null, null, 0, diagnostics.Sorted());
}
