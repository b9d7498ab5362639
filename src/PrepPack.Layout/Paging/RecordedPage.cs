using PrepPack.Layout.Core;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Paging;

/// <summary>A laid-out page: everything drawn on it, in order.</summary>
public sealed class RecordedPage(int number, float width, float height) : IPageCanvas
{
    private readonly List<PageCommand> _commands = [];

    /// <summary>The page's number in its document; a piece laid out on its own numbers from 1 until it is
    /// placed.</summary>
    public int Number { get; internal set; } = number;
    public float Width => width;
    public float Height => height;
    public IReadOnlyList<PageCommand> Commands => _commands;

    /// <summary>Whether the header and footer are drawn on this page; a cover has neither.</summary>
    public bool HasPageLines { get; internal set; } = true;

    public IEnumerable<TextCommand> Texts => _commands.OfType<TextCommand>();

    /// <summary>The page's words in drawing order, one line of text per baseline.</summary>
    public string PlainText =>
        string.Join(
            "\n",
            Texts
                .GroupBy(t => MathF.Round(t.Baseline, 1))
                .Select(line =>
                    string.Join(" ", line.OrderBy(t => t.X).Select(t => t.Text.Text.Trim()).Where(s => s.Length > 0))
                )
        );

    /// <summary>Draws another page's commands here, moved by (dx, dy).</summary>
    public void Place(RecordedPage page, float dx, float dy)
    {
        foreach (var command in page.Commands)
            _commands.Add(command.Offset(dx, dy));
    }

    public void DrawText(ShapedText text, float x, float baseline, Color color) =>
        _commands.Add(new TextCommand(text, x, baseline, color));

    public void FillRect(Rect rect, Color color) => _commands.Add(new FillCommand(rect, color));

    public void StrokeRect(Rect rect, Color color, float width) => _commands.Add(new StrokeCommand(rect, color, width));

    public void DrawLine(
        float x1,
        float y1,
        float x2,
        float y2,
        Color color,
        float width,
        IReadOnlyList<float>? dash = null,
        float phase = 0
    ) =>
        _commands.Add(
            new LineCommand(x1, y1, x2, y2, color, width) { Dash = dash is { Count: > 0 } ? dash : null, Phase = phase }
        );

    public void DrawDots(float x1, float x2, float y, float pitch, float size, Color color) =>
        _commands.Add(new DotsCommand(x1, x2, y, pitch, size, color));

    public void LinkToDestination(Rect rect, string destination, string? description = null) =>
        _commands.Add(new LinkCommand(rect, destination, description));

    public void LinkToUrl(Rect rect, string url, string? description = null) =>
        _commands.Add(new UrlCommand(rect, url, description));

    public void NameDestination(float x, float y, string name) => _commands.Add(new DestinationCommand(x, y, name));

    public void DrawLater(float x, float y, Action<DrawContext> draw) => _commands.Add(new DeferredCommand(x, y, draw));

    public void BeginTag(StructureTag tag) => _commands.Add(new BeginTagCommand(tag));

    public void BeginArtifact(ArtifactKind kind) => _commands.Add(new BeginArtifactCommand(kind));

    /// <summary>Ends the innermost tag; a tag around nothing is taken back, so no page holds an empty one.</summary>
    public void EndTag()
    {
        if (_commands.Count > 0 && _commands[^1] is BeginTagCommand { Tag.KeepEmpty: false } or BeginArtifactCommand)
            _commands.RemoveAt(_commands.Count - 1);
        else
            _commands.Add(EndTagCommand.Instance);
    }

    /// <summary>Adds a command as it is, for pages read back from kept records.</summary>
    internal void Append(PageCommand command) => _commands.Add(command);

    private void Add(PageCommand command)
    {
        if (command is EndTagCommand)
            EndTag();
        else
            _commands.Add(command);
    }

    /// <summary>The page as it stands now, to keep while this one is drawn on further.</summary>
    internal RecordedPage Copy()
    {
        var copy = new RecordedPage(Number, width, height) { HasPageLines = HasPageLines };
        copy._commands.AddRange(_commands);
        return copy;
    }

    /// <summary>Draws what waited for the page numbers, where it was asked for, in drawing order.</summary>
    internal void DrawDeferred(PageContext pages)
    {
        if (!_commands.Exists(c => c is DeferredCommand))
            return;
        var drawn = new RecordedPage(Number, width, height);
        var context = new DrawContext(drawn, pages);
        foreach (var command in _commands)
        {
            if (command is not DeferredCommand deferred)
            {
                drawn.Add(command);
                continue;
            }
            using (context.Translate(deferred.X, deferred.Y))
                deferred.Draw(context);
        }
        _commands.Clear();
        _commands.AddRange(drawn._commands);
    }
}
