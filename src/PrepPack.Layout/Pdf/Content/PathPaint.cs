namespace PrepPack.Layout.Pdf.Content;

/// <summary>How the path being built on a page is to be painted, once it is complete.</summary>
internal enum PathPaint
{
    None,
    Stroke,
    Fill,
}
