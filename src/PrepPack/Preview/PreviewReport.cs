using PrepPack.Pipeline;

namespace PrepPack.Preview;

/// <summary>What a preview did: the build of the output, the pages drawn, or why none could be.</summary>
/// <param name="Refusal">Set when the request cannot be met (a Word file, a page past the end), naming <paramref
/// name="File"/>.</param>
/// <param name="File">The output the refusal is about.</param>
public sealed record PreviewReport(
    BuildReport Build,
    IReadOnlyList<PreviewPage> Pages,
    PreviewRefusal? Refusal,
    string? File
)
{
    /// <summary>How many pages the document has, for a page past its end.</summary>
    public int PageCount { get; init; }

    internal static PreviewReport Refused(PreviewRefusal why, string file, int pages = 0) =>
        new(new BuildReport([], [], 0), [], why, file) { PageCount = pages };
}
