namespace PrepPack.Pipeline;

public enum OutputStatus
{
    Written,

    /// <summary>Made again, and the same bytes as the file already there: left untouched.</summary>
    Unchanged,
    UpToDate,
    Failed,

    /// <summary>Its template (or framework, or story) is gone, so the file was deleted.</summary>
    Removed,
}
