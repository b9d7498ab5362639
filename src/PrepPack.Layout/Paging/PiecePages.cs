using System.Collections;

namespace PrepPack.Layout.Paging;

/// <summary>
/// The pages of a document laid out in pieces, in order. A piece kept as records is drawn again
/// only when one of its pages is asked for, with its number in the document and its header and
/// footer, and only the last piece read (and the next, read ahead) is held: writing the pages in
/// order holds a piece or two of drawing commands at a time, however long the document.
/// </summary>
internal sealed class PiecePages : IReadOnlyList<RecordedPage>
{
    private readonly List<Piece> _pieces = [];
    private readonly List<int> _starts = [];
    private readonly object _lock = new();
    private (int Piece, IReadOnlyList<RecordedPage> Pages)? _last;
    private (int Piece, Task<IReadOnlyList<RecordedPage>> Pages)? _next;

    /// <summary>A piece's pages: drawn already, or kept as records with what was stamped on each page since.</summary>
    private sealed record Piece(IReadOnlyList<RecordedPage>? Drawn, KeptPages? Kept, RecordedPage[]? Stamps);

    public int Count { get; private set; }

    public void Add(IReadOnlyList<RecordedPage> drawn) => Add(new Piece(drawn, null, null), drawn.Count);

    /// <param name="stamps">For each page, a page of the same number holding what is drawn over it.</param>
    public void Add(KeptPages kept, RecordedPage[] stamps) => Add(new Piece(null, kept, stamps), kept.Count);

    private void Add(Piece piece, int count)
    {
        if (count == 0)
            return;
        _pieces.Add(piece);
        _starts.Add(Count);
        Count += count;
    }

    public RecordedPage this[int index]
    {
        get
        {
            if (index < 0 || index >= Count)
                throw new ArgumentOutOfRangeException(nameof(index));
            var at = _starts.BinarySearch(index);
            var piece = at >= 0 ? at : ~at - 1;
            return PagesOf(piece)[index - _starts[piece]];
        }
    }

    private IReadOnlyList<RecordedPage> PagesOf(int index)
    {
        var piece = _pieces[index];
        if (piece.Drawn is { } drawn)
            return drawn;
        lock (_lock)
        {
            if (_last is { } last && last.Piece == index)
                return last.Pages;
            var pages = _next is { } next && next.Piece == index ? next.Pages.Result : Draw(piece);
            _last = (index, pages);
            // The next kept piece is read on another core while this one is written.
            var following = index + 1;
            _next =
                following < _pieces.Count && _pieces[following].Kept is not null
                    ? (following, Task.Run(() => Draw(_pieces[following])))
                    : null;
            return pages;
        }
    }

    /// <summary>A kept piece's pages read back, numbered in the document, with what was stamped on them.</summary>
    private static IReadOnlyList<RecordedPage> Draw(Piece piece)
    {
        var pages = piece.Kept!.Pages();
        for (var i = 0; i < pages.Count; i++)
        {
            var stamp = piece.Stamps![i];
            pages[i].Number = stamp.Number;
            foreach (var command in stamp.Commands)
                pages[i].Append(command);
        }
        return pages;
    }

    public IEnumerator<RecordedPage> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
