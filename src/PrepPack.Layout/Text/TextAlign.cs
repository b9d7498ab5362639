namespace PrepPack.Layout.Text;

/// <summary>How lines sit in their width. <see cref="Start"/> is left in a left-to-right paragraph
/// and right in a right-to-left one; <see cref="Justify"/> sets its last line at the start too.</summary>
public enum TextAlign
{
    Left,
    Justify,
    Center,
    Right,
    Start,
}
