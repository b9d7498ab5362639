using System.Runtime.CompilerServices;
using PrepPack.Content.Model;

namespace PrepPack.Coverage;

/// <summary>
/// How well a story's question themes match a principle's own words, by stem: a story told for
/// "ownership" fits "Ownership and drive", one told for "learning" fits "Learn and Be Curious".
/// </summary>
internal static class StoryFit
{
    // Every story is ranked for every principle it shows: the stems of each are found once, not once per pair.
    private static readonly ConditionalWeakTable<Story, IReadOnlyList<string>> StoryStems = new();
    private static readonly ConditionalWeakTable<Principle, IReadOnlyList<string>> PrincipleStems = new();

    public static int Of(Story story, Principle principle) =>
        PrincipleWords.Shared(
            StoryStems.GetValue(story, static s => PrincipleWords.Stems(string.Join(' ', s.Themes))),
            PrincipleStems.GetValue(principle, static p => PrincipleWords.Stems(p.Id + " " + p.Name))
        );
}
