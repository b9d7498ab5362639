namespace PrepPack.Content.Model;

/// <summary>The candidate, read from <c>content/profile.yaml</c>.</summary>
public sealed record Profile
{
    public required string Name { get; init; }
    public required string CurrentRole { get; init; }
    public required string TargetRole { get; init; }
    public string? Updated { get; init; }

    /// <summary>The language every output says its text is in, a BCP 47 tag (<see cref="LanguageTag"/>).</summary>
    public string Language { get; init; } = LanguageTag.Default.Value;
    public required TmayScript Tmay { get; init; }
    public IReadOnlyList<CompanyReason> WhyCompany { get; init; } = [];

    /// <summary>The speaking-time budgets each STAR answer is checked against.</summary>
    public PracticeBudgets Practice { get; init; } = new();
    public required string File { get; init; }
}
