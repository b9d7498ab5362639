using PrepPack.Diagnostics;

namespace PrepPack.Templates;

/// <summary>For each line of a rendered document's body, the template line (in the template or a partial) that wrote
/// it.</summary>
/// <remarks>Worked out only when a problem needs a place: most builds never ask.</remarks>
public sealed class TemplateLines(Func<IReadOnlyList<SourceLocation?>> map, int shift)
{
    private readonly Lazy<IReadOnlyList<SourceLocation?>> _rendered = new(map);

    public static TemplateLines None { get; } = new(() => [], 0);

    /// <summary>The template place of body line <paramref name="line"/> (1-based, as the writers count), or
    /// null.</summary>
    public SourceLocation? At(int line)
    {
        var index = line - 1 + shift;
        var rendered = _rendered.Value;
        return index >= 0 && index < rendered.Count ? rendered[index] : null;
    }
}
