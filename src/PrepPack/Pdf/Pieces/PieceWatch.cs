namespace PrepPack.Pdf.Pieces;

/// <summary>Whether nothing was reported since it began: a piece made without a warning may be kept for the next
/// build.</summary>
internal sealed class PieceWatch(Func<int> reported)
{
    private readonly int _before = reported();

    public bool Clean => reported() == _before;
}
