using PrepPack.Layout.Core;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Paging;

/// <summary>A laid-out page: everything drawn on it, in order.</summary>
public sealed class RecordedPage(int number, float width, float height) : IPageCanvas
{
    private readonly List<PageCommand> _commands = [];

    public int Number => number;
    public float Width => width;
    public float Height => height;
    public IReadOnlyList<PageCommand> Commands => _commands;

    /// <summary>Whether the header and footer are drawn on this page; a cover has neither.</summary>
    public bool HasPageLines { get; internal set; } = true;

    public IEnumerable<TextCommand> Texts => _commands.OfType<TextCommand>();

    /// <summary>The page's words in drawing order, one line of text per baseline.</summary>
    public string PlainText => string.Join("\n", Texts
        .GroupBy(t => MathF.Round(t.Baseline, 1))
        .Select(line => string.Join(" ", line.OrderBy(t => t.X).Select(t => t.Text.Text.Trim()).Where(s => s.Length > 0))));

    /// <summary>Draws another page's commands here, moved by (dx, dy).</summary>
    public void Place(RecordedPage page, float dx, float dy)
    {
        foreach (var command in page.Commands) _commands.Add(command.Offset(dx, dy));
    }

    public void DrawText(ShapedText text, float x, float baseline, Color color) => _commands.Add(new TextCommand(text, x, baseline, color));
    public void FillRect(Rect rect, Color color) => _commands.Add(new FillCommand(rect, color));
    public void StrokeRect(Rect rect, Color color, float width) => _commands.Add(new StrokeCommand(rect, color, width));
    public void DrawLine(float x1, float y1, float x2, float y2, Color color, float width) => _commands.Add(new LineCommand(x1, y1, x2, y2, color, width));

    public void DrawDots(float x1, float x2, float y, float pitch, float size, Color color) =>
        _commands.Add(new DotsCommand(x1, x2, y, pitch, size, color));
    public void LinkToDestination(Rect rect, string destination) => _commands.Add(new LinkCommand(rect, destination));
    public void LinkToUrl(Rect rect, string url) => _commands.Add(new UrlCommand(rect, url));
    public void NameDestination(float x, float y, string name) => _commands.Add(new DestinationCommand(x, y, name));
    public void DrawLater(float x, float y, Action<DrawContext> draw) => _commands.Add(new DeferredCommand(x, y, draw));

    /// <summary>Draws what waited for the page numbers, where it was asked for, in drawing order.</summary>
    internal void DrawDeferred(PageContext pages)
    {
        if (!_commands.Exists(c => c is DeferredCommand)) return;
        var drawn = new RecordedPage(number, width, height);
        var context = new DrawContext(drawn, pages);
        foreach (var command in _commands)
        {
            if (command is not DeferredCommand deferred) { drawn._commands.Add(command); continue; }
            using (context.Translate(deferred.X, deferred.Y)) deferred.Draw(context);
        }
        _commands.Clear();
        _commands.AddRange(drawn._commands);
    }
}
