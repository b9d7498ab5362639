using Markdig.Renderers.Html;
using Markdig.Syntax;
using PrepPack.Diagnostics;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Pdf;
using PrepPack.Layout.Text;
using PrepPack.Markdown;
using PrepPack.Pdf.Pieces;
using PrepPack.Pdf.Rendering;
using PrepPack.Theming;

namespace PrepPack.Pdf;

/// <summary>
/// Markdown with front matter in, PDF bytes out: reads the settings, builds the element tree,
/// lays it out (shrinking the type to fit one page when asked) and writes the PDF.
/// </summary>
public static class MarkdownPdf
{
    public static PdfResult Render(string path, string text, Theme theme, FontLibrary fonts, DateTime? date = null)
    {
        var diagnostics = new DiagnosticBag();
        var (settings, body) = FrontMatterReader.Read(path, text, diagnostics);
        return Render(path, settings, body, theme, fonts, diagnostics, date);
    }

    /// <summary>Renders a document whose front matter has been read already.</summary>
    /// <param name="date">The date the file carries (SOURCE_DATE_EPOCH), or null for none, so equal input gives equal
    /// bytes.</param>
    /// <param name="cache">Pages of pieces kept from the last build, used and kept again; null lays out every
    /// page.</param>
    /// <param name="pageLimit">The most pages the document may take before it is an error
    /// (a build sizes it to the story bank).</param>
    public static PdfResult Render(
        string path,
        FrontMatter settings,
        string body,
        Theme theme,
        FontLibrary fonts,
        DiagnosticBag diagnostics,
        DateTime? date = null,
        PieceCache? cache = null,
        int pageLimit = Paginator.LeastPageLimit
    )
    {
        theme = FontCheck.Run(theme, fonts, diagnostics);
        if (diagnostics.HasErrors)
            return Failed(diagnostics);
        // font_size sets the body type; headings, small type, spacing and padding keep their proportions to it.
        if (settings.FontSize is { } fontSize)
            theme = theme.Scaled(fontSize / theme.Sizes.Body);
        if (settings.FitFloor is { } fitFloor)
            theme = theme with { FitFloor = fitFloor };

        var document = MarkdownParser.Parse(body);
        HeadingTagLevels.Assign(document);
        var contents = Contents(document, path);
        var page = DocumentSetup.From(settings, theme.Page);
        var setup = PageSetupFactory.Create(page, theme);
        var glyphs = new GlyphReport(diagnostics, theme.Fonts.ForBody);
        var faces = new FaceChooser(fonts, glyphs);
        var paginator = new Paginator(faces, pageLimit);
        var at = new SourceLocation(path, 0, 0);
        var unsupported = new UnsupportedMarkdown(path, "the PDF", diagnostics);
        var sections = DocumentSections.Split(document, path, diagnostics);
        if (diagnostics.HasErrors)
            return Failed(diagnostics);
        // What every piece reads: the faces the theme settled on, and the link definitions, wherever they stand.
        var shared = cache is null
            ? ""
            : string.Join("\n", theme.Fonts.Roles.Select(r => $"{r.Role}: {string.Join(", ", r.Families)}"))
                + "\n"
                + PieceKeys.Definitions(document);
        var pieces = cache is null ? null : new PieceStore(cache, fonts, shared, body, diagnostics, glyphs);

        var scale = 1f;
        LaidOutDocument? laidOut;
        IReadOnlyList<Diagnostic> problems;
        if (settings.Fit == FitMode.EachPage)
        {
            if (sections.Count > 1)
                diagnostics.Warning(
                    at,
                    DiagnosticCodes.SectionInvalid,
                    "A document fitted page by page (fit: each-page) sets every page up alike, so its sections' "
                        + "settings are not used.",
                    "Remove 'fit: each-page' from the front matter, or the '::: section' lines."
                );
            (laidOut, problems) = FitEachPage(
                paginator,
                theme,
                setup,
                settings,
                faces,
                path,
                contents,
                document,
                unsupported,
                body,
                pieces
            );
        }
        else
        {
            var parts = Sections(sections, page, theme, settings, path, diagnostics);
            if (parts is null)
                return Failed(diagnostics);
            var (scales, sectionProblems) = FitSections(parts, paginator, theme, faces, path, contents, unsupported);
            // The renderers of the last layout, for the checks made on the page as printed: one a section, in the
            // sections' order, whichever order (or thread) the sections were laid out in.
            var renderers = new ElementRenderer?[parts.Count];
            List<PageSection> Scaled(float documentScale) =>
                parts
                    .Select(
                        (part, i) =>
                            new PageSection(
                                PageSetupFactory.NoLargerThan(part.Setup, theme.Sizes.Body * documentScale * scales[i]),
                                () =>
                                {
                                    var renderer = new ElementRenderer(
                                        theme.Scaled(documentScale * scales[i]),
                                        part.Settings,
                                        faces,
                                        path,
                                        contents,
                                        unsupported
                                    );
                                    renderers[i] = renderer;
                                    return renderer.Render(part.Blocks);
                                }
                            )
                    )
                    .ToList();
            LayoutOutcome Lay(float documentScale) => paginator.Run(Scaled(documentScale), at);

            if (sectionProblems.Count > 0)
                (laidOut, problems) = (null, sectionProblems);
            else if (settings.FitsOnePage)
            {
                var (fitted, fits) = OnePageFit.Search(s => Paginator.FitsOnePage(Scaled(s)), theme.FitFloor);
                Array.Clear(renderers);
                var outcome = Lay(fitted);
                WideColumns.Warn(
                    renderers.OfType<ElementRenderer>().SelectMany(r => r.Tables),
                    setup.ContentSize.Width,
                    diagnostics
                );
                // Only type the fit shrank: a theme that sets small type on purpose is its own choice.
                if (fits && fitted < 1 && outcome.Document is { Pages.Count: 1 })
                    ReadableType.Warn(
                        renderers.OfType<ElementRenderer>().SelectMany(r => r.Texts),
                        theme.Sizes.Body * fitted * scales.DefaultIfEmpty(1).Min(),
                        theme.OnePage.Readable,
                        settings.Output ?? Path.ChangeExtension(Path.GetFileName(path), ".pdf"),
                        diagnostics
                    );
                // Measured to fit, drawn on one page: a layout that disagrees is reported, never printed on two.
                fits = fits && outcome.Document is { Pages.Count: 1 };
                (laidOut, scale) = fits ? (outcome.Document, fitted) : (null, fitted);
                problems = fits
                    ? []
                    :
                    [
                        outcome.Problem is { } failed
                            ? Problem(failed, at)
                            : OverOnePage(theme, setup, settings, faces, path, contents, document, unsupported),
                    ];
            }
            else
            {
                var outcome = LayPieces(
                    parts,
                    scales,
                    paginator,
                    theme,
                    faces,
                    path,
                    contents,
                    unsupported,
                    body,
                    pieces,
                    at
                );
                laidOut = outcome.Document;
                problems = outcome.Problem is { } first ? [Problem(first, at)] : [];
            }
        }
        if (laidOut is { } pages && (settings.NUp > 1 || settings.Duplex))
        {
            Diagnostic? problem;
            (laidOut, problem) = Impose(pages, settings, theme, path, diagnostics);
            if (problem is not null)
                problems = [problem];
        }
        glyphs.Report();
        if (laidOut is null)
        {
            foreach (var problem in problems)
                diagnostics.Add(problem);
            return Failed(diagnostics);
        }

        using var output = new MemoryStream();
        var metadata = new PdfMetadata(
            settings.Title ?? Path.GetFileNameWithoutExtension(path),
            settings.Author,
            settings.Subject,
            settings.Keywords
        )
        {
            Date = date,
            Language = settings.Language,
            Duplex = settings.SaysDuplex ? Flip(settings.Flip) : null,
        };
        PdfWriter.Write(laidOut, metadata, output, Outline(contents, settings, laidOut));
        return new PdfResult(output.ToArray(), laidOut, scale, diagnostics.Sorted());
    }

