using PrepPack.Content.Model;

namespace PrepPack.Coverage;

/// <summary>
/// How well a story's question themes match a principle's own words, by stem: a story told for
/// "ownership" fits "Ownership and drive", one told for "learning" fits "Learn and Be Curious".
/// </summary>
internal static class StoryFit
{
    public static int Of(Story story, Principle principle) =>
        PrincipleWords.Shared(
            PrincipleWords.Stems(string.Join(' ', story.Themes)),
            PrincipleWords.Stems(principle.Id + " " + principle.Name)
        );
}
