namespace PrepPack.Layout.Core;

/// <summary>
/// What the layout learns about pages as it goes: which page each named destination (heading)
/// lands on, for the contents, and which pages go without the header and footer.
/// </summary>
public sealed class PageContext
{
    private readonly Dictionary<string, int> _destinations = new(StringComparer.Ordinal);
    private readonly HashSet<int> _withoutPageLines = [];

    public int CurrentPage { get; internal set; }

    internal void Record(string destination)
    {
        _destinations.TryAdd(destination, CurrentPage);
    }

    /// <summary>Leaves the header and footer off the current page.</summary>
    internal void OmitPageLines() => _withoutPageLines.Add(CurrentPage);

    /// <summary>Whether the header and footer are left off the page (a cover).</summary>
    public bool OmitsPageLines(int page) => _withoutPageLines.Contains(page);

    /// <summary>The page a destination landed on; null when it is on none (yet).</summary>
    public int? PageOf(string destination) => _destinations.TryGetValue(destination, out var page) ? page : null;
}