    private static Diagnostic Problem(LayoutProblem problem, SourceLocation document) =>
        problem.Kind switch
        {
            LayoutProblemKind.TooManyPages => Diagnostic.Error(
                document,
                DiagnosticCodes.TooManyPages,
                problem.Message,
                "The limit grows with the story bank, so this is far more than it needs: "
                    + "check for content repeated by mistake in the template."
            ),
            LayoutProblemKind.TooWideForPage => Diagnostic.Error(
                problem.Origin as SourceLocation? ?? document,
                DiagnosticCodes.TableTooWide,
                problem.Message,
                "Use fewer columns (split the table in two, or turn some columns into rows), or give it more width: "
                    + "orientation: landscape, a larger page or smaller margins in the front matter."
            ),
            _ => Diagnostic.Error(
                problem.Origin as SourceLocation? ?? document,
                DiagnosticCodes.TooBigForPage,
                problem.Message,
                "Shorten it, split it in two, or choose a larger page size or smaller margins in the front matter."
            ),
        };

    /// <summary>The error for a document that does not fit one page even at the floor, with how much too long it
    /// is.</summary>
    private static Diagnostic OverOnePage(
        Theme theme,
        PageSetup setup,
        FrontMatter settings,
        FaceChooser faces,
        string path,
        IReadOnlyList<ContentsEntry> contents,
        MarkdownDocument document,
        UnsupportedMarkdown unsupported
    )
    {
        var renderer = new ElementRenderer(theme.Scaled(theme.FitFloor), settings, faces, path, contents, unsupported);
        var (over, lines) = Overflow(renderer.Render(document), theme, setup);
        // Told at the longest text on the page, the first to cut, which the build takes back to the story it is from.
        var longest = ReadableType.Longest(renderer.Texts);
        return Diagnostic.Error(
            longest?.At ?? new SourceLocation(path, 0, 0),
            DiagnosticCodes.OverOnePage,
            $"{settings.Output ?? Path.ChangeExtension(Path.GetFileName(path), ".pdf")} must fit on one page, but "
                + $"even with type shrunk to {theme.FitFloor * 100:0}% it is {Math.Ceiling(over * 100):0}% too long "
                + $"(about {lines} lines)."
                + (
                    longest is { } l
                        ? $" The longest text on it is this one ('{l.Quoted}', {l.Text.Length} characters)."
                        : ""
                ),
            "Shorten that text first (for a long title, set short_title: a few words the one-page outputs print), show "
                + "fewer stories there (one_page: in templates/theme.yaml), or lower 'fit_floor' there."
        );
    }

