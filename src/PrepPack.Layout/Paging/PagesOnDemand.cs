using System.Collections;

namespace PrepPack.Layout.Paging;

/// <summary>
/// Pages drawn when asked for, from pages that are themselves read back one piece at a time (a sheet
/// of cards): the last page drawn is held, no other, so writing them in order holds one at a time.
/// </summary>
internal sealed class PagesOnDemand(int count, Func<int, RecordedPage> draw) : IReadOnlyList<RecordedPage>
{
    private readonly object _lock = new();
    private (int Index, RecordedPage Page)? _last;

    public int Count => count;

    public RecordedPage this[int index]
    {
        get
        {
            if (index < 0 || index >= count)
                throw new ArgumentOutOfRangeException(nameof(index));
            lock (_lock)
            {
                if (_last is { } last && last.Index == index)
                    return last.Page;
                var page = draw(index);
                _last = (index, page);
                return page;
            }
        }
    }

    public IEnumerator<RecordedPage> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
