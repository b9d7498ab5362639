using PrepPack.Content.Model;
using PrepPack.Content.Validation.Strength;

namespace PrepPack.Content.Readiness;

/// <summary>
/// Chooses a story for each interview theme and lists what is missing. The theme with the fewest
/// stories to choose from chooses first, so a story that alone answers "conflict" is not taken by
/// "leadership"; each takes a story not yet chosen when it can, the ready ones first, then the
/// flagship, then by total score, then by id. The same bank always gives the same choice.
/// </summary>
internal static class ReadinessCheck
{
    public static BankReadiness Run(IReadOnlyList<Story> stories, PracticeBudgets budgets)
    {
        var themes = InterviewTheme.All.ToList();
        var candidates = themes.ToDictionary(t => t, t => stories.Where(s => t.AnsweredBy(s.Themes, s.IsFailure))
            .OrderByDescending(s => IsReady(s, budgets)).ThenByDescending(s => s.Flagship)
            .ThenByDescending(s => s.Scores.Total).ThenBy(s => s.Id, StringComparer.Ordinal).ToList());

        var chosen = new Dictionary<InterviewTheme, (Story Story, InterviewTheme? SharedWith)>();
        foreach (var theme in themes.OrderBy(t => candidates[t].Count).ThenBy(t => themes.IndexOf(t)))
        {
            if (candidates[theme].Count == 0) continue;
            var free = candidates[theme].FirstOrDefault(s => chosen.Values.All(c => c.Story != s));
            var story = free ?? candidates[theme][0];
            chosen[theme] = (story, free is null ? chosen.First(c => c.Value.Story == story).Key : null);
        }

        var rows = themes.Select(theme => chosen.TryGetValue(theme, out var pick) ? Row(theme, pick.Story, pick.SharedWith, budgets) : new ThemeReadiness(theme, null, false, 0, 0, false, null)).ToList();
        return new BankReadiness(rows, Missing(rows, budgets), budgets.Whole);
    }

    private static bool IsReady(Story story, PracticeBudgets budgets) =>
        HasMetric(story) && story.FollowUps.Count > 0 && StarTiming.Of(story.Star).Whole <= budgets.Whole;

    /// <summary>A story has a metric when its result says a figure.</summary>
    public static bool HasMetric(Story story) => Figures.Any(story.Star.Result) || Figures.Any(story.Card.Result);

    private static ThemeReadiness Row(InterviewTheme theme, Story story, InterviewTheme? sharedWith, PracticeBudgets budgets)
    {
        var seconds = StarTiming.Of(story.Star).Whole;
        return new ThemeReadiness(theme, story.Id, HasMetric(story), story.FollowUps.Count, seconds, seconds <= budgets.Whole, sharedWith?.Name);
    }

    private static IReadOnlyList<string> Missing(IReadOnlyList<ThemeReadiness> rows, PracticeBudgets budgets)
    {
        var missing = new List<string>();
        foreach (var row in rows.Where(r => !r.Covered)) missing.Add(row.Theme.Wanted);
        foreach (var row in rows.Where(r => r.SharedWith is not null))
            missing.Add($"a story of its own for {row.Theme.Name} ({row.StoryId} is told for {row.SharedWith})");
        // What a chosen story lacks is said once, however many themes it is told for.
        foreach (var row in rows.Where(r => r.Covered).DistinctBy(r => r.StoryId))
        {
            if (!row.HasMetric) missing.Add($"a figure in the result of {row.StoryId}");
            if (row.FollowUps == 0) missing.Add($"follow-ups for {row.StoryId}");
            if (!row.WithinTime) missing.Add($"a telling of {row.StoryId} under {SpeakingTime.Format(budgets.Whole)} (it takes {SpeakingTime.Format(row.Seconds)})");
        }
        return missing;
    }
}
