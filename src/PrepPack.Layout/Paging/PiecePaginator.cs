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

    /// <param name="keep">Given each piece laid out in this run, by its index, with its pages as they stand
    /// before the numbers, contents and page lines are added: what a later build can use again. Called
    /// as soon as the piece is laid out, on any thread, so the pages need not be held twice.</param>
    public LayoutOutcome Run(
        IReadOnlyList<PagePiece> pieces,
        object? origin,
        Action<int, IReadOnlyList<RecordedPage>>? keep = null
    )
    {
        // Content is made one piece after another (making it reports problems to the caller's lists), a batch at a
        // time, and the batch is laid out on every core, this thread too; then its content is let go, so the content
        // of a large document is never held all at once.
        var laid = new List<(RecordedPage Page, PageSetup Setup)>[pieces.Count];
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
                    laid[item.Index] = pages;
                    if (problems[item.Index] is null)
                        keep?.Invoke(item.Index, pages.Select(p => p.Item1).ToList());
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
            if (pieces[i].Laid is { } kept)
            {
                laid[i] = kept.Select(p => (p, pieces[i].Setup)).ToList();
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
        if (pieces.Count > 0 && laid.All(l => l.Count == 0))
        {
            var last = pieces.Count - 1;
            problem = Paginator.Pour(
                pieces[last].Setup,
                pieces[last].Build(),
                new PageContext(),
                laid[last],
                origin,
                blankAllowed: true,
                paginator.PageLimit
            );
            if (problem is not null)
                return new LayoutOutcome(null, problem);
        }

        var all = new List<(RecordedPage Page, PageSetup Setup)>();
        var context = new PageContext();
        foreach (var (page, setup) in laid.SelectMany(l => l))
        {
            if (all.Count >= paginator.PageLimit)
                return new LayoutOutcome(
                    null,
                    new LayoutProblem(
                        LayoutProblemKind.TooManyPages,
                        $"The document passed {paginator.PageLimit} pages without ending.",
                        origin
                    )
                );
            page.Number = all.Count + 1;
            context.CurrentPage = page.Number;
            foreach (var destination in page.Commands.OfType<DestinationCommand>())
                context.Record(destination.Name);
            all.Add((page, setup));
        }
        foreach (var (page, _) in all)
            page.DrawDeferred(context);
        paginator.Stamp(all, origin);
        return new LayoutOutcome(new LaidOutDocument(all.Select(p => p.Page).ToList(), pieces[0].Setup), null);
    }
}
