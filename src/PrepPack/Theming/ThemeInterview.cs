using PrepPack.Diagnostics;

namespace PrepPack.Theming;

/// <summary>
/// The interview at hand, from the theme's <c>interview:</c> section: which framework the cheat
/// sheet shows. The theme does not know the story bank's frameworks, so the build checks the id.
/// </summary>
public sealed record ThemeInterview
{
    /// <summary>A framework id (<c>amazon</c>), or null when the theme names none.</summary>
    public string? Framework { get; init; }

    /// <summary>Where the id is written, for a warning when the bank has no such framework.</summary>
    public SourceLocation FrameworkAt { get; init; }
}
