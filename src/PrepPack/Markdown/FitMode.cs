namespace PrepPack.Markdown;

/// <summary>
/// Whether a document may shrink its type to fit one page (<c>fit: one-page</c>), or each of its
/// pages, between page breaks, on its own (<c>fit: each-page</c>: one long card shrinks, the rest stay).
/// </summary>
public enum FitMode
{
    None,
    OnePage,
    EachPage,
}
