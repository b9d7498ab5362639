using PrepPack.Layout.Text;

namespace PrepPack.Layout.Paging;

/// <summary>
/// A piece's laid-out pages held as their compact records (<see cref="PageRecords"/>) rather than as
/// drawing commands, with the little the page numbering reads without drawing them: whether each
/// page has its header and footer, and the places named on it. A large document's pages are held so
/// from layout until writing, and read back one piece at a time as they are written.
/// </summary>
public sealed class KeptPages
{
    private readonly Func<string, bool, bool, FontFace?> _find;
    private readonly bool[] _pageLines;
    private readonly string[][] _destinations;

    private KeptPages(byte[] records, Func<string, bool, bool, FontFace?> find, IReadOnlyList<RecordedPage> pages)
    {
        Records = records;
        _find = find;
        _pageLines = pages.Select(p => p.HasPageLines).ToArray();
        _destinations = pages
            .Select(p => p.Commands.OfType<DestinationCommand>().Select(d => d.Name).ToArray())
            .ToArray();
    }

    /// <summary>The records, as <see cref="PageRecords.Write"/> gives them.</summary>
    public byte[] Records { get; }

    public int Count => _pageLines.Length;

    /// <summary>Whether the page at <paramref name="index"/> (from 0) has its header and footer.</summary>
    public bool HasPageLines(int index) => _pageLines[index];

    /// <summary>The places named on the page at <paramref name="index"/>, in drawing order.</summary>
    public IReadOnlyList<string> Destinations(int index) => _destinations[index];

    /// <summary>The pages kept as records, or null when one holds something only this run can draw.</summary>
    public static KeptPages? Of(IReadOnlyList<RecordedPage> pages)
    {
        if (PageRecords.Write(pages) is not { } records)
            return null;
        var faces = pages
            .SelectMany(p => p.Commands)
            .OfType<TextCommand>()
            .Select(t => t.Text.Face)
            .Distinct()
            .ToArray();
        return new KeptPages(records, (family, bold, italic) => Match(faces, family, bold, italic), pages);
    }

    /// <summary>Pages kept by an earlier build, or null for records that <see cref="PageRecords.Read"/> does not
    /// take.</summary>
    public static KeptPages? Read(byte[] records, Func<string, bool, bool, FontFace?> find) =>
        PageRecords.Read(records, find) is { } pages ? new KeptPages(records, find, pages) : null;

    /// <summary>The pages drawn again from the records, numbered from 1.</summary>
    public IReadOnlyList<RecordedPage> Pages() =>
        PageRecords.Read(Records, _find)
        ?? throw new InvalidOperationException("Pages kept in this run no longer read back.");

    private static FontFace? Match(FontFace[] faces, string family, bool bold, bool italic) =>
        Array.Find(faces, f => f.Family == family && f.Bold == bold && f.Italic == italic);
}
