namespace PrepPack.Layout.Paging;

/// <summary>Ends the innermost tag or artifact begun on the page.</summary>
public sealed record EndTagCommand : PageCommand
{
    public static EndTagCommand Instance { get; } = new();

    public override PageCommand Offset(float dx, float dy) => this;
}
