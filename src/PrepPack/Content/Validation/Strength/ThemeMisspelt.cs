using PrepPack.Content.Model;
using PrepPack.Content.Readiness;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// PP0261: a story theme one letter away from a name of an interview theme ("teamwrok", "failures"). Themes are
/// the user's own words, so any theme is allowed, but this one counts for no interview theme, and the readiness
/// page would say the bank has no story for it while the story meant to answer it stands there.
/// </summary>
internal sealed class ThemeMisspelt : IStoryRule
{
    private static readonly IReadOnlyList<(string Alias, InterviewTheme Theme)> Names =
    [
        .. InterviewTheme.All.SelectMany(t => t.Aliases.Select(a => (a, t))),
    ];

    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < story.Themes.Count; i++)
        {
            var typed = InterviewTheme.Normalise(story.Themes[i]);
            // Short words are too close to each other to tell a slip from another word.
            if (typed.Length < 5 || Names.Any(n => n.Alias == typed))
                continue;
            if (Names.FirstOrDefault(n => DidYouMean.Distance(typed, n.Alias) == 1) is not { Alias: { } meant } near)
                continue;
            diagnostics.Warning(
                story.At($"themes[{i}]"),
                DiagnosticCodes.ThemeMisspelt,
                $"The theme '{story.Themes[i]}' is one letter from '{meant}', which answers the interview theme "
                    + $"'{near.Theme.Name}'; as written it answers none, so this story does not count for it.",
                $"Write '{meant}' if that is what you meant; a theme of your own can stay as it is."
            );
        }
    }
}
