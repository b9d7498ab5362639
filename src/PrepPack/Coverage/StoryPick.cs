using PrepPack.Content.Model;
using PrepPack.Content.Readiness;
using PrepPack.Diagnostics;

namespace PrepPack.Coverage;

/// <summary>
/// The story in a principle's primary or backup place: named in the framework file, or picked by
/// PrepPack where the file names none.
/// </summary>
/// <param name="At">Where the framework file names it; null for a pick.</param>
/// <param name="Shows">Whether the story lists the principle under its <c>principles:</c>.</param>
/// <param name="Readiness">Whether the story is ready to tell, by the rule its own page prints.</param>
public sealed record StoryPick(
    Story Story,
    bool Named,
    string? Weak,
    SourceLocation? At,
    bool Shows,
    StoryReadiness Readiness
)
{
    public bool IsWeak => Weak is not null;
    public bool Picked => !Named;
}
