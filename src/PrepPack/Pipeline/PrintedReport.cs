using PrepPack.Incremental;

namespace PrepPack.Pipeline;

/// <summary>What <c>preppack printed</c> marked, and the names it could not.</summary>
/// <param name="Untracked">Outputs named that keep no changed-cards file, so there is nothing to mark for them.</param>
/// <param name="Known">The output names there are, for the message about an unknown one.</param>
public sealed record PrintedReport(
    IReadOnlyList<MarkedOutput> Marked,
    IReadOnlyList<string> Untracked,
    IReadOnlyList<UnknownOutput> Unknown,
    IReadOnlyList<string> Known
)
{
    public static PrintedReport Nothing { get; } = new([], [], [], []);
}
