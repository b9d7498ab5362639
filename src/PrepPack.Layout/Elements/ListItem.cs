using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>A list item: a marker (bullet or number) in the indent, the body beside it.</summary>
public sealed class ListItem(TextBlock marker, Element body, float indent) : Element
{
    private bool _markerDrawn;

    // A tagged item (LI) reads as its body (LBody); a bullet is decoration, as the list says once how its
    // items are marked, so a screen reader hears the item's words and not a bullet before each.
    private StructureTag? _label,
        _body;

    /// <summary>
    /// Whether the marker is read (Lbl) rather than left as decoration: a number is, since the list's
    /// numbering cannot say where it starts ("5.") or that it goes on after a paragraph.
    /// </summary>
    public bool MarkerRead { get; init; }

    protected override SpacePlan MeasureCore(Size available)
    {
        var plan = body.Measure(available with { Width = available.Width - indent });
        return plan.Draws ? plan with { Width = plan.Width + indent } : plan;
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        if (!_markerDrawn && Measure(available).Draws)
        {
            // The marker sits on the first line of the body, right-aligned in the indent.
            var line = marker.Text.Lines(indent).First();
            if (Tag is not null && MarkerRead)
                context.BeginTag(_label ??= new StructureTag(StructureRoles.Label));
            else if (Tag is not null)
                context.BeginArtifact(ArtifactKind.Layout);
            LineDrawer.Draw(line, indent - line.Width - indent * 0.25f, 0, context);
            if (Tag is not null)
                context.EndTag();
            _markerDrawn = true;
        }
        if (Tag is not null)
            context.BeginTag(_body ??= new StructureTag(StructureRoles.ListBody));
        using (context.Translate(indent, 0))
            body.Draw(available with { Width = available.Width - indent }, context);
        if (Tag is not null)
            context.EndTag();
    }

    public override Element Blocking(Size available) =>
        body.Blocking(available with { Width = available.Width - indent });

    protected override void ResetCore()
    {
        _markerDrawn = false;
        body.Reset();
    }
}
