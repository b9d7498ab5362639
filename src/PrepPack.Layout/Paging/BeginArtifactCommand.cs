using PrepPack.Layout.Core;

namespace PrepPack.Layout.Paging;

/// <summary>What is drawn from here to the matching <see cref="EndTagCommand"/> is not content: a header, a
/// footer, decoration.</summary>
public sealed record BeginArtifactCommand(ArtifactKind Kind) : PageCommand
{
    public override PageCommand Offset(float dx, float dy) => this;
}
