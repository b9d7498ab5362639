using PrepPack.Diagnostics;

namespace PrepPack.Theming;

/// <summary>
/// Font families for each role, each tried in order, then the fallbacks. The bundled DejaVu
/// families close every role's list, so text always has a font whatever the machine has.
/// </summary>
public sealed record ThemeFonts
{
    public IReadOnlyList<string> Body { get; init; } = [BundledFonts.Serif];
    public IReadOnlyList<string> Heading { get; init; } = [BundledFonts.Sans];
    public IReadOnlyList<string> Mono { get; init; } = [BundledFonts.Mono];
    public IReadOnlyList<string> Fallback { get; init; } = [BundledFonts.Sans];

    /// <summary>Where each role ("body", "heading", "mono", "fallback") is set in theme.yaml, for messages.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Lines { get; init; } = new Dictionary<string, SourceLocation>();

    public IReadOnlyList<string> ForBody => Chain(Body, BundledFonts.Serif);
    public IReadOnlyList<string> ForHeading => Chain(Heading, BundledFonts.Sans);
    public IReadOnlyList<string> ForMono => Chain(Mono, BundledFonts.Mono);

    /// <summary>Each role's families as written, with the role's name, for checking.</summary>
    public IEnumerable<(string Role, IReadOnlyList<string> Families)> Roles =>
        [("body", Body), ("heading", Heading), ("mono", Mono), ("fallback", Fallback)];

    private IReadOnlyList<string> Chain(IReadOnlyList<string> role, string bundled) =>
        role.Concat(Fallback)
            .Append(bundled)
            .Append(BundledFonts.Sans)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