    /// <summary>How much taller than one page content is at the floor, as a share of the page and in lines of body
    /// type.</summary>
    private static (float Over, double Lines) Overflow(Element root, Theme theme, PageSetup setup)
    {
        var needed = root.Measure(new Size(setup.ContentSize.Width, float.MaxValue / 4)).Height;
        var over = needed / setup.ContentSize.Height - 1;
        var lines =
            (needed - setup.ContentSize.Height) / (theme.Sizes.Body * theme.FitFloor * theme.Spacing.LineHeight);
        return (Math.Max(over, 0.01f), Math.Ceiling(Math.Max(lines, 1)));
    }

    /// <summary>A section's blocks with the page they are set on and the settings their text follows.</summary>
    private sealed record SectionPart(
        IReadOnlyList<Block> Blocks,
        PageSetup Setup,
        FrontMatter Settings,
        DocumentSection Source
    );

    /// <summary>Each section's page, or null (with an error at the section) when its margins leave no room.</summary>
    private static List<SectionPart>? Sections(
        IReadOnlyList<DocumentSection> sections,
        DocumentSetup page,
        Theme theme,
        FrontMatter settings,
        string path,
        DiagnosticBag diagnostics
    )
    {
        var parts = new List<SectionPart>();
        foreach (var section in sections)
        {
            var own = page.For(section.Settings);
            if (!own.HasRoom)
            {
                diagnostics.Error(
                    new SourceLocation(path, section.Line + 1, 1),
                    DiagnosticCodes.SectionInvalid,
                    $"The section's margins of {own.Margin / 72:0.##}in leave "
                        + $"{Math.Max(0, own.TextWidth) / 72:0.##}in x {Math.Max(0, own.TextHeight) / 72:0.##}in for "
                        + $"text on a {own.Width / 72:0.##}in x {own.Height / 72:0.##}in page.",
                    $"Use a smaller margin (at most "
                        + $"{(Math.Min(own.Width, own.Height) - DocumentSetup.LeastText) / 2 / 72:0.##}in)."
                );
                continue;
            }
            parts.Add(
                new SectionPart(
                    section.Blocks,
                    PageSetupFactory.Create(own, theme),
                    settings with
                    {
                        Justify = section.Settings?.Justify ?? settings.Justify,
                    },
                    section
                )
            );
        }
        return diagnostics.HasErrors ? null : parts;
    }

