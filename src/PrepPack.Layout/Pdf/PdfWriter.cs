using System.Globalization;
using System.Text;
using PrepPack.Layout.Core;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Pdf.Content;
using PrepPack.Layout.Pdf.Fonts;
using PrepPack.Layout.Pdf.Objects;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Pdf;

/// <summary>
/// Writes laid-out pages as a PDF: each face used cut to the glyphs drawn, the pages' drawing
/// instructions, links and the named places they lead to, bookmarks, the document language
/// and properties.
/// </summary>
/// <remarks>
/// Why PrepPack writes the file itself rather than through Skia's PDF backend: the layout
/// already knows every glyph and where it goes, and Skia's file for the ten sample cards was
/// 26 KB where 20 KB holds them (each dictionary written out plainly, every number to nine
/// digits, a text object per run), with no way to add bookmarks or the language but to
/// append an update to it afterwards. Skia still finds the fonts installed on the machine.
/// </remarks>
public static class PdfWriter
{
    /// <param name="outline">The bookmarks, in document order; none for no outline.</param>
    public static void Write(
        LaidOutDocument document,
        PdfMetadata metadata,
        Stream output,
        IReadOnlyList<OutlineEntry>? outline = null
    )
    {
        outline ??= [];
        var objects = new PdfObjects();
        var fonts = Fonts(document.Pages, objects);
        var pagesNode = objects.Reserve();
        var fontEntries = string.Concat(fonts.Values.Select(f => $"/{f.Resource} {PdfObjects.Reference(f.Reference)}"));
        var resources = objects.Add($"<</Font <<{fontEntries}>>>>");
        var pages = document.Pages.Select(_ => objects.Reserve()).ToList();

        var linked = Linked(document, outline);
        var structure = new StructureTree(document.Pages.Count);
        var destinations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Pages.Count; i++)
        {
            var page = document.Pages[i];
            var marks = structure.Page(i);
            var drawn = new PageContent(page.Height, face => fonts[face], marks).Write(page.Commands);
            var content = objects.AddStream("", drawn);
            var annotations = page
                .Commands.Select(c => Annotation(c, page.Height))
                .OfType<string>()
                .Select(a => structure.Annotate(i, a, objects))
                .ToList();
            foreach (var destination in page.Commands.OfType<DestinationCommand>().Where(d => linked.Contains(d.Name)))
                destinations.TryAdd(
                    destination.Name,
                    $"[{PdfObjects.Reference(pages[i])} /XYZ {N(destination.X)} {N(page.Height - destination.Y)} 0]"
                );
            objects.Set(
                pages[i],
                $"<</Type /Page /Parent {PdfObjects.Reference(pagesNode)} /MediaBox [0 0 {N(page.Width)} "
                    + $"{N(page.Height)}]"
                    + $" /Resources {PdfObjects.Reference(resources)} /Contents {PdfObjects.Reference(content)}"
                    + structure.PageEntries(i)
                    + (
                        annotations.Count > 0
                            ? $" /Annots [{string.Join(" ", annotations.Select(PdfObjects.Reference))}]"
                            : ""
                    )
                    + ">>"
            );
        }
        objects.Set(
            pagesNode,
            $"<</Type /Pages /Count {pages.Count} /Kids [{string.Join(" ", pages.Select(PdfObjects.Reference))}]>>"
        );

