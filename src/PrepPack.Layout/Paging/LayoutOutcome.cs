using PrepPack.Layout.Core;

namespace PrepPack.Layout.Paging;

/// <summary>The pages, or the reason there are none.</summary>
public sealed record LayoutOutcome(LaidOutDocument? Document, LayoutProblem? Problem)
{
    public bool Succeeded => Document is not null;
}
