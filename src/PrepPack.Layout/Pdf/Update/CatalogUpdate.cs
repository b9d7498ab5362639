using PrepPack.Layout.Paging;

namespace PrepPack.Layout.Pdf.Update;

/// <summary>
/// Gives a PDF Skia wrote the two things Skia cannot: the document language (/Lang) and the
/// outline (bookmarks). Both live in the catalog, so the update appends a new catalog, the
/// outline objects and a cross-reference section for them.
/// </summary>
/// <remarks>
/// Why an incremental update rather than a library: no PDF library that writes is among our
/// dependencies (PdfPig only reads, and only in tests; PDFsharp is AGPL), and re-writing the file
/// would mean parsing and re-serialising every object Skia made. Appending leaves Skia's bytes as
/// they are and needs to read only the trailer, the catalog and the page tree.
/// </remarks>
internal static class CatalogUpdate
{
    public static void Append(byte[] written, LaidOutDocument document, IReadOnlyList<OutlineEntry> outline, string language, Stream output)
    {
        var pdf = WrittenPdf.Read(written);
        var update = new IncrementalUpdate(pdf);
        var catalog = pdf.Catalog.With("Lang", PdfTextString.Encode(language));
        var bookmarks = Place(outline, document, pdf);
        if (bookmarks.Count > 0)
        {
            var root = PdfOutline.Add(update, bookmarks);
            catalog = catalog.With("Outlines", $"{root} 0 R").With("PageMode", "/UseOutlines");
        }
        update.Set(pdf.Root.Number, catalog.ToString());

        output.Write(written);
        var start = (long)written.Length;
        if (written.Length == 0 || written[^1] is not ((byte)'\n' or (byte)'\r'))
        {
            output.WriteByte((byte)'\n');
            start++;
        }
        update.WriteTo(output, start);
    }

    /// <summary>Each entry with the page its destination was drawn on and its height there; entries never drawn are left out.</summary>
    private static List<(OutlineEntry, string, float)> Place(IReadOnlyList<OutlineEntry> outline, LaidOutDocument document, WrittenPdf pdf)
    {
        if (outline.Count == 0) return [];
        var drawn = new Dictionary<string, (int Page, float Top)>(StringComparer.Ordinal);
        for (var i = 0; i < document.Pages.Count; i++)
        foreach (var destination in document.Pages[i].Commands.OfType<DestinationCommand>())
            drawn.TryAdd(destination.Name, (i, document.Pages[i].Height - destination.Y));
        var pages = pdf.PageReferences();
        return outline
            .Where(e => drawn.ContainsKey(e.Destination) && drawn[e.Destination].Page < pages.Count)
            .Select(e => (e, pages[drawn[e.Destination].Page], drawn[e.Destination].Top))
            .ToList();
    }
}
