namespace PrepPack.Word;

/// <summary>
/// A paragraph style with everything it inherits filled in: what the one-page estimate measures
/// text with. Sizes and spacing in points.
/// </summary>
internal sealed record WordStyleMetrics(
    IReadOnlyList<string> Families,
    float Size,
    bool Bold,
    bool Italic,
    float SpaceBefore,
    float SpaceAfter,
    WordLine Line,
    float Indent
);