    /// <summary>
    /// The type scale of each section: 1, or for a section with fit=one-page the largest down to
    /// the floor at which it fits one page on its own, found as a document with fit: one-page is.
    /// </summary>
    private static (float[] Scales, IReadOnlyList<Diagnostic> Problems) FitSections(
        IReadOnlyList<SectionPart> parts,
        Paginator paginator,
        Theme theme,
        FaceChooser faces,
        string path,
        IReadOnlyList<ContentsEntry> contents,
        UnsupportedMarkdown unsupported
    )
    {
        var scales = parts.Select(_ => 1f).ToArray();
        var problems = new List<Diagnostic>();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Source.Settings?.Fit != FitMode.OnePage)
                continue;
            var at = new SourceLocation(path, part.Source.Line + 1, 1);
            Element Render(float scale) =>
                new ElementRenderer(theme.Scaled(scale), part.Settings, faces, path, contents, unsupported).Render(
                    part.Blocks
                );
            var (fitted, fits) = OnePageFit.Search(
                scale => Paginator.FitsOnePage([new PageSection(part.Setup, () => Render(scale))]),
                theme.FitFloor
            );
            scales[i] = fitted;
            if (fits)
                continue;
            if (paginator.Run(part.Setup, () => Render(theme.FitFloor), at).Problem is { } failed)
            {
                problems.Add(Problem(failed, at));
                continue;
            }
            var (over, lines) = Overflow(Render(theme.FitFloor), theme, part.Setup);
            problems.Add(
                Diagnostic.Error(
                    at,
                    DiagnosticCodes.OverOnePage,
                    $"The section at line {part.Source.Line + 1} of {Path.GetFileName(path)} must fit on one page, "
                        + $"but even with type shrunk to {theme.FitFloor * 100:0}% it is "
                        + $"{Math.Ceiling(over * 100):0}% too long (about {lines} lines).",
                    "Shorten the section's content, or lower 'fit_floor' in templates/theme.yaml to allow smaller type."
                )
            );
        }
        return (scales, problems);
    }

    /// <summary>
    /// Each page, between the document's page breaks, at the largest type scale down to the floor
    /// at which it fits one page on its own, so one long card shrinks and the rest keep their size.
    /// Every page that does not fit even at the floor is its own error, at its first line.
    /// </summary>
    private static (LaidOutDocument?, IReadOnlyList<Diagnostic>) FitEachPage(
        Paginator paginator,
        Theme theme,
        PageSetup setup,
        FrontMatter settings,
        FaceChooser faces,
        string path,
        IReadOnlyList<ContentsEntry> contents,
        MarkdownDocument document,
        UnsupportedMarkdown unsupported,
        string body,
        PieceStore? store
    )
    {
        var at = new SourceLocation(path, 0, 0);
        var pieces = Pieces(document);
        Element Piece(List<Block> blocks, float scale) =>
            new ElementRenderer(theme.Scaled(scale), settings, faces, path, contents, unsupported).Render(blocks);

        // Each page's content at the scale it fits. A page kept from the last build is neither measured nor made again.
        var fitted = new List<PagePiece>();
        var keys = new List<string?>();
        var problems = new List<Diagnostic>();
        var pieceKeys = pieces
            .Select((piece, i) => store?.Key(piece, setup, 1, settings.Justify, i < pieces.Count - 1, "each-page"))
            .ToList();
        var kept = store?.ReadAll(pieceKeys);
        float? guess = null;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var endsWithBreak = i < pieces.Count - 1;
            var key = pieceKeys[i];
            if (kept?[i] is { } pages)
            {
                fitted.Add(
                    new PagePiece(
                        setup,
                        () => throw new InvalidOperationException("A kept page is not made again."),
                        endsWithBreak,
                        pages
                    )
                );
                keys.Add(null);
                continue;
            }
            var clean = store?.Watch();
            bool Fits(float s) => Paginator.FitsOnePage([new PageSection(setup, () => Piece(piece, s))]);
            // Pages of one document are alike: the scale the last one fitted at is where this one's search starts.
            var (scale, fits) = guess is { } near
                ? OnePageFit.Search(Fits, theme.FitFloor, near)
                : OnePageFit.Search(Fits, theme.FitFloor);
            if (fits)
            {
                guess = scale;
                // Made again when laid out, a batch at a time: the content of every card is never held at once.
                fitted.Add(new PagePiece(setup, () => Piece(piece, scale), endsWithBreak));
            }
            else
                problems.Add(PageTooLong(piece, theme, setup, Piece(piece, theme.FitFloor), path));
            keys.Add(clean?.Clean == true ? key : null);
        }
        if (problems.Count > 0)
            return (null, problems);

        var outcome = store is null
            ? new PiecePaginator(paginator).Run(fitted, at)
            : store.Run(new PiecePaginator(paginator), fitted, keys, at);
        return outcome.Problem is { } problem ? (null, [Problem(problem, at)]) : (outcome.Document, []);
    }

    /// <summary>
    /// Lays out each section cut at its page breaks, each piece on its own and at once: the story
    /// of a binder, its answer pages. A piece kept from the last build is used as it was laid out.
    /// </summary>
    private static LayoutOutcome LayPieces(
        IReadOnlyList<SectionPart> parts,
        float[] scales,
        Paginator paginator,
        Theme theme,
        FaceChooser faces,
        string path,
        IReadOnlyList<ContentsEntry> contents,
        UnsupportedMarkdown unsupported,
        string body,
        PieceStore? store,
        SourceLocation at
    )
    {
        var pieces = new List<PagePiece>();
        var keys = new List<string?>();
        var themes = scales.Select(theme.Scaled).ToArray();
        // A section shrunk to fit keeps its header and footer no larger than its body.
        var setups = parts
            .Select((part, i) => PageSetupFactory.NoLargerThan(part.Setup, theme.Sizes.Body * scales[i]))
            .ToArray();
        var runs = parts
            .SelectMany(
                (part, i) => PageRuns.Split(part.Blocks).Select(run => (Part: i, run.Blocks, run.EndsWithBreak))
            )
            .ToList();
        var pieceKeys = runs.Select(r =>
                store?.Key(
                    r.Blocks,
                    setups[r.Part],
                    scales[r.Part],
                    parts[r.Part].Settings.Justify,
                    r.EndsWithBreak,
                    "flow"
                )
            )
            .ToList();
        var read = store?.ReadAll(pieceKeys);
        for (var r = 0; r < runs.Count; r++)
        {
            var (index, blocks, endsWithBreak) = runs[r];
            var (part, key, kept) = (parts[index], pieceKeys[r], read?[r]);
            Element Build() =>
                new ElementRenderer(themes[index], part.Settings, faces, path, contents, unsupported).Render(blocks);
            keys.Add(null);
            if (store is null || key is null || kept is not null)
            {
                pieces.Add(new PagePiece(setups[index], Build, endsWithBreak, kept));
                continue;
            }
            // Kept for the next build only when making it reported nothing: a kept piece is not made, so could not
            // report again.
            var slot = r;
            pieces.Add(
                new PagePiece(
                    setups[index],
                    () =>
                    {
                        var clean = store.Watch();
                        var element = Build();
                        keys[slot] = clean.Clean ? key : null;
                        return element;
                    },
                    endsWithBreak
                )
            );
        }
        var paginate = new PiecePaginator(paginator);
        return store is null ? paginate.Run(pieces, at) : store.Run(paginate, pieces, keys, at);
    }

    private static Diagnostic PageTooLong(List<Block> piece, Theme theme, PageSetup setup, Element atFloor, string path)
    {
        var first = piece[0];
        var needed = atFloor.Measure(new Size(setup.ContentSize.Width, float.MaxValue / 4)).Height;
        var over = Math.Max(needed / setup.ContentSize.Height - 1, 0.01f);
        var excerpt = first.Descendants<LeafBlock>().Select(PlainText).FirstOrDefault(t => t.Trim().Length > 0)?.Trim();
        var named = excerpt is null ? "" : $" (\"{(excerpt.Length <= 40 ? excerpt : excerpt[..39].TrimEnd() + "…")}\")";
        return Diagnostic.Error(
            new SourceLocation(path, first.Line + 1, first.Column + 1),
            DiagnosticCodes.TooBigForPage,
            $"The page at line {first.Line + 1} of {Path.GetFileName(path)}{named} does not fit, even with its type "
                + $"shrunk to {theme.FitFloor * 100:0}% ({theme.Sizes.Body * theme.FitFloor:0.#} pt): it is "
                + $"{Math.Ceiling(over * 100):0}% too long.",
            "Shorten its longest text, or choose a larger card size or a lower 'fit_floor' under 'cards:' in "
                + "templates/theme.yaml."
        );
    }

    /// <summary>The document's top-level blocks split at its page breaks, leaving out empty pages.</summary>
    private static List<List<Block>> Pieces(MarkdownDocument document)
    {
        var pieces = new List<List<Block>> { new() };
        foreach (var block in document)
        {
            if (IsPageBreak(block))
                pieces.Add([]);
            else if (block is not LinkReferenceDefinitionGroup)
                pieces[^1].Add(block);
        }
        return pieces.Where(p => p.Count > 0).ToList();
    }

    private static bool IsPageBreak(Block block) =>
        block switch
        {
            ParagraphBlock paragraph => PageBreaks.Is(paragraph),
            HtmlBlock html => PageBreaks.Is(html),
            Markdig.Extensions.CustomContainers.CustomContainer container => PageBreaks.Is(container),
            _ => false,
        };

    private static DuplexFlip Flip(DuplexEdge edge) =>
        edge switch
        {
            DuplexEdge.LongEdge => DuplexFlip.LongEdge,
            DuplexEdge.ShortEdge => DuplexFlip.ShortEdge,
            _ => DuplexFlip.None,
        };

    private static (LaidOutDocument?, Diagnostic?) Impose(
        LaidOutDocument cards,
        FrontMatter settings,
        Theme theme,
        string path,
        DiagnosticBag diagnostics
    )
    {
        var (width, height) = PaperSize.Parse(settings.Sheet)!.Value;
        var sheet = new SheetSettings(settings.NUp, width, height, settings.CutMarks, Flip(settings.Flip));
        if (settings.NUp > 1 && Imposition.Grid(cards.Setup.Width, cards.Setup.Height, sheet) is null)
            return (
                null,
                Diagnostic.Error(
                    new SourceLocation(path, 0, 0),
                    DiagnosticCodes.FrontMatterInvalid,
                    $"{settings.NUp} pages of {cards.Setup.Width / 72:0.#}in x {cards.Setup.Height / 72:0.#}in do not "
                        + $"fit on a {settings.Sheet} sheet; "
                        + $"at most {Imposition.Capacity(cards.Setup.Width, cards.Setup.Height, width, height)} do.",
                    "Lower 'n_up', choose smaller cards, or a larger sheet."
                )
            );
        if (Imposition.CutMarksLeftOut(cards.Setup.Width, cards.Setup.Height, sheet) is > 0 and var leftOut)
        {
            var lines = theme.Cards.Lines;
            var line =
                lines.TryGetValue("cut_marks", out var marks) ? marks
                : lines.TryGetValue("per_sheet", out var perSheet) ? perSheet
                : SourceLocation.StartOf(theme.File);
            diagnostics.Warning(
                line,
                DiagnosticCodes.CutMarksNearEdge,
                $"{leftOut} cut marks are left out of "
                    + $"{settings.Output ?? Path.ChangeExtension(Path.GetFileName(path), ".pdf")}: {settings.NUp} "
                    + $"cards of {cards.Setup.Width / 72:0.#}in x {cards.Setup.Height / 72:0.#}in "
                    + $"leave less than a quarter inch at the edge of a {settings.Sheet} sheet, where most printers "
                    + "do not print.",
                "Put fewer cards on a sheet ('per_sheet'), choose a larger sheet, or cut along the card edges with "
                    + "'cut_marks: false'."
            );
        }
        return (Imposition.Apply(cards, sheet), null);
    }

    private static IReadOnlyList<ContentsEntry> Contents(MarkdownDocument document, string path) =>
        document
            .Descendants<HeadingBlock>()
            // {.unlisted} keeps a heading out of the contents, as in pandoc.
            .Where(h => h.TryGetAttributes()?.Id is { Length: > 0 } && !ClassNames.Has(h, ClassNames.Unlisted))
            .Select(h => new ContentsEntry(
                h.Level,
                ContentsTitle(h),
                h.GetAttributes().Id!,
                new SourceLocation(path, h.Line + 1, h.Column + 1)
            ))
            .ToList();

    /// <summary>The heading's words, or a shorter title for the contents and bookmarks: <c># Dana Okafor · Analyst
    /// {#cheatsheet toc="Cheat sheet"}</c>.</summary>
    private static string ContentsTitle(HeadingBlock heading) =>
        heading.GetAttributes().Properties?.FirstOrDefault(p => p.Key == ContentsTitleKey).Value
            is { Length: > 0 } title
            ? title
            : PlainText(heading);

    private const string ContentsTitleKey = "toc";

    /// <summary>
    /// The bookmarks: the headings the contents lists, to the same depth. A one-page document
    /// gets none, as a bookmark there leads nowhere the reader is not already.
    /// </summary>
    private static IReadOnlyList<OutlineEntry> Outline(
        IReadOnlyList<ContentsEntry> contents,
        FrontMatter settings,
        LaidOutDocument document
    ) =>
        document.Pages.Count < 2
            ? []
            : contents
                .Where(e => e.Level <= settings.TocDepth && e.Title.Trim().Length > 0)
                .Select(e => new OutlineEntry(e.Title.Trim(), e.Level, e.Destination))
                .ToList();

    private static string PlainText(LeafBlock block) =>
        string.Concat(
            block.Inline?.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()) ?? []
        );

    private static PdfResult Failed(DiagnosticBag diagnostics) => new(null, null, 0, diagnostics.Sorted());
}
