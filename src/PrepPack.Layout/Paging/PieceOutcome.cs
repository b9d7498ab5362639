namespace PrepPack.Layout.Paging;

/// <summary>The document laid out from pieces, or the reason it could not be; and each piece's own pages.</summary>
/// <param name="Pieces">The pages of each piece laid out in this run (none for a piece given as pages), before page
/// numbers, contents and page lines were added; empty when the layout failed.</param>
public sealed record PieceOutcome(LayoutOutcome Outcome, IReadOnlyList<IReadOnlyList<RecordedPage>> Pieces);
