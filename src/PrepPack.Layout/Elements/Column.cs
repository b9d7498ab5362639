using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>
/// Children stacked top to bottom with space between. A child marked keep-with-next (a heading, a label)
/// moves to the next page rather than end a page without what follows it.
/// </summary>
public sealed class Column(IReadOnlyList<Element> children, float spacing = 0) : Element
{
    private int _current;

    public IReadOnlyList<Element> Children => children;

    /// <summary>Children that must share a page with the start of the child after them.</summary>
    public HashSet<Element> KeepWithNext { get; } = [];

    /// <summary>The last child never goes to a page alone: a list's last item takes the one before it along.</summary>
    public bool KeepLastWithPrevious { get; init; }

    // The children planned for a page, in lists kept a thread and used again: plans nest (a column in a
    // box in a column), so each plan takes a list of its own and gives it back.
    [ThreadStatic]
    private static Stack<List<(int, SpacePlan, float)>>? _lists;

    private static List<(int, SpacePlan, float)> TakeList() =>
        _lists is { Count: > 0 } lists ? lists.Pop() : new List<(int, SpacePlan, float)>(16);

    private static void GiveBack(List<(int, SpacePlan, float)> list)
    {
        list.Clear();
        (_lists ??= new Stack<List<(int, SpacePlan, float)>>()).Push(list);
    }

    protected override SpacePlan MeasureCore(Size available)
    {
        var (placed, height, width, finished) = Plan(available);
        var count = placed.Count;
        GiveBack(placed);
        if (count == 0)
            return finished ? SpacePlan.Empty() : SpacePlan.Wrap();
        return finished ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        var (placed, _, _, _) = Plan(available);
        try
        {
            Draw(placed, available, context);
        }
        finally
        {
            GiveBack(placed);
        }
    }

    private void Draw(List<(int Index, SpacePlan Plan, float Gap)> placed, Size available, DrawContext context)
    {
        var y = 0f;
        var top = PageTop.Now;
        foreach (var (index, plan, gap) in placed)
        {
            y += gap;
            using (PageTop.At(top))
            using (context.Translate(0, y))
                children[index].Draw(new Size(available.Width, plan.Height), context);
            y += plan.Height;
            top = StillTop(top, index);
            _current = plan.IsFull ? index + 1 : index;
        }
    }

    public override Element Blocking(Size available) =>
        _current < children.Count ? children[_current].Blocking(available) : this;

    private (List<(int Index, SpacePlan Plan, float Gap)> Placed, float Height, float Width, bool Finished) Plan(
        Size available
    )
    {
        var placed = TakeList();
        var height = 0f;
        var width = 0f;
        var top = PageTop.Now;
        for (var i = _current; i < children.Count; i++)
        {
            var gap = placed.Count > 0 ? spacing : 0;
            SpacePlan plan;
            using (PageTop.At(top))
                plan = children[i].Measure(new Size(available.Width, Math.Max(0, available.Height - height - gap)));
            if (plan.IsEmpty)
                continue;
            if (plan.IsWrap)
                return (KeepLast(DropKeptHeadings(placed), i), Sum(placed), width, false);
            // A heading at the top of the space stays: moving it on would not help.
            if (
                plan.IsFull
                && placed.Count > 0
                && KeepWithNext.Contains(children[i])
                && !NextStartsHere(
                    i,
                    available with
                    {
                        Height = available.Height - height - gap - plan.Height,
                    },
                    StillTop(top, i)
                )
            )
                return (KeepLast(DropKeptHeadings(placed), i), Sum(placed), width, false);
            placed.Add((i, plan, gap));
            height += gap + plan.Height;
            width = Math.Max(width, plan.Width);
            top = StillTop(top, i);
            if (plan.IsPartial)
                return (placed, height, width, false);
        }
        return (placed, height, width, true);

        static float Sum(List<(int Index, SpacePlan Plan, float Gap)> p)
        {
            var sum = 0f;
            foreach (var (_, plan, gap) in p)
                sum += gap + plan.Height;
            return sum;
        }
    }

    /// <summary>Whether what follows child <paramref name="index"/> still starts the page: only a heading kept with it
    /// stands above.</summary>
    private bool StillTop(bool top, int index) => top && KeepWithNext.Contains(children[index]);

    private bool NextStartsHere(int index, Size room, bool top)
    {
        for (var j = index + 1; j < children.Count; j++)
        {
            SpacePlan next;
            using (PageTop.At(top))
                next = children[j].Measure(new Size(room.Width, Math.Max(0, room.Height - spacing)));
            if (!next.IsEmpty)
                return !next.IsWrap;
        }
        return true;
    }

    /// <summary>
    /// When <paramref name="next"/>, the first child left for the next page, is the last child and
    /// would go there alone, the child before it goes too; at the top of a page one child stays, as
    /// moving everything on would not help.
    /// </summary>
    private List<(int, SpacePlan, float)> KeepLast(List<(int Index, SpacePlan Plan, float Gap)> placed, int next)
    {
        if (!KeepLastWithPrevious || next != children.Count - 1 || placed.Count == 0 || placed[^1].Index != next - 1)
            return placed;
        if (placed.Count > 1 || !PageTop.Now)
            placed.RemoveAt(placed.Count - 1);
        return placed;
    }

    /// <summary>Headings at the end of what fits go to the next page with their content.</summary>
    private List<(int, SpacePlan, float)> DropKeptHeadings(List<(int Index, SpacePlan Plan, float Gap)> placed)
    {
        while (placed.Count > 1 && KeepWithNext.Contains(children[placed[^1].Index]) && placed[^1].Plan.IsFull)
            placed.RemoveAt(placed.Count - 1);
        return placed;
    }

    protected override void ResetCore()
    {
        _current = 0;
        foreach (var child in children)
            child.Reset();
    }
}
