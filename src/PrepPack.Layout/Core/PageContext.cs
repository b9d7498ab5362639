namespace PrepPack.Layout.Core;

/// <summary>
/// What one layout pass learns about pages: which page each named destination (heading) lands
/// on and how many pages there are. The next pass reads it for "page X of Y" and the contents.
/// </summary>
public sealed class PageContext
{
    private readonly Dictionary<string, int> _destinations = new(StringComparer.Ordinal);
    private readonly HashSet<int> _withoutPageLines = [];

    public int CurrentPage { get; internal set; }

    /// <summary>The page count, known after the first pass; 0 before.</summary>
    public int TotalPages { get; internal set; }

    internal void Record(string destination)
    {
        _destinations.TryAdd(destination, CurrentPage);
    }

    /// <summary>Leaves the header and footer off the current page.</summary>
    internal void OmitPageLines() => _withoutPageLines.Add(CurrentPage);

    /// <summary>Whether the header and footer are left off the page (a cover).</summary>
    public bool OmitsPageLines(int page) => _withoutPageLines.Contains(page);

    /// <summary>Whether the content asked for page numbers, so a second pass must settle them.</summary>
    public bool WasRead { get; private set; }

    public int? PageOf(string destination)
    {
        WasRead = true;
        return _destinations.TryGetValue(destination, out var page) ? page : null;
    }

    /// <summary>Takes what another pass learnt, for content made again from it; unread until then.</summary>
    internal void Adopt(PageContext other)
    {
        _destinations.Clear();
        foreach (var (name, page) in other._destinations) _destinations[name] = page;
        CurrentPage = other.CurrentPage;
        TotalPages = other.TotalPages;
        WasRead = false;
    }

    /// <summary>Whether two passes put every destination on the same page.</summary>
    public bool SameAs(PageContext other) =>
        TotalPages == other.TotalPages && _destinations.Count == other._destinations.Count
        && _destinations.All(d => other._destinations.TryGetValue(d.Key, out var p) && p == d.Value);
}
