using System.Security;
using System.Text;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Pdf.Objects;

namespace PrepPack.Layout.Pdf;

/// <summary>
/// The catalog's entries for the reader and the print dialog: the title shown in the window
/// rather than the file name, the XMP metadata (title, language, and the PDF/UA claim a
/// checker reads), and for a document printed on cards the duplex edge and no scaling.
/// </summary>
internal static class DocumentEntries
{
    public static string Write(PdfMetadata metadata, PdfObjects objects)
    {
        var xmp = objects.AddStream("/Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(Xmp(metadata)));
        var preferences = new StringBuilder("/DisplayDocTitle true");
        if (metadata.Duplex is { } flip)
        {
            var duplex = flip switch
            {
                DuplexFlip.LongEdge => "DuplexFlipLongEdge",
                DuplexFlip.ShortEdge => "DuplexFlipShortEdge",
                _ => "Simplex",
            };
            preferences.Append(" /Duplex /").Append(duplex).Append(" /PrintScaling /None");
        }
        return $" /ViewerPreferences <<{preferences}>> /Metadata {PdfObjects.Reference(xmp)}";
    }

    private static string Xmp(PdfMetadata metadata) =>
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + $"{SecurityElement.Escape(metadata.Title)}</rdf:li></rdf:Alt></dc:title>"
        + $"<dc:language><rdf:Bag><rdf:li>{SecurityElement.Escape(metadata.Language)}</rdf:li></rdf:Bag></dc:language>"
        + "<pdfuaid:part>1</pdfuaid:part></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"r\"?>";
}