        var catalog = new StringBuilder(
            $"<</Type /Catalog /Pages {PdfObjects.Reference(pagesNode)} /Lang {PdfTextString.Encode(metadata.Language)}"
        );
        if (destinations.Count > 0)
            catalog
                .Append(" /Dests <<")
                .Append(string.Concat(destinations.Select(d => $"{PdfFormat.Name(d.Key)} {d.Value}")))
                .Append(">>");
        var bookmarks = Place(outline, document, pages);
        if (bookmarks.Count > 0)
            catalog
                .Append(" /Outlines ")
                .Append(PdfObjects.Reference(PdfOutline.Add(objects, bookmarks)))
                .Append(" /PageMode /UseOutlines");
        catalog.Append(structure.Write(objects, pages)).Append(DocumentEntries.Write(metadata, objects));
        var root = objects.Add(catalog.Append(">>").ToString());
        objects.WriteTo(output, root, objects.Add(Information(metadata)));
    }

    /// <summary>Each face drawn with, in the order first drawn, cut to its glyphs and written as a font.</summary>
    private static Dictionary<FontFace, EmbeddedFont> Fonts(IReadOnlyList<RecordedPage> pages, PdfObjects objects)
    {
        var used = new Dictionary<FontFace, GlyphUse>();
        var order = new List<FontFace>();
        foreach (var text in pages.SelectMany(p => p.Commands).OfType<TextCommand>())
        {
            if (!used.TryGetValue(text.Text.Face, out var use))
            {
                used[text.Text.Face] = use = new GlyphUse();
                order.Add(text.Text.Face);
            }
            use.Add(text.Text.Shape);
        }
        return order
            .Select((face, i) => (face, EmbeddedFont.Write(objects, face, used[face], i)))
            .ToDictionary(f => f.face, f => f.Item2);
    }

    /// <summary>A link's annotation, in PDF's coordinates (y up from the foot of the page); null for other
    /// commands.</summary>
    private static string? Annotation(PageCommand command, float height)
    {
        static string Area(Rect r, float height) => $"[{N(r.X)} {N(height - r.Bottom)} {N(r.Right)} {N(height - r.Y)}]";
        return command switch
        {
            LinkCommand link => $"<</Type /Annot /Subtype /Link /Rect {Area(link.Rect, height)} /Border [0 0 0]"
                + $"{Says(link.Description)} /Dest {PdfFormat.Name(link.Destination)}>>",
            UrlCommand url => $"<</Type /Annot /Subtype /Link /Rect {Area(url.Rect, height)} /Border [0 0 0]"
                + $"{Says(url.Description)} /A <</S /URI /URI {PdfFormat.Ascii(url.Url)}>>>>",
            _ => null,
        };
    }

    /// <summary>A link's words, which a screen reader reads for it.</summary>
    private static string Says(string? description) =>
        description is { Length: > 0 } words ? " /Contents " + PdfTextString.Encode(words) : "";

    /// <summary>The destinations something leads to: a link on a page or a bookmark. Only these are named in the
    /// file.</summary>
    private static HashSet<string> Linked(LaidOutDocument document, IReadOnlyList<OutlineEntry> outline) =>
        document
            .Pages.SelectMany(p => p.Commands)
            .OfType<LinkCommand>()
            .Select(l => l.Destination)
            .Concat(outline.Select(e => e.Destination))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Each bookmark with the page its destination was drawn on and its height there; entries never drawn are
    /// left out.</summary>
    private static List<(OutlineEntry, string, float)> Place(
        IReadOnlyList<OutlineEntry> outline,
        LaidOutDocument document,
        List<int> pages
    )
    {
        var drawn = new Dictionary<string, (int Page, float Top)>(StringComparer.Ordinal);
        for (var i = 0; i < document.Pages.Count; i++)
            foreach (var destination in document.Pages[i].Commands.OfType<DestinationCommand>())
                drawn.TryAdd(destination.Name, (i, document.Pages[i].Height - destination.Y));
        return outline
            .Where(e => drawn.ContainsKey(e.Destination))
            .Select(e => (e, PdfObjects.Reference(pages[drawn[e.Destination].Page]), drawn[e.Destination].Top))
            .ToList();
    }

    private static string Information(PdfMetadata metadata)
    {
        var info = new StringBuilder("<<");
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                info.Append('/').Append(key).Append(' ').Append(PdfTextString.Encode(value)).Append(' ');
        }
        Add("Title", metadata.Title);
        Add("Author", metadata.Author);
        Add("Subject", metadata.Subject);
        Add("Keywords", metadata.Keywords);
        Add("Creator", PdfMetadata.Creator);
        Add("Producer", PdfMetadata.Creator);
        if (metadata.Date is { } date)
            info.Append("/CreationDate ")
                .Append(PdfFormat.Date(date))
                .Append(" /ModDate ")
                .Append(PdfFormat.Date(date));
        return info.ToString().TrimEnd() + ">>";
    }

    private static string N(double value) => PdfFormat.Number(value);
}
