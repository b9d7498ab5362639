using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Diagnostics;
using PrepPack.Layout.Text;
using PrepPack.Markdown;
using PrepPack.Theming;
using PrepPack.Word.Body;
using PrepPack.Word.Rendering;

namespace PrepPack.Word;

/// <summary>
/// Markdown with front matter in, a Word document out: named styles throughout, real lists,
/// tables with repeating headers, the page, header and footer set up as the PDF writer sets them.
/// </summary>
public static class MarkdownWord
{
    /// <param name="locate">Where a page's story comes from, by the id of the heading that opens the page.</param>
    public static WordResult Render(
        string path,
        FrontMatter settings,
        string body,
        Theme theme,
        FontLibrary fonts,
        DiagnosticBag diagnostics,
        Func<string, SourceLocation?> locate,
        DateTime? date = null
    )
    {
        theme = FontCheck.Run(theme, fonts, diagnostics);
        var sheet = WordStyleSheet.For(theme, ResolveReference(theme, diagnostics), diagnostics);
        if (diagnostics.HasErrors)
            return new WordResult(null, 0, diagnostics.Sorted());

        var setup = DocumentSetup.From(settings, theme.Page);
        var estimate = new OnePageEstimate(
            sheet,
            new FaceChooser(fonts, new IgnoreMissing()),
            setup.TextWidth,
            setup.TextHeight - 24
        );
        // fit: each-page (or one-page) shrinks each page that runs over, on its own, down to the floor.
        var floor = settings.Fit == FitMode.None ? (float?)null : settings.FitFloor ?? theme.FitFloor;
        using var output = new MemoryStream();
        using (var zip = new StableZip(output, date))
        {
            using var package = new MemoryStream();
            string mainEntry;
            using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
            {
                // The parts are compressed once, as they are copied into the file.
                document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
                var main = document.AddMainDocumentPart();
                WordStyles.Add(main, sheet);
                WordLanguage.Set(main.StyleDefinitionsPart!.Styles!, settings.Language);
                WordFontTable.Add(main, [theme.Fonts.Body[0], theme.Fonts.Heading[0], theme.Fonts.Mono[0]]);
                WordSettings.Add(main);
                var renderer = new WordRenderer(
                    theme,
                    sheet,
                    main,
                    new WordNumbering(main),
                    new UnsupportedMarkdown(path, "the Word document", diagnostics),
                    Twips(setup.TextWidth)
                );
                var sections = DocumentSections.Split(MarkdownParser.Parse(body), path, diagnostics);
                // The body goes into the file first, as the SDK places it, while the SDK's own part stays empty.
                mainEntry = main.Uri.OriginalString.TrimStart('/');
                using (var writer = new BodyXmlWriter(zip.Create(mainEntry), theme, sheet))
                    WriteBody(sections, setup, main, renderer, writer, new PageFitter(estimate, writer, floor));
                Describe(document, settings, date);
            }
            zip.CopyFrom(package, mainEntry);
        }
        if (diagnostics.HasErrors)
            return new WordResult(null, 0, diagnostics.Sorted());

        var pages = estimate.Finish();
        foreach (var page in pages.Where(p => p.Over > PageEstimate.Tolerance))
            diagnostics.Add(OverOnePage(page, path, settings, locate));
        return new WordResult(output.ToArray(), pages.Sum(p => p.Pages), diagnostics.Sorted());
    }

    /// <summary>
    /// PP0406: a page that runs over one page, at its question's or story's file, naming its longest
    /// parts so the reader knows what to cut, and by how much.
    /// </summary>
    private static Diagnostic OverOnePage(
        PageEstimate page,
        string path,
        FrontMatter settings,
        Func<string, SourceLocation?> locate
    )
    {
        var at = (page.Anchor is { } anchor ? locate(anchor) : null) ?? SourceLocation.WholeOf(path);
        var output = settings.Output ?? Path.GetFileName(path);
        var parts = page.Longest is { Count: > 0 } longest
            ? " Its longest parts: "
                + string.Join(", ", longest.Select(p => $"{p.Name} ({p.Lines} {(p.Lines == 1 ? "line" : "lines")})"))
                + "."
            : "";
        var shrunk = page.Scale < 1 ? $", even with its type shrunk to {page.Scale * 100:0}%" : "";
        return Diagnostic.Warning(
            at,
            DiagnosticCodes.OverOneWordPage,
            $"'{page.Title}' runs to about {1 + page.Over:0.0} pages in {output}{shrunk}: about {page.Lines} lines "
                + $"too long for one page.{parts}",
            $"Cut about {page.Lines} lines from the longest parts (a follow-up or a probe less, a shorter action), so "
                + "the page fits one page."
        );
    }

