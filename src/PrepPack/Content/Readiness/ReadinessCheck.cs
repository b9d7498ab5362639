using PrepPack.Content.Model;

namespace PrepPack.Content.Readiness;

/// <summary>
/// Chooses a story for each interview theme and says, for each theme not ready, what is missing and
/// the nearest fix. The theme with the fewest stories to choose from chooses first, so a story that
/// alone answers "conflict" is not taken by "leadership"; each takes a story not yet chosen when it
/// can, the ready ones first, then the flagship, then by total score, then by id. A story is ready
/// by <see cref="StoryReadiness"/>, the rule its own page prints. The same bank always gives the same choice.
/// </summary>
internal static class ReadinessCheck
{
    public static BankReadiness Run(StoryBank bank)
    {
        var themes = InterviewTheme.All.ToList();
        StoryReadiness Of(Story story) => StoryReadiness.Of(story, bank);
        // Each story's themes read once, not once per interview theme: a bank of thousands of stories makes that count.
        var read = new Dictionary<Story, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var story in bank.Stories)
            read[story] = story.Themes.Select(InterviewTheme.Normalise).ToList();
        var candidates = themes.ToDictionary(
            t => t,
            t =>
                bank.Stories.Where(s => t.AnsweredByNormalised(read[s], s.IsFailure))
                    .OrderByDescending(s => Of(s).Ready)
                    .ThenByDescending(s => s.Flagship)
                    .ThenByDescending(s => s.Scores.Total)
                    .ThenBy(s => s.Id, StringComparer.Ordinal)
                    .ToList()
        );

        var chosen = new Dictionary<InterviewTheme, (Story Story, InterviewTheme? SharedWith)>();
        foreach (var theme in themes.OrderBy(t => candidates[t].Count).ThenBy(t => themes.IndexOf(t)))
        {
            if (candidates[theme].Count == 0)
                continue;
            var free = candidates[theme].FirstOrDefault(s => chosen.Values.All(c => c.Story != s));
            var story = free ?? candidates[theme][0];
            chosen[theme] = (story, free is null ? chosen.First(c => c.Value.Story == story).Key : null);
        }

        var told = chosen.Values.Select(c => c.Story).ToHashSet();
        var rows = themes
            .Select(theme =>
            {
                if (!chosen.TryGetValue(theme, out var pick))
                    return Said(new ThemeReadiness(theme, null, null, null, null), _ =>
                        $"{Title(theme)}: no story answers it yet: add '{theme.Aliases[0]}' to the themes of a "
                        + $"story that shows it, or write {theme.Wanted}"
                    );
                var readiness = Of(pick.Story);
                if (pick.SharedWith is { } other)
                {
                    // The other stories with this theme are told for other themes: say so, or "add it to another story"
                    // reads as if none had it.
                    var alsoTold = candidates[theme]
                        .Where(s => s != pick.Story)
                        .SelectMany(s =>
                            chosen
                                .Where(c => c.Value.Story == s && c.Value.SharedWith is null)
                                .Take(1)
                                .Select(c => (Story: s, Theme: c.Key.Name))
                        )
                        .ToList();
                    return Said(new ThemeReadiness(theme, pick.Story.Id, readiness, other.Name, null), name =>
                        $"{Title(theme)}: {name(pick.Story)} is already told for {other.Name}"
                        + string.Concat(alsoTold.Select(a => $" and {name(a.Story)} for {a.Theme}"))
                        + $": add '{theme.Aliases[0]}' to the themes of another story, or write {theme.Wanted}"
                    );
                }
                if (readiness.Ready)
                    return new ThemeReadiness(theme, pick.Story.Id, readiness, null, null);
                // A story that answers the theme, is told for no other and lacks less is the quicker fix: name it too.
                var nearer = candidates[theme]
                    .Where(s => !told.Contains(s) && Of(s).Shortfalls < readiness.Shortfalls)
                    .OrderBy(s => Of(s).Shortfalls)
                    .FirstOrDefault();
                return Said(new ThemeReadiness(theme, pick.Story.Id, readiness, null, null), name =>
                    $"{Title(theme)}: {readiness.Lacks(name(pick.Story))}"
                    + (nearer is null ? "" : $"; {Of(nearer).LacksOnly(name(nearer))}")
                );
            })
            .ToList();
        return new BankReadiness(rows, bank.Profile.Practice.Whole);
    }

    // The line is made once per way of naming a story: by id for check, which points at files the user edits, and
    // by title on the printed pages.
    private static ThemeReadiness Said(ThemeReadiness row, Func<Func<Story, string>, string> say) =>
        row with
        {
            Missing = say(s => s.Id),
            Say = say,
        };

    private static string Title(InterviewTheme theme) => char.ToUpperInvariant(theme.Name[0]) + theme.Name[1..];
}
