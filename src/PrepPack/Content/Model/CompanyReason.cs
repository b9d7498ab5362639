namespace PrepPack.Content.Model;

/// <summary>The candidate's one line on why they want this company.</summary>
public sealed record CompanyReason(SourceRef Company, string Line);
