using Markdig.Syntax.Inlines;

namespace PrepPack.Pdf.Rendering.Inlines;

/// <summary>Turns one kind of Markdig inline into styled text spans.</summary>
internal interface IInlineRenderer
{
    bool Accepts(Inline inline);

    void Render(Inline inline, SpanWriter writer);
}
