using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Practice;

/// <summary>What became of one answer: added to the log, kept aside in a file beside it, or, when even that could not
/// be written, shown to be pasted.</summary>
public sealed record PracticeLogWrite
{
    /// <summary>The log as it is now, with the answer at its end (and any another session added); null when the answer
    /// is not in it.</summary>
    public PracticeLog? Log { get; init; }

    /// <summary>Why the answer is not in the log; null when it is.</summary>
    public Diagnostic? Problem { get; init; }

    /// <summary>The file the answer was kept in instead of the log.</summary>
    public string? KeptIn { get; init; }

    /// <summary>The answer as YAML, when it could be kept nowhere, with why not.</summary>
    public (string Yaml, string Why)? Unkept { get; init; }

    public bool Added => Problem is null;

    /// <summary>Says why the answer is not in the log and where it is instead.</summary>
    public void Tell(TextWriter output)
    {
        if (Problem is null)
            return;
        output.WriteLine(Problem.ToString());
        if (KeptIn is { } kept)
            output.WriteLine(
                $"This answer is not in the log: it is kept in {Shown(kept)}. Once the log can take it, move the "
                    + $"answers from there to the end of the log's list, then delete {Path.GetFileName(kept)}."
            );
        else if (Unkept is var (yaml, why))
        {
            output.WriteLine(
                $"This answer is not in the log, and it could not be kept in a file beside it either ({why}). Copy "
                    + "these lines to the end of the log's list of answers:"
            );
            output.Write(yaml);
        }
    }

    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
