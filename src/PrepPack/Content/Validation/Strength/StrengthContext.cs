using PrepPack.Content.Model;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// What the rules need beyond the story: the speaking-time budgets, whether any framework exists,
/// and the profile's "tell me about yourself" highlights, whose figures must agree with the stories they tell.
/// </summary>
internal sealed record StrengthContext(PracticeBudgets Budgets, bool HasFrameworks)
{
    public IReadOnlyList<Highlight> Highlights { get; init; } = [];
}
