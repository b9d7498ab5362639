using PrepPack.Layout.Core;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Paging;

/// <summary>One thing drawn on a page, kept so the page can be replayed into a PDF or inspected.</summary>
public abstract record PageCommand;

public sealed record TextCommand(ShapedText Text, float X, float Baseline, Color Color) : PageCommand;
public sealed record FillCommand(Rect Rect, Color Color) : PageCommand;
public sealed record StrokeCommand(Rect Rect, Color Color, float Width) : PageCommand;
public sealed record LineCommand(float X1, float Y1, float X2, float Y2, Color Color, float Width) : PageCommand;
public sealed record LinkCommand(Rect Rect, string Destination) : PageCommand;
public sealed record UrlCommand(Rect Rect, string Url) : PageCommand;
public sealed record DestinationCommand(float X, float Y, string Name) : PageCommand;
