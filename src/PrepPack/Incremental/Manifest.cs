using PrepPack.Diagnostics;

namespace PrepPack.Incremental;

/// <summary>
/// What the last build made and from what, kept in <c>output/.preppack/manifest.json</c>: for
/// each output the hash of every input it read, so the next build redoes only what changed.
/// </summary>
public sealed record Manifest
{
    public const int CurrentFormat = 6;

    public int Format { get; init; } = CurrentFormat;

    /// <summary>The PrepPack that wrote it; another one rebuilds everything.</summary>
    public string Tool { get; init; } = "";

    /// <summary>The options that change what is printed (<see cref="BuildStamp"/>), saved after a build with
    /// no errors; when they still match and every file in <see cref="Files"/> is unchanged, the build has nothing to
    /// do.</summary>
    public string Stamp { get; init; } = "";

    /// <summary>When the last build began to look at its inputs: a file written close to then may have
    /// changed again within the same tick of the clock, so its time alone does not say it is unchanged.</summary>
    public DateTime Checked { get; init; }

    /// <summary>Every input file and folder as the last build found it, by path: a file with the same size
    /// and time now is not read to tell whether it changed.</summary>
    public Dictionary<string, FileState> Files { get; init; } = [];

    /// <summary>Every content file's hash at the last build, to tell which stories changed since.</summary>
    public Dictionary<string, string> Content { get; init; } = [];

    /// <summary>The content's warnings at the last build, shown again by a build with nothing to do.</summary>
    public List<Diagnostic> Warnings { get; init; } = [];

    /// <summary>Files of only the changed stories (cards-changed.pdf) the last build made.</summary>
    public List<string> ChangedOutputs { get; init; } = [];

    /// <summary>For each output with a changed-cards file, by target name: the content as it was when the
    /// candidate last printed those cards (<c>preppack printed</c>), or when they were first made. The cards
    /// of the stories changed since are the changed ones, however many builds and restarts lie between.</summary>
    public Dictionary<string, PrintedCards> Printed { get; init; } = [];

    /// <summary>By target name ("cards", "star-onepager-amazon").</summary>
    public Dictionary<string, OutputRecord> Outputs { get; init; } = [];

    /// <summary>Outputs the last build could not make, by target name, with why: a build with
    /// nothing changed reports them again (and fails again) without trying, and any change tries them again.</summary>
    public Dictionary<string, FailedOutput> Failures { get; init; } = [];
}

/// <summary>An output the last build could not make, and the messages that said why.</summary>
public sealed record FailedOutput(string Output, string Template, List<Diagnostic> Diagnostics);

/// <summary>One output as the last build made it.</summary>
/// <param name="Inputs">Everything it was made from, each with its hash or fingerprint then.</param>
/// <param name="Length">With <paramref name="Written"/>, how a build sees the file is as it left it without reading
/// it.</param>
/// <param name="Warnings">Warnings made with it, shown again while it is up to date.</param>
public sealed record OutputRecord(
    string Output,
    string Template,
    RecordedInputs Inputs,
    string Hash,
    int Pages,
    long Length,
    DateTime Written,
    List<Diagnostic> Warnings
);
