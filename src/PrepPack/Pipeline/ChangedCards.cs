using PrepPack.Content.Model;
using PrepPack.Diagnostics;
using PrepPack.Incremental;

namespace PrepPack.Pipeline;

/// <summary>
/// For a template with <c>changed_output: cards-changed.pdf</c>: the same document made from
/// only the stories whose files changed since the candidate last printed these cards
/// (<c>preppack printed</c>), or since they were first made, so the candidate reprints just those.
/// The mark is kept in the build record, so every build, <c>watch</c> and a restart add to the
/// same set. There is no such file while no story has changed since.
/// </summary>
internal static class ChangedCards
{
    /// <summary>One changed-cards file to make (its stories changed) or to remove (none did).</summary>
    /// <param name="Printed">The content as the cards were last printed, recorded for the next build.</param>
    public sealed record Job(
        BuildTarget Target,
        string Name,
        IReadOnlyList<Story> Changed,
        string Reason,
        PrintedCards Printed
    );

    /// <summary>The changed-cards file of every target that has one, with the stories changed since its cards were
    /// printed.</summary>
    /// <param name="content">Every content file's hash now.</param>
    public static IReadOnlyList<Job> Plan(
        IReadOnlyList<BuildTarget> targets,
        StoryBank bank,
        Manifest previous,
        Dictionary<string, string> content
    ) =>
        targets
            .Where(t => t.ChangedOutput is not null)
            .Select(target =>
            {
                // Never marked: since the last build, for a record older than the mark; else since now, the cards'
                // first build.
                var printed = previous.Printed.GetValueOrDefault(target.Name)?.Content
                    ?? (previous.Content.Count > 0 ? previous.Content : content);
                var changed = bank
                    .Stories.Where(s => printed.GetValueOrDefault(s.File) != content.GetValueOrDefault(s.File))
                    .ToList();
                return new Job(
                    target,
                    target.ChangedOutput!,
                    changed,
                    string.Join(", ", changed.Select(s => Staleness.Display(s.File)))
                        + " changed since the cards were printed",
                    new PrintedCards(target.ChangedOutput!, printed)
                );
            })
            .ToList();

    /// <summary>Makes a job's file; the build does this alongside its other outputs.</summary>
    public static RenderedOutput Render(Job job, StoryBank bank, TargetRenderer renderer) =>
        Isolated.Render(
            () => renderer.Render(job.Target, job.Reason, bank with { Stories = job.Changed }, job.Name),
            job.Target,
            job.Name,
            job.Reason
        );

    /// <summary>Writes the files made (or removes those no story asks for), in the order of the jobs,
    /// leaving alone any whose name another output claims too.</summary>
    public static IEnumerable<BuiltOutput> Write(
        IReadOnlyList<Job> jobs,
        IReadOnlyList<RenderedOutput?> made,
        Func<BuildTarget, bool> clashes,
        OutputWriter writer,
        DiagnosticBag diagnostics
    )
    {
        for (var i = 0; i < jobs.Count; i++)
        {
            var (target, name, changed, _, _) = jobs[i];
            if (clashes(target))
                continue;
            if (changed.Count == 0)
            {
                if (writer.Remove(name, Path.GetFileNameWithoutExtension(name)))
                    yield return new BuiltOutput
                    {
                        Name = name,
                        Template = target.Template,
                        MarkdownName = Path.GetFileNameWithoutExtension(name),
                        Status = OutputStatus.Removed,
                        Reason = "no story changed since the cards were printed",
                        OfChangedCards = true,
                    };
                continue;
            }
            diagnostics.AddRange(made[i]!.Diagnostics);
            yield return writer.Write(made[i]!) with
            {
                OfChangedCards = true,
            };
        }
    }
}
