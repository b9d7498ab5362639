namespace PrepPack.Layout.Pdf.Update;

/// <summary>
/// A dictionary read from a written PDF, its values kept as the exact text they were written
/// in, so that a copy changes only the keys it sets.
/// </summary>
internal sealed class PdfDictionary
{
    private readonly List<KeyValuePair<string, string>> _entries;

    private PdfDictionary(List<KeyValuePair<string, string>> entries) => _entries = entries;

    public static PdfDictionary Parse(string text, int at)
    {
        at = PdfSyntax.SkipWhite(text, at);
        if (!text.AsSpan(at).StartsWith("<<")) throw PdfSyntax.Malformed("'<<'", at);
        at += 2;
        var entries = new List<KeyValuePair<string, string>>();
        while (true)
        {
            at = PdfSyntax.SkipWhite(text, at);
            if (text.AsSpan(at).StartsWith(">>")) return new PdfDictionary(entries);
            if (at >= text.Length || text[at] != '/') throw PdfSyntax.Malformed("a key", at);
            var keyEnd = PdfSyntax.SkipValue(text, at);
            var valueStart = PdfSyntax.SkipWhite(text, keyEnd);
            var valueEnd = PdfSyntax.SkipValue(text, valueStart);
            entries.Add(new(text[(at + 1)..keyEnd], text[valueStart..valueEnd]));
            at = valueEnd;
        }
    }

    /// <summary>The value's text, or null when the key is absent.</summary>
    public string? this[string key] => _entries.FirstOrDefault(e => e.Key == key).Value;

    /// <summary>A copy with the key set: in its place when present, else at the end.</summary>
    public PdfDictionary With(string key, string value)
    {
        var entries = new List<KeyValuePair<string, string>>(_entries);
        var index = entries.FindIndex(e => e.Key == key);
        if (index >= 0) entries[index] = new(key, value);
        else entries.Add(new(key, value));
        return new PdfDictionary(entries);
    }

    public PdfDictionary Without(string key) => new(_entries.Where(e => e.Key != key).ToList());

    public override string ToString() => "<<" + string.Join("\n", _entries.Select(e => $"/{e.Key} {e.Value}")) + ">>";
}
