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
        // Content is made one piece after another: making it reports problems to the caller's lists.
        var content = new Element?[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
            if (pieces[i].Laid is null) content[i] = pieces[i].Build();

        var laid = new List<(RecordedPage Page, PageSetup Setup)>[pieces.Count];
        var problems = new LayoutProblem?[pieces.Count];
        void Lay(int i)
        {
            var pages = new List<(RecordedPage, PageSetup)>();
            if (content[i] is { } element)
                problems[i] = Paginator.Pour(pieces[i].Setup, element, new PageContext(), pages, origin, pieces[i].EndsWithBreak);
            else pages.AddRange(pieces[i].Laid!.Select(p => (p, pieces[i].Setup)));
            laid[i] = pages;
        }
        if (content.Count(c => c is not null) > 1) Parallel.For(0, pieces.Count, Lay);
        else for (var i = 0; i < pieces.Count; i++) Lay(i);
        if (problems.FirstOrDefault(p => p is not null) is { } problem) return new PieceOutcome(new LayoutOutcome(null, problem), []);

        // A document of nothing still has its one blank page.
        if (pieces.Count > 0 && laid.All(l => l.Count == 0))
        {
            var last = pieces.Count - 1;
            problem = Paginator.Pour(pieces[last].Setup, pieces[last].Build(), new PageContext(), laid[last], origin, blankAllowed: true);
            if (problem is not null) return new PieceOutcome(new LayoutOutcome(null, problem), []);
        }

        // Each piece laid out here, as it stands before the numbers, contents and page lines: what a later build can use again.
        var fresh = laid.Select((l, i) => (IReadOnlyList<RecordedPage>)(content[i] is null ? [] : l.Select(p => p.Page.Copy()).ToList())).ToArray();
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
            fresh);
    }
}
