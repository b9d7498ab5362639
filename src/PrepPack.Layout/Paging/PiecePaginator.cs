using System.Runtime.ExceptionServices;
using PrepPack.Layout.Core;

namespace PrepPack.Layout.Paging;

/// <summary>
/// Lays out a document as pieces that each start a new page (<see cref="PagePiece"/>): the pieces
/// not given as pages already are laid out at once on the machine's cores, each numbering its
/// pages from 1; then the pages are numbered through, the contents drawn and the header and
/// footer stamped. The pages are those <see cref="Paginator"/> gives the whole document, since a
/// page break (or a section's start) leaves nothing on a page for what follows.
/// </summary>
public sealed class PiecePaginator(Paginator paginator)
{
    /// <summary>Pieces made before they are laid out together: enough to keep the cores busy, few enough to
    /// hold.</summary>
    private static readonly int BatchSize = Environment.ProcessorCount * 8;

    /// <param name="keep">Given each piece laid out in this run, by its index, with its pages as records as they
    /// stand before the numbers, contents and page lines are added: what a later build can use again. Called as
    /// soon as the piece is laid out, on any thread; a piece whose pages cannot be kept is not given.</param>
    public LayoutOutcome Run(IReadOnlyList<PagePiece> pieces, object? origin, Action<int, KeptPages>? keep = null)
    {
        // Content is made one piece after another (making it reports problems to the caller's lists), a batch at a
        // time, and the batch is laid out on every core, this thread too; then its content is let go, so the content
        // of a large document is never held all at once. Its pages are held as records from then on, until they are
        // written, unless they wait for the page numbers (a contents page).
        var drawn = new List<RecordedPage>?[pieces.Count];
        var kept = new KeptPages?[pieces.Count];
        var problems = new LayoutProblem?[pieces.Count];
        var batch = new List<(int Index, Element Content)>();
        void LayBatch()
        {
            try
            {
                Parallel.ForEach(batch, item =>
                {
                    var pages = new List<(RecordedPage, PageSetup)>();
                    var piece = pieces[item.Index];
                    problems[item.Index] = Paginator.Pour(
                        piece.Setup,
                        item.Content,
                        new PageContext(),
                        pages,
                        origin,
                        piece.EndsWithBreak,
                        paginator.PageLimit
                    );
                    if (problems[item.Index] is not null)
                        return;
                    var laid = pages.Select(p => p.Item1).ToList();
                    if (KeptPages.Of(laid) is { } records)
                    {
                        kept[item.Index] = records;
                        keep?.Invoke(item.Index, records);
                    }
                    else
                        drawn[item.Index] = laid;
                });
            }
            // A failure laying out a piece reaches the caller as it would from laying the piece out itself.
            catch (AggregateException failed)
            {
                ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
            }
            batch.Clear();
        }
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Laid is { } laid)
            {
                kept[i] = laid;
                continue;
            }
            batch.Add((i, pieces[i].Build()));
            if (batch.Count >= BatchSize)
                LayBatch();
        }
        LayBatch();
        if (problems.FirstOrDefault(p => p is not null) is { } problem)
            return new LayoutOutcome(null, problem);

        // A document of nothing still has its one blank page.
        if (pieces.Count > 0 && kept.All(k => k is null || k.Count == 0) && drawn.All(d => d is null || d.Count == 0))
        {
            var last = pieces.Count - 1;
            var blank = new List<(RecordedPage, PageSetup)>();
            problem = Paginator.Pour(
                pieces[last].Setup,
                pieces[last].Build(),
                new PageContext(),
                blank,
                origin,
                blankAllowed: true,
                paginator.PageLimit
            );
            if (problem is not null)
                return new LayoutOutcome(null, problem);
            (kept[last], drawn[last]) = (null, blank.Select(p => p.Item1).ToList());
        }

        // Numbered through; a kept page is stood for by an empty page of its number, which takes its header and
        // footer.
        var all = new List<(RecordedPage Page, PageSetup Setup)>();
        var stamps = new RecordedPage[pieces.Count][];
        var context = new PageContext();
        bool Number(RecordedPage page, PageSetup setup, IEnumerable<string> destinations)
        {
            if (all.Count >= paginator.PageLimit)
                return false;
            page.Number = all.Count + 1;
            context.CurrentPage = page.Number;
            foreach (var destination in destinations)
                context.Record(destination);
            all.Add((page, setup));
            return true;
        }
        for (var i = 0; i < pieces.Count; i++)
        {
            var setup = pieces[i].Setup;
            var fine = true;
            if (kept[i] is { } records)
            {
                stamps[i] = new RecordedPage[records.Count];
                for (var p = 0; p < records.Count && fine; p++)
                {
                    stamps[i][p] = new RecordedPage(0, setup.Width, setup.Height)
                    {
                        HasPageLines = records.HasPageLines(p),
                    };
                    fine = Number(stamps[i][p], setup, records.Destinations(p));
                }
            }
            else
                foreach (var page in drawn[i] ?? [])
                    fine = fine && Number(page, setup, page.Commands.OfType<DestinationCommand>().Select(d => d.Name));
            if (!fine)
                return new LayoutOutcome(
                    null,
                    new LayoutProblem(
                        LayoutProblemKind.TooManyPages,
                        $"The document passed {paginator.PageLimit} pages without ending.",
                        origin
                    )
                );
        }
        foreach (var page in drawn.Where(d => d is not null).SelectMany(d => d!))
            page.DrawDeferred(context);
        paginator.Stamp(all, origin);

        var document = new PiecePages();
        for (var i = 0; i < pieces.Count; i++)
            if (kept[i] is { } records)
                document.Add(records, stamps[i]);
            else if (drawn[i] is { } pages)
                document.Add(pages);
        return new LayoutOutcome(new LaidOutDocument(document, pieces[0].Setup), null);
    }
}
