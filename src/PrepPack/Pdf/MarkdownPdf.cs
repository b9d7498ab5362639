using Markdig.Renderers.Html;
using Markdig.Syntax;
using PrepPack.Diagnostics;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
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
        // font_size sets the body type; headings, small type, spacing and padding keep their proportions to it.
        if (settings.FontSize is { } fontSize) theme = theme.Scaled(fontSize / theme.Sizes.Body);
        if (settings.FitFloor is { } fitFloor) theme = theme with { FitFloor = fitFloor };

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
        LaidOutDocument? laidOut;
        IReadOnlyList<Diagnostic> problems;
        if (settings.Fit == FitMode.EachPage)
            (laidOut, problems) = FitEachPage(paginator, theme, setup, settings, faces, path, contents, document, unsupported);
        else
        {
            var outcome = Lay(1);
            Diagnostic? problem = outcome.Problem is { } first ? Problem(first, at) : null;
            laidOut = outcome.Document;
            if (laidOut is not null && settings.FitsOnePage && laidOut.Pages.Count > 1)
                (laidOut, problem, scale) = FitOnePage(Lay, theme, setup, settings, faces, path, contents, document, unsupported);
            problems = problem is null ? [] : [problem];
        }
        if (laidOut is { } pages && (settings.NUp > 1 || settings.Duplex))
        {
            Diagnostic? problem;
            (laidOut, problem) = Impose(pages, settings, theme, path, diagnostics);
            if (problem is not null) problems = [problem];
        }
        glyphs.Report();
        if (laidOut is null)
        {
            foreach (var problem in problems) diagnostics.Add(problem);
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

    /// <summary>
    /// Each page, between the document's page breaks, at the largest type scale down to the floor
    /// at which it fits one page on its own, so one long card shrinks and the rest keep their size.
    /// Every page that does not fit even at the floor is its own error, at its first line.
    /// </summary>
    private static (LaidOutDocument?, IReadOnlyList<Diagnostic>) FitEachPage(Paginator paginator, Theme theme, PageSetup setup, FrontMatter settings,
        FaceChooser faces, string path, IReadOnlyList<ContentsEntry> contents, MarkdownDocument document, UnsupportedMarkdown unsupported)
    {
        var at = new SourceLocation(path, 0, 0);
        var pieces = Pieces(document);
        Element Piece(List<Block> blocks, float scale, PageContext pages) =>
            new ElementRenderer(theme.Scaled(scale), settings, faces, pages, path, contents, unsupported).Render(blocks);
        bool Fits(List<Block> blocks, float scale) =>
            paginator.Run(setup, pages => Piece(blocks, scale, pages), at) is { Document.Pages.Count: 1 };

        var scales = new List<float>();
        var problems = new List<Diagnostic>();
        foreach (var piece in pieces)
        {
            if (Fits(piece, 1)) { scales.Add(1); continue; }
            if (!Fits(piece, theme.FitFloor)) { problems.Add(PageTooLong(piece, theme, setup, Piece(piece, theme.FitFloor, new PageContext()), path)); continue; }
            float low = theme.FitFloor, high = 1;
            for (var step = 0; step < FitSteps; step++)
            {
                var middle = (low + high) / 2;
                if (Fits(piece, middle)) low = middle;
                else high = middle;
            }
            scales.Add(low);
        }
        if (problems.Count > 0) return (null, problems);

        var outcome = paginator.Run(setup, pages => new Column(pieces
            .SelectMany((piece, i) => i == 0 ? [Piece(piece, scales[i], pages)] : new[] { new PageBreak(), Piece(piece, scales[i], pages) })
            .ToList()), at);
        return outcome.Problem is { } problem ? (null, [Problem(problem, at)]) : (outcome.Document, []);
    }

    private static Diagnostic PageTooLong(List<Block> piece, Theme theme, PageSetup setup, Element atFloor, string path)
    {
        var first = piece[0];
        var needed = atFloor.Measure(new Size(setup.ContentSize.Width, float.MaxValue / 4)).Height;
        var over = Math.Max(needed / setup.ContentSize.Height - 1, 0.01f);
        var excerpt = first.Descendants<LeafBlock>().Select(PlainText).FirstOrDefault(t => t.Trim().Length > 0)?.Trim();
        var named = excerpt is null ? "" : $" (\"{(excerpt.Length <= 40 ? excerpt : excerpt[..39].TrimEnd() + "…")}\")";
        return Diagnostic.Error(new SourceLocation(path, first.Line + 1, first.Column + 1), DiagnosticCodes.TooBigForPage,
            $"The page at line {first.Line + 1} of {Path.GetFileName(path)}{named} does not fit, even with its type shrunk to {theme.FitFloor * 100:0}% ({theme.Sizes.Body * theme.FitFloor:0.#} pt): it is {Math.Ceiling(over * 100):0}% too long.",
            "Shorten its longest text, or choose a larger card size or a lower 'fit_floor' under 'cards:' in templates/theme.yaml.");
    }

    /// <summary>The document's top-level blocks split at its page breaks, leaving out empty pages.</summary>
    private static List<List<Block>> Pieces(MarkdownDocument document)
    {
        var pieces = new List<List<Block>> { new() };
        foreach (var block in document)
        {
            if (IsPageBreak(block)) pieces.Add([]);
            else if (block is not LinkReferenceDefinitionGroup) pieces[^1].Add(block);
        }
        return pieces.Where(p => p.Count > 0).ToList();
    }

    private static bool IsPageBreak(Block block) => block switch
    {
        ParagraphBlock paragraph => PageBreaks.Is(paragraph),
        HtmlBlock html => PageBreaks.Is(html),
        Markdig.Extensions.CustomContainers.CustomContainer container => PageBreaks.Is(container),
        _ => false,
    };

    private static (LaidOutDocument?, Diagnostic?) Impose(LaidOutDocument cards, FrontMatter settings, Theme theme, string path, DiagnosticBag diagnostics)
    {
        var (width, height) = PaperSize.Parse(settings.Sheet)!.Value;
        var sheet = new SheetSettings(settings.NUp, width, height, settings.CutMarks, settings.Flip);
        if (settings.NUp > 1 && Imposition.Grid(cards.Setup.Width, cards.Setup.Height, sheet) is null)
            return (null, Diagnostic.Error(new SourceLocation(path, 0, 0), DiagnosticCodes.FrontMatterInvalid,
                $"{settings.NUp} pages of {cards.Setup.Width / 72:0.#}in x {cards.Setup.Height / 72:0.#}in do not fit on a {settings.Sheet} sheet; "
                + $"at most {Imposition.Capacity(cards.Setup.Width, cards.Setup.Height, width, height)} do.",
                "Lower 'n_up', choose smaller cards, or a larger sheet."));
        if (Imposition.CutMarksLeftOut(cards.Setup.Width, cards.Setup.Height, sheet) is > 0 and var leftOut)
        {
            var lines = theme.Cards.Lines;
            var line = lines.TryGetValue("cut_marks", out var marks) ? marks : lines.TryGetValue("per_sheet", out var perSheet) ? perSheet : SourceLocation.StartOf(theme.File);
            diagnostics.Warning(line, DiagnosticCodes.CutMarksNearEdge,
                $"{leftOut} cut marks are left out of {settings.Output ?? Path.ChangeExtension(Path.GetFileName(path), ".pdf")}: {settings.NUp} cards of {cards.Setup.Width / 72:0.#}in x {cards.Setup.Height / 72:0.#}in "
                + $"leave less than a quarter inch at the edge of a {settings.Sheet} sheet, where most printers do not print.",
                "Put fewer cards on a sheet ('per_sheet'), choose a larger sheet, or cut along the card edges with 'cut_marks: false'.");
        }
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
