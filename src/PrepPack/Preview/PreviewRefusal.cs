namespace PrepPack.Preview;

/// <summary>Why a preview asked for cannot be drawn: both are the command line's mistake, not the content's.</summary>
public enum PreviewRefusal
{
    /// <summary>A Word file: Word lays out its pages, not PrepPack.</summary>
    WordFile,

    /// <summary><c>--page</c> is past the document's last page.</summary>
    NoSuchPage,
}
