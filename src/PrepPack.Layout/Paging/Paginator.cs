using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Paging;

/// <summary>
/// Pours content into pages: measure, begin a page, draw what fits, repeat until all is drawn.
/// One pass: what shows page numbers (a contents line, see <see cref="PageNumberOf"/>) takes a
/// fixed space and is drawn once every destination's page is known, and the header and footer
/// are stamped once the page count is.
/// </summary>
/// <param name="pageLimit">More pages than the document can need, a sign its content never finishes: the
/// caller sizes it to what the document is made from, and passing it is an error, never a shorter document.</param>
public sealed class Paginator(FaceChooser faces, int pageLimit = Paginator.LeastPageLimit)
{
    /// <summary>The limit of a document made from little: a handful of stories never needs this many pages.</summary>
    public const int LeastPageLimit = 2000;

    /// <summary>The most pages one document may have before it is taken for content that never ends.</summary>
    public int PageLimit { get; } = Math.Max(1, pageLimit);

    public LayoutOutcome Run(PageSetup setup, Func<Element> build, object? origin) =>
        Run([new PageSection(setup, build)], origin);

    /// <summary>Lays out sections one after another, each on pages of its own setup, numbered on from the section
    /// before.</summary>
    public LayoutOutcome Run(IReadOnlyList<PageSection> sections, object? origin)
    {
        var current = new PageContext();
        var pages = new List<(RecordedPage Page, PageSetup Setup)>();
        for (var i = 0; i < sections.Count; i++)
        {
            // A section with nothing in it takes no page, unless the document would have none.
            var problem = Pour(
                sections[i].Setup,
                sections[i].Build(),
                current,
                pages,
                origin,
                blankAllowed: i == sections.Count - 1 && pages.Count == 0,
                PageLimit
            );
            if (problem is not null)
                return new LayoutOutcome(null, problem);
        }
        foreach (var (page, _) in pages)
            page.DrawDeferred(current);
        Stamp(pages, origin);
        return new LayoutOutcome(new LaidOutDocument(pages.Select(p => p.Page).ToList(), sections[0].Setup), null);
    }

    /// <summary>
    /// Whether the sections lay out on one page, found by measuring alone: each section's first
    /// page is measured as <see cref="Run(IReadOnlyList{PageSection}, object?)"/> measures it before drawing, so the
    /// answer is the page count Run would give, without drawing anything.
    /// </summary>
    public static bool FitsOnePage(IReadOnlyList<PageSection> sections)
    {
        var count = 0;
        using var top = PageTop.At(true);
        foreach (var section in sections)
        {
            var plan = section.Build().Measure(section.Setup.ContentSize);
            // Wrap: Run fails on this page; partial: it goes on to a second.
            if (plan.IsWrap || plan.IsPartial)
                return false;
            if (!plan.IsEmpty)
                count++;
        }
        return count <= 1;
    }

    internal static LayoutProblem? Pour(
        PageSetup setup,
        Element content,
        PageContext pages,
        List<(RecordedPage, PageSetup)> result,
        object? origin,
        bool blankAllowed,
        int pageLimit
    )
    {
        var area = setup.ContentSize;
        var context = new DrawContext(null!, pages);
        var first = true;
        using var top = PageTop.At(true);
        while (true)
        {
            var plan = content.Measure(area);
            if (plan.IsEmpty && !(first && blankAllowed))
                return null;
            if (plan.IsWrap)
            {
                var blocking = content.Blocking(area);
                if (blocking is Table { TooWide: var (columns, fitting) })
                    return new LayoutProblem(
                        LayoutProblemKind.TooWideForPage,
                        $"{Capitalise(blocking.Describe())} has {columns} columns, but only {fitting} fit across the "
                            + "page, even with every word cut: "
                            + "each column needs room for at least one character and its cell padding.",
                        blocking.Origin ?? origin
                    );
                var needed = blocking.Measure(new Size(area.Width, float.MaxValue / 4)).Height;
                return new LayoutProblem(
                    LayoutProblemKind.TooBigForPage,
                    $"{Capitalise(blocking.Describe())} does not fit on an empty page ({needed:0} pt tall, the page "
                        + $"has room for {area.Height:0} pt).",
                    blocking.Origin ?? origin
                );
            }
            if (result.Count >= pageLimit)
                return new LayoutProblem(
                    LayoutProblemKind.TooManyPages,
                    $"The document passed {pageLimit} pages without ending.",
                    origin
                );
            var page = new RecordedPage(result.Count + 1, setup.Width, setup.Height);
            pages.CurrentPage = page.Number;
            context.Canvas = page;
            using (context.Translate(setup.Margins.Left, setup.Margins.Top))
                content.Draw(area, context);
            page.HasPageLines = !pages.OmitsPageLines(page.Number);
            result.Add((page, setup));
            first = false;
            if (plan.IsFull || plan.IsEmpty)
                return null;
        }
    }

    /// <summary>Header and footer lines, drawn once the page count is known, on every page that has them.</summary>
    internal void Stamp(List<(RecordedPage Page, PageSetup Setup)> pages, object? origin)
    {
        // One place for the lines on every page of the document, whatever a section's margin.
        var stamped = pages.Where(p => p.Page.HasPageLines).Select(p => p.Setup);
        var (top, bottom) = PageLineInsets.Of(stamped, faces, origin);
        foreach (var (page, setup) in pages.Where(p => p.Page.HasPageLines))
        {
            if (setup.HeaderFooterStyle is not { } style)
                continue;
            if (setup.Header is { Length: > 0 } header)
                StampLine(setup, page, header, style, top, pages.Count, origin);
            if (setup.Footer is { Length: > 0 } footer)
                StampLine(setup, page, footer, style, setup.Height - bottom, pages.Count, origin);
        }
    }

    /// <param name="baseline">How far the line's baseline is from the top of the page.</param>
    private void StampLine(
        PageSetup setup,
        RecordedPage page,
        string text,
        TextStyle style,
        float baseline,
        int total,
        object? origin
    )
    {
        var parts = text.Replace("{page}", page.Number.ToString()).Replace("{pages}", total.ToString()).Split(" | ");
        TextAlign[] aligns = parts.Length switch
        {
            1 => [TextAlign.Center],
            2 => [TextAlign.Left, TextAlign.Right],
            _ => [TextAlign.Left, TextAlign.Center, TextAlign.Right],
        };
        var width = setup.ContentSize.Width;
        var context = new DrawContext(page, new PageContext());
        // Running lines repeat on every page: a screen reader skips them.
        context.BeginArtifact(baseline < setup.Height / 2 ? ArtifactKind.Header : ArtifactKind.Footer);
        for (var i = 0; i < Math.Min(parts.Length, 3); i++)
        {
            if (parts[i].Trim().Length == 0)
                continue;
            var paragraph = new ParagraphText([new TextSpan(parts[i].Trim(), style)], style, aligns[i], faces, origin);
            var line = paragraph.Lines(width)[0];
            LineDrawer.Draw(line, setup.Margins.Left, baseline - line.Baseline, context);
        }
        context.EndTag();
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
