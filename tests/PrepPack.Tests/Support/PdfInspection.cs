using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace PrepPack.Tests.Support;

/// <summary>Reads what a PDF holds the way a viewer would: pages, text, fonts, links, catalog entries.</summary>
internal static class PdfInspection
{
    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    /// <summary>The size of each embedded TrueType font program (uncompressed), by font name.</summary>
    public static IReadOnlyDictionary<string, long> EmbeddedFontPrograms(PdfDocument document)
    {
        var result = new Dictionary<string, long>();
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (document.Structure.GetObject(reference).Data is not DictionaryToken dictionary)
                continue;
            if (!dictionary.TryGet(NameToken.Type, out NameToken type) || type.Data != "FontDescriptor")
                continue;
            if (!dictionary.TryGet(NameToken.FontFile2, out IndirectReferenceToken file))
                continue;
            var stream = (StreamToken)document.Structure.GetObject(file.Data).Data;
            var length = stream.StreamDictionary.TryGet(NameToken.Length1, out NumericToken length1)
                ? length1.Long
                : stream.Data.Length;
            var name = dictionary.TryGet(NameToken.FontName, out NameToken fontName)
                ? fontName.Data
                : reference.ToString();
            result[name] = length;
        }
        return result;
    }

    /// <summary>A string or name in the document catalog (/Lang, /PageMode), or null when absent.</summary>
    public static string? Catalog(PdfDocument document, string key) =>
        document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create(key), out var token)
            ? token switch
            {
                StringToken s => s.Data,
                HexToken h => h.Data,
                NameToken n => n.Data,
                _ => token.ToString(),
            }
            : null;
}
