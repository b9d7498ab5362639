namespace PrepPack.Layout.Core;

/// <summary>
/// A piece of a page, laid out as QuestPDF lays out: <see cref="Measure"/> says what the element
/// would take of the space offered and changes nothing; <see cref="Draw"/> draws what fits and
/// remembers how far it got, so the next page continues from there.
/// </summary>
public abstract class Element
{
    // Measure is called again and again with the same space (a column asks each child, a
    // table asks each cell, fit-to-page asks it all); the answer only changes after a Draw,
    // and with whether the element starts its page (keep rules read it). Most elements are asked
    // about one or two spaces at a time (what is left of this page, a whole page): those answers
    // are kept in fields, and a dictionary is made only for an element asked about more.
    private int _kept;
    private (Size, bool) _firstKey,
        _secondKey;
    private SpacePlan _firstPlan,
        _secondPlan;
    private Dictionary<(Size, bool), SpacePlan>? _measured;

    /// <summary>Where the element came from, for messages: "the box '.card' at line 12".</summary>
    public string? Source { get; set; }

    /// <summary>Where the element came from, as the caller's place object, for locating messages; null when not
    /// given.</summary>
    public object? Origin { get; set; }

    public SpacePlan Measure(Size available)
    {
        if (available.Width < -Size.Epsilon || available.Height < -Size.Epsilon)
            return SpacePlan.Wrap();
        var key = (available, PageTop.Now);
        if (_kept > 0 && _firstKey.Equals(key))
            return _firstPlan;
        if (_kept > 1 && _secondKey.Equals(key))
            return _secondPlan;
        if (_measured is not null && _measured.TryGetValue(key, out var plan))
            return plan;
        plan = MeasureCore(available);
        switch (_kept)
        {
            case 0:
                (_firstKey, _firstPlan, _kept) = (key, plan, 1);
                break;
            case 1:
                (_secondKey, _secondPlan, _kept) = (key, plan, 2);
                break;
            default:
                (_measured ??= new Dictionary<(Size, bool), SpacePlan>(4))[key] = plan;
                break;
        }
        return plan;
    }

    /// <summary>What the element is to a screen reader (a paragraph, a list), or null for a part of
    /// its parent: what it draws is then its parent's.</summary>
    public StructureTag? Tag { get; set; }

    public void Draw(Size available, DrawContext context)
    {
        if (Tag is { } tag)
            context.BeginTag(tag);
        DrawCore(available, context);
        if (Tag is not null)
            context.EndTag();
        Forget();
    }

    /// <summary>Forgets what was drawn, so the element draws again from its start (a table's
    /// header row on every page).</summary>
    public void Reset()
    {
        Forget();
        ResetCore();
    }

    private void Forget()
    {
        _kept = 0;
        _measured?.Clear();
    }

    protected virtual void ResetCore() { }

    protected abstract SpacePlan MeasureCore(Size available);

    protected abstract void DrawCore(Size available, DrawContext context);

    /// <summary>The innermost element that cannot be placed even on an empty page, for the error message.</summary>
    public virtual Element Blocking(Size available) => this;

    /// <summary>How the element is named in messages.</summary>
    public string Describe() => Source ?? GetType().Name.ToLowerInvariant();
}
