using Markdig.Syntax.Inlines;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>Turns one kind of Markdig inline into Word runs.</summary>
internal interface IWordInlineRenderer
{
    bool Accepts(Inline inline);

    void Render(Inline inline, RunWriter writer);
}
