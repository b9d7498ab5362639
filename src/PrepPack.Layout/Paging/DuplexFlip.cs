namespace PrepPack.Layout.Paging;

/// <summary>Whether cards print double-sided, and which edge of the sheet the printer turns it over on.</summary>
public enum DuplexFlip
{
    None,
    LongEdge,
    ShortEdge,
}
