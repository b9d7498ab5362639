namespace PrepPack.Templates.Model;

/// <summary>
/// Which stories matter most when a page has room for only some: the flagship, then the stories to
/// tell first for a principle or a question theme, then their backups, then the rest; within each,
/// in matrix order (by total score). Reads the model's choices without recording them: what a page
/// shows is recorded as its own input.
/// </summary>
internal static class StoryRanking
{
    public static IReadOnlyList<StoryView> Rank(
        IReadOnlyList<StoryView> stories,
        IReadOnlyList<FrameworkView> frameworks,
        IReadOnlyList<ThemeStories> themes
    )
    {
        var principles = frameworks.SelectMany(f => f.Choices).ToList();
        var first = principles
            .Select(p => p.Primary)
            .Concat(themes.Select(t => t.Primary))
            .OfType<StoryView>()
            .ToHashSet();
        var backups = principles
            .Select(p => p.Backup)
            .Concat(themes.Select(t => t.Backup))
            .OfType<StoryView>()
            .ToHashSet();
        int Tier(StoryView story) =>
            story.Raw.Flagship ? 0
            : first.Contains(story) ? 1
            : backups.Contains(story) ? 2
            : 3;
        // Stable: stories of one tier keep the matrix order they arrive in.
        return stories.OrderBy(Tier).ToList();
    }
}
