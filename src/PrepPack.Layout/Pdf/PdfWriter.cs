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
        // The pages are read twice, in order: once for what the file's head needs (the glyphs of each face, the
        // places linked to and where each is drawn), then to write each; a page's commands are not held after.
        var drawn = Gather(document.Pages, outline);
        var fonts = drawn
            .Faces.Select((face, i) => (face, EmbeddedFont.Write(objects, face, drawn.Glyphs[face], i)))
            .ToDictionary(f => f.face, f => f.Item2);
        var pagesNode = objects.Reserve();
        var fontEntries = string.Concat(fonts.Values.Select(f => $"/{f.Resource} {PdfObjects.Reference(f.Reference)}"));
        var resources = objects.Add($"<</Font<<{fontEntries}>>>>");
        var pageCount = document.Pages.Count;
        var pages = Enumerable.Range(0, pageCount).Select(_ => objects.Reserve()).ToList();
        // The catalog is numbered before the annotations, written after them: its named destinations then follow
        // the pages they name and come before the links that use their names, which compresses best.
        var root = objects.Reserve();

        var structure = new StructureTree(pageCount);
        var destinations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, place) in drawn.Places.Where(p => drawn.Linked.Contains(p.Key)))
            destinations[name] =
                $"[{PdfObjects.Reference(pages[place.Page])}/XYZ {N(place.X)} {N(place.Height - place.Y)} 0]";
        // The paper most pages are printed on is the page tree's, and a page on other paper says its own.
        var paper = document
            .Pages.GroupBy(MediaBox)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
        for (var i = 0; i < pageCount; i++)
        {
            var page = document.Pages[i];
            var marks = structure.Page(i);
            var content = objects.AddStream(
                "",
                new PageContent(page.Height, face => fonts[face], marks).Write(page.Commands)
            );
            var annotations = page
                .Commands.Select(c => Annotation(c, page.Height))
                .OfType<string>()
                .Select(a => structure.Annotate(i, a, objects))
                .ToList();
            // The resources and the paper of most pages are the page tree's, which every page inherits.
            objects.Set(
                pages[i],
                $"<</Type/Page/Parent {PdfObjects.Reference(pagesNode)}"
                    + (MediaBox(page) == paper ? "" : "/MediaBox" + MediaBox(page))
                    + $"/Contents {PdfObjects.Reference(content)}"
                    + structure.PageEntries(i)
                    + (
                        annotations.Count > 0
                            ? $"/Annots[{string.Join(" ", annotations.Select(PdfObjects.Reference))}]"
                            : ""
                    )
                    + ">>"
            );
        }
        objects.Set(
            pagesNode,
            $"<</Type/Pages/Count {pages.Count}/Kids[{string.Join(" ", pages.Select(PdfObjects.Reference))}]"
                + $"/Resources {PdfObjects.Reference(resources)}"
                + (paper is null ? "" : "/MediaBox" + paper)
                + ">>"
        );

        var catalog = new StringBuilder(
            $"<</Type/Catalog/Pages {PdfObjects.Reference(pagesNode)}/Lang {PdfTextString.Encode(metadata.Language)}"
        );
        if (destinations.Count > 0)
            catalog
                .Append("/Dests<<")
                .Append(string.Concat(destinations.Select(d => $"{PdfFormat.Name(d.Key)}{d.Value}")))
                .Append(">>");
        // Each bookmark with the page its destination was drawn on and its height there; entries never drawn are
        // left out.
        var bookmarks = outline
            .Where(e => drawn.Places.ContainsKey(e.Destination))
            .Select(e =>
            {
                var place = drawn.Places[e.Destination];
                return (e, PdfObjects.Reference(pages[place.Page]), place.Height - place.Y);
            })
            .ToList();
        if (bookmarks.Count > 0)
            catalog
                .Append("/Outlines ")
                .Append(PdfObjects.Reference(PdfOutline.Add(objects, bookmarks)))
                .Append("/PageMode/UseOutlines");
        catalog.Append(structure.Write(objects, pages)).Append(DocumentEntries.Write(metadata, objects));
        objects.Set(root, catalog.Append(">>").ToString());
        objects.WriteTo(output, root, objects.Add(Information(metadata)));
    }

    /// <summary>
    /// What the pages draw that the file names before any page: each face in the order first drawn with the glyphs
    /// drawn in it, the destinations a link on a page or a bookmark leads to (only these are named in the file),
    /// and where each destination is first drawn.
    /// </summary>
    private static DrawnFacts Gather(IReadOnlyList<RecordedPage> pages, IReadOnlyList<OutlineEntry> outline)
    {
        var facts = new DrawnFacts();
        facts.Linked.UnionWith(outline.Select(e => e.Destination));
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            foreach (var command in page.Commands)
                switch (command)
                {
                    case TextCommand text:
                        if (!facts.Glyphs.TryGetValue(text.Text.Face, out var use))
                        {
                            facts.Glyphs[text.Text.Face] = use = new GlyphUse();
                            facts.Faces.Add(text.Text.Face);
                        }
                        use.Add(text.Text.Shape);
                        break;
                    case LinkCommand link:
                        facts.Linked.Add(link.Destination);
                        break;
                    case DestinationCommand destination:
                        facts.Places.TryAdd(destination.Name, (i, destination.X, destination.Y, page.Height));
                        break;
                }
        }
        return facts;
    }

    /// <summary>A link's annotation, in PDF's coordinates (y up from the foot of the page); null for other
    /// commands.</summary>
    private static string? Annotation(PageCommand command, float height)
    {
        static string Area(Rect r, float height) => $"[{N(r.X)} {N(height - r.Bottom)} {N(r.Right)} {N(height - r.Y)}]";
        return command switch
        {
            // No /Type: it is optional for an annotation, and /Subtype says what it is.
            LinkCommand link => $"<</Subtype/Link/Rect{Area(link.Rect, height)}/Border[0 0 0]"
                + $"{Says(link.Description)}/Dest{PdfFormat.Name(link.Destination)}>>",
            UrlCommand url => $"<</Subtype/Link/Rect{Area(url.Rect, height)}/Border[0 0 0]"
                + $"{Says(url.Description)}/A<</S/URI/URI{PdfFormat.Ascii(url.Url)}>>>>",
            _ => null,
        };
    }

    /// <summary>A link's words, which a screen reader reads for it.</summary>
    private static string Says(string? description) =>
        description is { Length: > 0 } words ? "/Contents" + PdfTextString.Encode(words) : "";

    private static string Information(PdfMetadata metadata)
    {
        var info = new StringBuilder("<<");
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                info.Append('/').Append(key).Append(PdfTextString.Encode(value));
        }
        Add("Title", metadata.Title);
        Add("Author", metadata.Author);
        Add("Subject", metadata.Subject);
        Add("Keywords", metadata.Keywords);
        Add("Creator", PdfMetadata.Creator);
        Add("Producer", PdfMetadata.Creator);
        if (metadata.Date is { } date)
            info.Append("/CreationDate").Append(PdfFormat.Date(date)).Append("/ModDate").Append(PdfFormat.Date(date));
        return info.Append(">>").ToString();
    }

    private static string MediaBox(RecordedPage page) => $"[0 0 {N(page.Width)} {N(page.Height)}]";

    private static string N(double value) => PdfFormat.Number(value);
}
