namespace PrepPack.Layout.Core;

public enum SpacePlanType
{
    /// <summary>Nothing left to draw.</summary>
    Empty,

    /// <summary>Nothing of what is left fits here; try the next page.</summary>
    Wrap,

    /// <summary>Part fits; the rest goes on later pages.</summary>
    PartialRender,

    /// <summary>All that is left fits.</summary>
    FullRender,
}
