namespace PrepPack.Content.Model;

/// <summary>Everything in a content folder: the candidate, their stories and the frameworks they prepare for.</summary>
public sealed record StoryBank(Profile Profile, IReadOnlyList<Story> Stories, IReadOnlyList<Framework> Frameworks)
{
    public Story? FindStory(string id) => Stories.FirstOrDefault(s => s.Id == id);
    public Framework? FindFramework(string id) => Frameworks.FirstOrDefault(f => f.Id == id);
}
