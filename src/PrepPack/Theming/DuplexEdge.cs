namespace PrepPack.Theming;

/// <summary>Whether pages print on both sides of the sheet, and the edge the printer turns it over on.</summary>
public enum DuplexEdge
{
    None,
    LongEdge,
    ShortEdge,
}
