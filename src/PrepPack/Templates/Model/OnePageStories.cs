namespace PrepPack.Templates.Model;

/// <summary>
/// The stories a one-page output has room for, in matrix order, and how many it leaves to the
/// binder: <c>matrix_stories.stories</c>, <c>matrix_stories.left_out</c>.
/// </summary>
/// <param name="name">The theme's name for the limit (<c>matrix_stories</c>), which is also the template's.</param>
public sealed class OnePageStories(string name, IReadOnlyList<StoryView> stories, int leftOut)
{
    public string Name => name;

    /// <summary>The stories shown: the most important ones, flagship first, then by total score.</summary>
    public IReadOnlyList<StoryView> Stories => stories;
    public int Shown => stories.Count;

    /// <summary>How many stories did not fit; they are all in the binder.</summary>
    public int LeftOut => leftOut;

    /// <summary>What the page shows of the list: which stories, in what order, and how many are left out.</summary>
    public string Fingerprint() => Model.Fingerprint.Of((stories.Select(s => s.Id).ToList(), leftOut));
}