    /// <summary>Each section's blocks, written and estimated as they are made, then the page set-up that closes the
    /// body.</summary>
    private static void WriteBody(
        IReadOnlyList<DocumentSection> sections,
        DocumentSetup setup,
        MainDocumentPart main,
        WordRenderer renderer,
        BodyXmlWriter writer,
        PageFitter pages
    )
    {
        SectionProperties? last = null;
        for (var i = 0; i < sections.Count; i++)
        {
            // Word ends a section with the section's properties in its last paragraph; the last section's close the
            // body.
            if (last is not null)
                pages.Add(new BodyParagraph { Section = last });
            var own = setup.For(sections[i].Settings);
            renderer.TextWidth = Twips(own.TextWidth);
            foreach (var block in PageStarts.Fold(renderer.Blocks(sections[i].Blocks)))
                pages.Add(block);
            last = Section(main, own, i);
        }
        pages.Finish();
        writer.End(last!);
    }

    /// <summary>
    /// A section's page: size turned its way, margins, and header and footer set across its own
    /// text width. Each section names its header and footer, so a landscape one is not set out for portrait.
    /// </summary>
    private static SectionProperties Section(MainDocumentPart main, DocumentSetup setup, int index)
    {
        var textWidth = Twips(setup.TextWidth);
        var section = new SectionProperties();
        var suffix = index == 0 ? "" : index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (setup.Header is { } header)
            section.Append(WordPageLines.AddHeader(main, header, textWidth, "rIdHeader" + suffix));
        if (setup.Footer is { } footer)
            section.Append(WordPageLines.AddFooter(main, footer, textWidth, "rIdFooter" + suffix));
        var margin = Twips(setup.Margin);
        section.Append(
            new PageSize
            {
                Width = (uint)Twips(setup.Width),
                Height = (uint)Twips(setup.Height),
                Orient = setup.IsLandscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
            },
            new PageMargin
            {
                Top = margin,
                Bottom = margin,
                Left = (uint)margin,
                Right = (uint)margin,
                Header = HeaderFooterDistance,
                Footer = HeaderFooterDistance,
                Gutter = 0,
            }
        );
        return section;
    }

    // Header and footer 0.3 in from the paper's edge (twentieths of a point): inside what most printers can print.
    private const uint HeaderFooterDistance = 432;

    /// <summary>Points in Word's unit, twentieths of a point.</summary>
    private static int Twips(float points) => (int)(points * 20);

    private static string? ResolveReference(Theme theme, DiagnosticBag diagnostics)
    {
        if (WordReference.PathOf(theme) is not { } path)
            return null;
        if (File.Exists(path))
            return path;
        diagnostics.Error(
            SourceLocation.WholeOf(theme.File),
            DiagnosticCodes.ThemeInvalid,
            $"The Word reference document '{theme.WordReference}' named in the theme does not exist.",
            "Put the .docx beside theme.yaml, or remove 'word_reference' to use PrepPack's styles."
        );
        return null;
    }

    private static void Describe(WordprocessingDocument document, FrontMatter settings, DateTime? date)
    {
        document.PackageProperties.Title = settings.Title;
        document.PackageProperties.Creator = settings.Author;
        document.PackageProperties.Subject = settings.Subject;
        document.PackageProperties.Keywords = settings.Keywords;
        document.PackageProperties.Language = settings.Language;
        if (date is not null)
            document.PackageProperties.Created = document.PackageProperties.Modified = date;
    }

    private sealed class IgnoreMissing : IGlyphReporter
    {
        public void MissingGlyph(int codePoint, object? origin) { }
    }
}
