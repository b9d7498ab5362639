namespace PrepPack.Templates.Model;

/// <summary>A question theme ("leadership", "failure") with the stories to reach for.</summary>
public sealed record ThemeStories(string Theme, StoryView Primary, StoryView? Backup);
