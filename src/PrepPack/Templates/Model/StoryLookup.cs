using PrepPack.Content.Model;
using PrepPack.Coverage;

namespace PrepPack.Templates.Model;

/// <summary>
/// The story views of a bank found by what a framework's coverage names, each in one look-up:
/// the view of a story, of a story id, and the stories that show each principle of the framework.
/// </summary>
internal sealed class StoryLookup
{
    private readonly Dictionary<Story, StoryView> _byStory = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, StoryView> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StoryView>> _showing = new(StringComparer.Ordinal);

    /// <param name="stories">In matrix order (flagship, then highest total), so each principle's list
    /// is best first.</param>
    public StoryLookup(IReadOnlyList<StoryView> stories, string frameworkId)
    {
        foreach (var story in stories)
        {
            _byStory.TryAdd(story.Raw, story);
            _byId.TryAdd(story.Id, story);
            foreach (var link in story.Raw.Principles)
            {
                if (link.Framework.Id != frameworkId)
                    continue;
                foreach (var principle in link.Principles)
                {
                    if (!_showing.TryGetValue(principle.Id, out var showing))
                        _showing[principle.Id] = showing = [];
                    // A story that names a principle twice shows it once.
                    if (showing.Count == 0 || showing[^1] != story)
                        showing.Add(story);
                }
            }
        }
    }

    /// <summary>Every story that shows the principle, best first.</summary>
    public List<StoryView> Showing(string principleId) =>
        _showing.TryGetValue(principleId, out var showing) ? showing : [];

    public StoryView? Find(StoryPick? pick) => pick is null ? null : _byStory.GetValueOrDefault(pick.Story);

    public StoryView? Find(StoryChoice? choice) => choice is null ? null : _byId.GetValueOrDefault(choice.Story.Id);
}
