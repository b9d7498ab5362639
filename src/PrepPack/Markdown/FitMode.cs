namespace PrepPack.Markdown;

/// <summary>Whether a document may shrink its type to fit one page (<c>fit: one-page</c>).</summary>
public enum FitMode
{
    None,
    OnePage,
}
