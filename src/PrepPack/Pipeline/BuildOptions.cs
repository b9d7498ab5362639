using PrepPack.Content;
using PrepPack.Incremental;

namespace PrepPack.Pipeline;

/// <summary>Where a build reads from and writes to.</summary>
/// <param name="Force">Make every output again, whatever the manifest says.</param>
public sealed record BuildOptions(
    string Content = "content",
    string Templates = "templates",
    string Output = "output",
    bool Force = false
)
{
    /// <summary>The date every output carries (SOURCE_DATE_EPOCH), read once when the options are made.</summary>
    public DateTime? SourceDate { get; init; } = SourceDateEpoch.FromEnvironment();

    /// <summary>How many outputs may render at once: the cores, or fewer when PREPPACK_JOBS says so
    /// (PREPPACK_JOBS=1 builds one output at a time; the files are the same either way).</summary>
    public int Jobs { get; init; } = BuildJobs.FromEnvironment();

    /// <summary>The framework of the interview at hand (<c>--framework</c>), over the theme's <c>interview:</c>; null
    /// to leave it to the theme.</summary>
    public string? Framework { get; init; }

    /// <summary>Make only these outputs (<c>--only</c>): file names with or without extension, or template names; null
    /// for all.</summary>
    public IReadOnlyList<string>? Only { get; init; }

    /// <summary>Told after each output is made, from the thread that made it: for a progress display.</summary>
    public Action<BuildProgress>? Progress { get; init; }

    /// <summary>Where the build reads its input files from, each at most once: the disk; a test puts a counter
    /// here.</summary>
    internal IFileSource Disk { get; init; } = DiskFiles.Instance;

    /// <summary>Given each PDF's pages as laid out, by output file name, from the thread that made it: for
    /// <c>preview</c>.</summary>
    public Action<string, Layout.Paging.LaidOutDocument>? LaidOut { get; init; }
}
