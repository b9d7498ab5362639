using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PrepPack.Layout.Pdf.Update;

/// <summary>
/// What an incremental update needs from a written PDF: its trailer, where each object starts,
/// the catalog and the pages in order. Reads classic cross-reference tables, which is what Skia
/// writes; a file indexed by a cross-reference stream is refused rather than misread.
/// </summary>
internal sealed partial class WrittenPdf
{
    private readonly string _text;
    private readonly Dictionary<int, long> _offsets;

    private WrittenPdf(string text, long startXref, PdfDictionary trailer, Dictionary<int, long> offsets)
    {
        _text = text;
        StartXref = startXref;
        Trailer = trailer;
        _offsets = offsets;
        var root = Reference(trailer["Root"]) ?? throw new InvalidDataException("The PDF's trailer names no catalog (/Root).");
        Root = root;
        Size = int.Parse(trailer["Size"] ?? "0", CultureInfo.InvariantCulture);
        Catalog = PdfDictionary.Parse(_text, ObjectStart(root.Number));
    }

    /// <summary>Where the last cross-reference section starts: the update's /Prev.</summary>
    public long StartXref { get; }

    /// <summary>The newest trailer.</summary>
    public PdfDictionary Trailer { get; }

    public (int Number, int Generation) Root { get; }
    public PdfDictionary Catalog { get; }

    /// <summary>One more than the highest object number: where new objects start.</summary>
    public int Size { get; }

    public static WrittenPdf Read(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var marker = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (marker < 0) throw new InvalidDataException("The PDF has no 'startxref' near its end.");
        var numberAt = PdfSyntax.SkipWhite(text, marker + "startxref".Length);
        var startXref = long.Parse(text.AsSpan(numberAt, PdfSyntax.SkipValue(text, numberAt) - numberAt), CultureInfo.InvariantCulture);

        var offsets = new Dictionary<int, long>();
        PdfDictionary? newest = null;
        var seen = new HashSet<long>();
        for (long? section = startXref; section is { } at && seen.Add(at);)
        {
            var trailer = ReadSection(text, (int)at, offsets);
            newest ??= trailer;
            section = trailer["Prev"] is { } prev ? long.Parse(prev, CultureInfo.InvariantCulture) : null;
        }
        return new WrittenPdf(text, startXref, newest!, offsets);
    }

    /// <summary>The page objects, in page order, walked from the catalog's page tree.</summary>
    public IReadOnlyList<string> PageReferences()
    {
        var pages = new List<string>();
        var visited = new HashSet<int>();
        void Walk(string reference)
        {
            var (number, generation) = Reference(reference) ?? throw new InvalidDataException($"'{reference}' is not a page reference.");
            if (!visited.Add(number)) return;
            var node = PdfDictionary.Parse(_text, ObjectStart(number));
            if (node["Type"] == "/Pages")
                foreach (Match kid in ReferencePattern().Matches(node["Kids"] ?? ""))
                    Walk(kid.Value);
            else
                pages.Add($"{number} {generation} R");
        }
        Walk(Catalog["Pages"] ?? throw new InvalidDataException("The PDF's catalog has no page tree (/Pages)."));
        return pages;
    }

    /// <summary>Reads one cross-reference table, keeping entries a newer section has not set, and returns its trailer.</summary>
    private static PdfDictionary ReadSection(string text, int at, Dictionary<int, long> offsets)
    {
        if (!text.AsSpan(at).StartsWith("xref"))
            throw new InvalidDataException("The PDF is indexed by a cross-reference stream, which the outline step does not read.");
        at += 4;
        while (true)
        {
            at = PdfSyntax.SkipWhite(text, at);
            if (text.AsSpan(at).StartsWith("trailer")) return PdfDictionary.Parse(text, at + "trailer".Length);
            var first = Integer(text, ref at);
            var count = Integer(text, ref at);
            for (var i = 0; i < count; i++)
            {
                var offset = Integer(text, ref at);
                Integer(text, ref at);
                at = PdfSyntax.SkipWhite(text, at);
                var inUse = text[at++] == 'n';
                if (inUse) offsets.TryAdd(first + i, offset);
            }
        }
    }

    /// <summary>Where object <paramref name="number"/>'s value starts, just past "N G obj".</summary>
    private int ObjectStart(int number)
    {
        if (!_offsets.TryGetValue(number, out var offset)) throw new InvalidDataException($"The PDF has no object {number}.");
        var at = (int)offset;
        if (Integer(_text, ref at) != number) throw PdfSyntax.Malformed($"object {number}", (int)offset);
        Integer(_text, ref at);
        at = PdfSyntax.SkipWhite(_text, at);
        return _text.AsSpan(at).StartsWith("obj") ? at + 3 : throw PdfSyntax.Malformed("'obj'", at);
    }

    private static int Integer(string text, ref int at)
    {
        at = PdfSyntax.SkipWhite(text, at);
        var end = PdfSyntax.SkipValue(text, at);
        var value = int.Parse(text.AsSpan(at, end - at), CultureInfo.InvariantCulture);
        at = end;
        return value;
    }

    private static (int Number, int Generation)? Reference(string? value) =>
        value is not null && ReferencePattern().Match(value) is { Success: true } m
            ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;

    [GeneratedRegex(@"(\d+)\s+(\d+)\s+R")]
    private static partial Regex ReferencePattern();
}
