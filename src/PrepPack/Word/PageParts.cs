using PrepPack.Word.Body;

namespace PrepPack.Word;

/// <summary>
/// The parts of one page a reader could shorten, by their label, with the height each takes: a
/// paragraph by its bold lead ("Action"), a table by its first cell, a box by its first words. A
/// list and an empty paragraph belong to the part above; headings are left to the caller.
/// </summary>
internal sealed class PageParts
{
    // The most parts a warning names.
    private const int Named = 3;

    private readonly List<(string Name, float Height)> _parts = [];

    public void Add(BodyBlock block, float height)
    {
        var name = block switch
        {
            BodyParagraph { Item: not null } => null,
            BodyParagraph paragraph => Label(paragraph),
            BodyTable { Style: null } box => FirstParagraph(box) is { } first && Label(first) is { } label
                ? $"the box '{label}'"
                : null,
            BodyTable table => FirstParagraph(table) is { } first ? $"the table '{Words(first.Text)}'" : null,
            _ => null,
        };
        if (name is null && _parts.Count > 0)
            _parts[^1] = (_parts[^1].Name, _parts[^1].Height + height);
        else if (name is not null)
            _parts.Add((name, height));
    }

    /// <summary>The longest parts, longest first, in lines of <paramref name="line"/> points; the page's parts are then
    /// forgotten.</summary>
    public IReadOnlyList<PagePart> Longest(float line)
    {
        var longest = _parts
            .OrderByDescending(p => p.Height)
            .Take(Named)
            .Select(p => new PagePart(p.Name, Math.Max(1, (int)Math.Round(p.Height / line))))
            .ToList();
        _parts.Clear();
        return longest;
    }

    /// <summary>A paragraph's bold or styled lead ("Situation"), else its first words; null for an empty one.</summary>
    private static string? Label(BodyParagraph paragraph)
    {
        if (
            paragraph.Inlines.FirstOrDefault() is BodyRun { Format: { } format } lead
            && (format.Bold || format.Style is not null)
            && lead.Text.Trim().Length > 0
        )
            return Words(lead.Text);
        var text = paragraph.Text.Trim();
        return text.Length == 0 ? null : Words(text);
    }

    /// <summary>The first few words, without a closing colon or full stop.</summary>
    private static string Words(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var shown = string.Join(" ", words.Take(5)).TrimEnd(':', '.', ',');
        return words.Length > 5 ? shown + "…" : shown;
    }

    private static BodyParagraph? FirstParagraph(BodyTable table) =>
        table
            .Rows.SelectMany(r => r.Cells)
            .SelectMany(c => c.Blocks)
            .OfType<BodyParagraph>()
            .FirstOrDefault(p => p.Text.Trim().Length > 0);
}
