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
    public PieceOutcome Run(IReadOnlyList<PagePiece> pieces, object? origin)
    {
        // Content is made one piece after another on this thread (making it reports problems to the caller's lists),
        // and each piece is laid out on another as soon as it is made; at most a few pieces wait, so the content of
        // a large document is never held all at once, and each piece's is let go once it is laid out.
        var laid = new List<(RecordedPage Page, PageSetup Setup)>[pieces.Count];
        var problems = new LayoutProblem?[pieces.Count];
        var fresh = new bool[pieces.Count];
        using var waiting = new SemaphoreSlim(Environment.ProcessorCount * 2);
        var running = new List<Task>();
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (piece.Laid is { } kept)
            {
                laid[i] = kept.Select(p => (p, piece.Setup)).ToList();
                continue;
            }
            fresh[i] = true;
            var element = piece.Build();
            var index = i;
            waiting.Wait();
            running.Add(Task.Run(() =>
            {
                try
                {
                    var pages = new List<(RecordedPage, PageSetup)>();
                    problems[index] = Paginator.Pour(piece.Setup, element, new PageContext(), pages, origin, piece.EndsWithBreak);
                    laid[index] = pages;
                }
                finally { waiting.Release(); }
            }));
        }
        try { Task.WaitAll(running); }
        // A failure laying out a piece is the one the caller would meet laying it out itself.
        catch (AggregateException failed) { ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw(); }
        if (problems.FirstOrDefault(p => p is not null) is { } problem) return new PieceOutcome(new LayoutOutcome(null, problem), []);

        // A document of nothing still has its one blank page.
        if (pieces.Count > 0 && laid.All(l => l.Count == 0))
        {
            var last = pieces.Count - 1;
            problem = Paginator.Pour(pieces[last].Setup, pieces[last].Build(), new PageContext(), laid[last], origin, blankAllowed: true);
            if (problem is not null) return new PieceOutcome(new LayoutOutcome(null, problem), []);
        }

        // Each piece laid out here, as it stands before the numbers, contents and page lines: what a later build can use again.
        var copies = laid.Select((l, i) => (IReadOnlyList<RecordedPage>)(fresh[i] ? l.Select(p => p.Page.Copy()).ToList() : [])).ToArray();
        var all = new List<(RecordedPage Page, PageSetup Setup)>();
        var context = new PageContext();
        foreach (var (page, setup) in laid.SelectMany(l => l))
        {
            if (all.Count >= Paginator.PageLimit)
                return new PieceOutcome(new LayoutOutcome(null,
                    new LayoutProblem(LayoutProblemKind.TooManyPages, $"The document passed {Paginator.PageLimit} pages without ending.", origin)), []);
            page.Number = all.Count + 1;
            context.CurrentPage = page.Number;
            foreach (var destination in page.Commands.OfType<DestinationCommand>()) context.Record(destination.Name);
            all.Add((page, setup));
        }
        foreach (var (page, _) in all) page.DrawDeferred(context);
        paginator.Stamp(all, origin);
        return new PieceOutcome(new LayoutOutcome(new LaidOutDocument(all.Select(p => p.Page).ToList(), pieces[0].Setup), null),
            copies);
    }
}
