namespace PrepPack.Markdown;

/// <summary>Which way a page lies; unset keeps the page size as named.</summary>
public enum PageOrientation
{
    Unset,
    Portrait,
    Landscape,
}
