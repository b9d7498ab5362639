using PrepPack.Layout.Core;

namespace PrepPack.Layout.Paging;

/// <summary>What is drawn from here to the matching <see cref="EndTagCommand"/> belongs to
/// <paramref name="Tag"/>.</summary>
public sealed record BeginTagCommand(StructureTag Tag) : PageCommand
{
    public override PageCommand Offset(float dx, float dy) => this;
}
