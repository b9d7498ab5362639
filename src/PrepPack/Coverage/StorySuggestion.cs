using PrepPack.Content.Model;

namespace PrepPack.Coverage;

/// <summary>Stories to consider for a principle, stories with the same reason said together, and how many stories
/// it names. <c>check</c> names them by id ("'a' and 'b' show Meta's 'People growth'"), a page by title.</summary>
public sealed record StorySuggestion(IReadOnlyList<SuggestedStories> Groups)
{
    public static readonly StorySuggestion None = new([]);

    public int Stories => Groups.Sum(g => g.Stories.Count);

    /// <summary>The suggestion as <c>check</c> says it, each story by its id, quoted.</summary>
    public string Text => Naming(s => s.Id);

    /// <summary>The suggestion as one phrase, each story named by <paramref name="name"/> and quoted.</summary>
    public string Naming(Func<Story, string> name) =>
        string.Join(
            "; ",
            Groups.Select(g =>
                g.Stories.Count == 1
                    ? $"'{name(g.Stories[0])}' {g.One}"
                    : $"{string.Join(" and ", g.Stories.Select(s => $"'{name(s)}'"))} {g.Many}"
            )
        );
}
