namespace PrepPack.Content.Model;

/// <summary>Everything in a content folder: the candidate, their stories and the frameworks they prepare for.</summary>
public sealed record StoryBank(Profile Profile, IReadOnlyList<Story> Stories, IReadOnlyList<Framework> Frameworks);
