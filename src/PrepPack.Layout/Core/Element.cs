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
    // about one space at a time: that answer is kept in fields, and a dictionary is made only
    // for an element asked about several.
    private bool _hasLast;
    private (Size, bool) _lastKey;
    private SpacePlan _lastPlan;
    private Dictionary<(Size, bool), SpacePlan>? _measured;

    /// <summary>Where the element came from, for messages: "the box '.card' at line 12".</summary>
    public string? Source { get; set; }

    /// <summary>Where the element came from, as the caller's place object, for locating messages; null when not given.</summary>
    public object? Origin { get; set; }

    public SpacePlan Measure(Size available)
    {
        if (available.Width < -Size.Epsilon || available.Height < -Size.Epsilon) return SpacePlan.Wrap();
        var key = (available, PageTop.Now);
        if (_hasLast && _lastKey.Equals(key)) return _lastPlan;
        if (_measured is not null && _measured.TryGetValue(key, out var plan)) return plan;
        plan = MeasureCore(available);
        if (_hasLast) (_measured ??= new Dictionary<(Size, bool), SpacePlan>(2))[_lastKey] = _lastPlan;
        (_hasLast, _lastKey, _lastPlan) = (true, key, plan);
        return plan;
    }

    public void Draw(Size available, DrawContext context)
    {
        DrawCore(available, context);
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
        _hasLast = false;
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
