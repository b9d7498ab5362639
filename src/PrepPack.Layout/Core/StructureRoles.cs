namespace PrepPack.Layout.Core;

/// <summary>PDF's standard structure types (ISO 32000-1, 14.8.4): readers know them without a role map.</summary>
public static class StructureRoles
{
    public const string Document = "Document";
    public const string Paragraph = "P";
    public const string List = "L";
    public const string ListItem = "LI";
    public const string Label = "Lbl";
    public const string ListBody = "LBody";
    public const string Table = "Table";
    public const string TableRow = "TR";
    public const string HeaderCell = "TH";
    public const string DataCell = "TD";
    public const string Figure = "Figure";
    public const string Link = "Link";
    public const string Contents = "TOC";
    public const string ContentsItem = "TOCI";
    public const string Reference = "Reference";
    public const string Quote = "BlockQuote";
}
