using PrepPack.Content.Model;

namespace PrepPack.Content.Validation.Strength;

/// <summary>What the rules need beyond the story: the speaking-time budgets and whether any framework exists.</summary>
internal sealed record StrengthContext(PracticeBudgets Budgets, bool HasFrameworks);
