using PrepPack.Diagnostics;

namespace PrepPack.Layout.Paging;

/// <summary>The pages, or the reason there are none.</summary>
public sealed record LayoutOutcome(LaidOutDocument? Document, Diagnostic? Problem)
{
    public bool Succeeded => Document is not null;
}
