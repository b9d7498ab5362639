using PrepPack.Content.Model;

namespace PrepPack.Coverage;

/// <summary>Stories suggested for one reason, said of one story (<paramref name="One"/>: "shows Meta's 'People
/// growth'") or of several (<paramref name="Many"/>: "show Meta's 'People growth'").</summary>
public sealed record SuggestedStories(IReadOnlyList<Story> Stories, string One, string Many);
