namespace PrepPack.Layout.Core;

/// <summary>
/// Whether the element being measured or drawn starts its page: nothing but headings kept with
/// it stands above it. A keep rule (no table row alone at the foot or the head of a page) moves
/// content on to the next page only when it is not there already: at the top, moving could
/// not help, and a row too tall to go with another would leave a page empty for ever.
/// The paginator sets it for each page; a column sets it for each child.
/// </summary>
public static class PageTop
{
    // Measuring is a pass down the tree on one thread; passing this through every Measure call
    // would change each element's signature for the two that read it.
    [ThreadStatic]
    private static bool _now;

    public static bool Now => _now;

    /// <summary>Sets where the elements measured or drawn next stand, until the scope ends.</summary>
    public static Scope At(bool top)
    {
        var saved = _now;
        _now = top;
        return new Scope(saved);
    }

    public readonly struct Scope(bool saved) : IDisposable
    {
        public void Dispose() => _now = saved;
    }
}
