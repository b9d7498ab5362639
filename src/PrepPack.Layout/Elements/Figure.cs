using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>
/// A picture drawn by the layout (a chart), read by a screen reader as its text alternative:
/// everything drawn inside is the figure's, and <see cref="AltText"/> says what it shows.
/// </summary>
public sealed class Figure : Element
{
    private readonly Element _content;

    public Figure(Element content, string altText)
    {
        _content = content;
        Tag = StructureTag.Figure(altText);
    }

    /// <summary>What the figure shows, in words: "Clarity rose from 3 to 4 over five practice days".</summary>
    public string AltText
    {
        get => Tag?.AltText ?? "";
        set => (Tag ??= new StructureTag(StructureRoles.Figure)).AltText = value;
    }

    protected override SpacePlan MeasureCore(Size available) => _content.Measure(available);

    protected override void DrawCore(Size available, DrawContext context) => _content.Draw(available, context);

    public override Element Blocking(Size available) => _content.Blocking(available);

    protected override void ResetCore() => _content.Reset();
}
