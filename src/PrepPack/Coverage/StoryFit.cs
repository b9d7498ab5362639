using System.Text.RegularExpressions;
using PrepPack.Content.Model;

namespace PrepPack.Coverage;

/// <summary>
/// How well a story's question themes match a principle's own words: a story told for
/// "ownership" fits "Ownership and drive". Short words ("and", "the", "a lot") match nothing.
/// </summary>
internal static partial class StoryFit
{
    public static int Of(Story story, Principle principle)
    {
        var words = Words(principle.Id + " " + principle.Name);
        return story.Themes.SelectMany(Words).Distinct().Count(words.Contains);
    }

    private static HashSet<string> Words(string text) =>
        NotLetters().Split(text.ToLowerInvariant()).Where(w => w.Length >= 4).ToHashSet();

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex NotLetters();
}
