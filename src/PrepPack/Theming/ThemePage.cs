namespace PrepPack.Theming;

/// <summary>Page settings a document gets when its front matter does not say otherwise.</summary>
public sealed record ThemePage
{
    public string Size { get; init; } = "letter";
    public float Margin { get; init; } = 54;
    public string? Header { get; init; }
    public string? Footer { get; init; } = "{title} | Page {page} of {pages}";
}
