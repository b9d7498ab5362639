using PrepPack.Layout.Core;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Paging;

/// <summary>One thing drawn on a page, kept so the page can be replayed into a PDF or inspected.</summary>
public abstract record PageCommand
{
    /// <summary>The same command moved, for placing a page onto a larger sheet.</summary>
    public abstract PageCommand Offset(float dx, float dy);
}

public sealed record TextCommand(ShapedText Text, float X, float Baseline, Color Color) : PageCommand
{
    public override PageCommand Offset(float dx, float dy) => this with { X = X + dx, Baseline = Baseline + dy };
}

public sealed record FillCommand(Rect Rect, Color Color) : PageCommand
{
    public override PageCommand Offset(float dx, float dy) => this with { Rect = Rect.Offset(dx, dy) };
}

public sealed record StrokeCommand(Rect Rect, Color Color, float Width) : PageCommand
{
    public override PageCommand Offset(float dx, float dy) => this with { Rect = Rect.Offset(dx, dy) };
}

public sealed record LineCommand(float X1, float Y1, float X2, float Y2, Color Color, float Width) : PageCommand
{
    /// <summary>The lengths of the dashes and the gaps between them, in turn; null for a solid line.</summary>
    public IReadOnlyList<float>? Dash { get; init; }

    /// <summary>How far into <see cref="Dash"/> the line starts: where the line it goes on from left off.</summary>
    public float Phase { get; init; }

    public override PageCommand Offset(float dx, float dy) =>
        this with
        {
            X1 = X1 + dx,
            Y1 = Y1 + dy,
            X2 = X2 + dx,
            Y2 = Y2 + dy,
        };
}

/// <summary>A row of round dots, one every <see cref="Pitch"/> from <see cref="X1"/> to <see cref="X2"/>:
/// one dashed line in the file, however many dots.</summary>
public sealed record DotsCommand(float X1, float X2, float Y, float Pitch, float Size, Color Color) : PageCommand
{
    public override PageCommand Offset(float dx, float dy) => this with { X1 = X1 + dx, X2 = X2 + dx, Y = Y + dy };
}

/// <summary>A link to a named place; <paramref name="Description"/> is what it says, for a screen reader.</summary>
public sealed record LinkCommand(Rect Rect, string Destination, string? Description = null) : PageCommand
{
    public override PageCommand Offset(float dx, float dy) => this with { Rect = Rect.Offset(dx, dy) };
}

public sealed record UrlCommand(Rect Rect, string Url, string? Description = null) : PageCommand
{
    public override PageCommand Offset(float dx, float dy) => this with { Rect = Rect.Offset(dx, dy) };
}

public sealed record DestinationCommand(float X, float Y, string Name) : PageCommand
{
    public override PageCommand Offset(float dx, float dy) => this with { X = X + dx, Y = Y + dy };
}

/// <summary>Content waiting for the page numbers; the paginator draws it before the page is done.</summary>
public sealed record DeferredCommand(float X, float Y, Action<DrawContext> Draw) : PageCommand
{
    public override PageCommand Offset(float dx, float dy) => this with { X = X + dx, Y = Y + dy };
}
