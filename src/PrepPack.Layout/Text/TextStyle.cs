using PrepPack.Layout.Core;

namespace PrepPack.Layout.Text;

/// <summary>How a run of text looks. Families are tried in order for each character.</summary>
public sealed record TextStyle
{
    public required IReadOnlyList<string> Families { get; init; }
    public float Size { get; init; } = 10;
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public Color Color { get; init; } = Color.Black;
    public bool Underline { get; init; }
    public bool Strike { get; init; }
    public Color? Background { get; init; }

    /// <summary>"#name" links to a heading in the document; anything else is a web address.</summary>
    public string? Link { get; init; }

    /// <summary>Points to move the text up (superscript) or down (negative, subscript).</summary>
    public float Rise { get; init; }

    /// <summary>Line height as a multiple of the type size.</summary>
    public float LineHeight { get; init; } = 1.3f;
}
