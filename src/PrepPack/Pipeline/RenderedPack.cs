namespace PrepPack.Pipeline;

/// <summary>What a build rendered, not yet written.</summary>
/// <param name="Outputs">Each stale target's output, by target name.</param>
/// <param name="Changed">Each changed-cards file, in the order of the plan's jobs; null for one with no card
/// to show.</param>
/// <param name="Claims">The file each target writes this build.</param>
internal sealed record RenderedPack(
    Dictionary<string, RenderedOutput> Outputs,
    IReadOnlyList<RenderedOutput?> Changed,
    OutputClaims Claims
);
