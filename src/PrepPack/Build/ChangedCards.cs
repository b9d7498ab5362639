using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Build;

/// <summary>
/// For a template with <c>changed_output: cards-changed.pdf</c>: the same document made from
/// only the stories whose files changed since the last build, so the candidate reprints just
/// those cards. There is no such file when nothing changed, or on the first build.
/// </summary>
internal static class ChangedCards
{
    /// <summary>One changed-cards file to make (its stories changed) or to remove (none did).</summary>
    public sealed record Job(BuildTarget Target, string Name, IReadOnlyList<Story> Changed, string Reason);

    /// <summary>The changed-cards file of every target that has one, with the stories changed since the last build.</summary>
    public static IReadOnlyList<Job> Plan(IReadOnlyList<BuildTarget> targets, StoryBank bank, Manifest previous, InputSnapshot files) =>
        targets.Where(t => t.ChangedOutput is not null).Select(target =>
        {
            var changed = previous.Content.Count == 0
                ? []
                : bank.Stories.Where(s => previous.Content.GetValueOrDefault(s.File) != files.Hash(s.File)).ToList();
            return new Job(target, target.ChangedOutput!, changed, string.Join(", ", changed.Select(s => Staleness.Display(s.File))) + " changed");
        }).ToList();

    /// <summary>Makes a job's file; the build does this alongside its other outputs.</summary>
    public static RenderedOutput Render(Job job, StoryBank bank, TargetRenderer renderer) =>
        Isolated.Render(() => renderer.Render(job.Target, job.Reason, bank with { Stories = job.Changed }, job.Name), job.Target, job.Name, job.Reason);

    /// <summary>Writes the files made (or removes those no story asks for), in the order of the jobs,
    /// leaving alone any whose name another output claims too.</summary>
    public static IEnumerable<BuiltOutput> Write(IReadOnlyList<Job> jobs, IReadOnlyList<RenderedOutput?> made, Func<BuildTarget, bool> clashes,
        OutputWriter writer, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < jobs.Count; i++)
        {
            var (target, name, changed, _) = jobs[i];
            if (clashes(target)) continue;
            if (changed.Count == 0)
            {
                if (writer.Remove(name, Path.GetFileNameWithoutExtension(name)))
                    yield return new BuiltOutput
                    {
                        Name = name, Template = target.Template, MarkdownName = Path.GetFileNameWithoutExtension(name),
                        Status = OutputStatus.Removed, Reason = "no story changed since the last build",
                    };
                continue;
            }
            diagnostics.AddRange(made[i]!.Diagnostics);
            yield return writer.Write(made[i]!);
        }
    }
}
