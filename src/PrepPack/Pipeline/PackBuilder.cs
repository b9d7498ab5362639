using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Coverage;
using PrepPack.Diagnostics;
using PrepPack.Incremental;
using PrepPack.IO;
using PrepPack.Layout.Text;
using PrepPack.Templates;
using PrepPack.Templates.Model;
using PrepPack.Theming;

namespace PrepPack.Pipeline;

/// <summary>
/// Builds the pack like a build tool: checks the content, then makes again only the outputs
/// whose inputs changed since the last build, as the manifest records them. Content errors stop
/// the build before anything is written; a template that fails costs only its own output; every
/// file is replaced whole.
/// </summary>
public static class PackBuilder
{
    public static BuildReport Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestStore.Read(options.Output, Inputs.ToolVersion, diagnostics);
        var files = new InputSnapshot(manifest.Files, manifest.Checked, options.Disk);
        var stamp = BuildStamp.Of(options.SourceDate, options.Framework);
        // With --only the shortcut serves when the record names every output asked for.
        var known = options.Only is null ? null : OutputSelection.Recorded(options.Only, manifest);
        var report =
            !options.Force && (options.Only is null || known is not null)
                ? NothingToDo(options, manifest, stamp, files, known)
                : null;
        return (report ?? Make(options, manifest, files, stamp, diagnostics)) with { InputsRead = files.Read };
    }

    /// <summary>The build proper, once something may have changed: it plans, renders, writes and records.
    /// Apart, so that a build with nothing to do never loads what only this needs (the layout engine, the
    /// parallel library).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static BuildReport Make(
        BuildOptions options,
        Manifest manifest,
        InputSnapshot files,
        string stamp,
        DiagnosticBag diagnostics
    )
    {
        var inputs = BuildInputs.Read(options, files, diagnostics);
        var read = inputs.Load.Files.Count;
        if (diagnostics.HasErrors || inputs.Load.Bank is null)
            return new BuildReport([], diagnostics.Sorted(), read);

        // Fonts are loaded only when something is laid out: a build with nothing to do never needs them.
        var fonts = new Lazy<FontLibrary>(() => new FontLibrary([inputs.Templates.Fonts], BundledFonts.Faces));
        try
        {
            var date = ContentDate.Of(inputs.Bank, inputs.Load.Files);
            var renderer = new TargetRenderer(
                inputs.Bank,
                inputs.Theme,
                inputs.Interview,
                fonts,
                date,
                inputs.Templates,
                options.Output,
                options.SourceDate,
                files,
                options.LaidOut
            );
            var targets = BuildTargets.For(inputs.Documents, inputs.Bank, files, inputs.Interview);
            var selection = options.Only is null
                ? null
                : OutputSelection.Resolve(options.Only, targets, manifest, renderer.OutputName);
            if (selection is { Unknown.Count: > 0 })
                return new BuildReport([], [], read)
                {
                    UnknownOutputs = selection.Unknown,
                    KnownOutputs = selection.Known,
                };
            var plan = new BuildPlan(options, manifest, inputs, files, targets, selection);

            var made = Render(plan, inputs, renderer, options, diagnostics);

            var writer = new OutputWriter(options.Output, diagnostics);
            // Every build that gets here writes at least the manifest, so the folder is made once, up front.
            if (!writer.Prepare())
            {
                var failed = made.Outputs.Values.Select(r => r.Output with { Status = OutputStatus.Failed }).ToList();
                return new BuildReport(failed, diagnostics.Sorted(), read);
            }
            var written = Write(plan, made, writer, options.Output, diagnostics);

            var next = Record(plan, inputs, written, stamp, files, options, diagnostics);
            writer.WriteIfChanged(ManifestStore.PathIn(options.Output), ManifestStore.Serialise(next));
            return new BuildReport(written.Outputs, diagnostics.Sorted(), read);
        }
        finally
        {
            if (fonts.IsValueCreated)
                fonts.Value.Dispose();
        }
    }

    /// <summary>
    /// Each stale output, the changed cards too, renders alone, on its own thread; results are kept
    /// in target order and written one by one after, so the files and the report are a serial
    /// build's. No more at once than the build may use (options.Jobs, at most the cores): more
    /// would not finish sooner, and each laid-out document holds its pages until written.
    /// </summary>
    private static RenderedPack Render(
        BuildPlan plan,
        BuildInputs inputs,
        TargetRenderer renderer,
        BuildOptions options,
        DiagnosticBag diagnostics
    )
    {
        var (stale, changedJobs) = (plan.Stale, plan.ChangedJobs);
        var changedMade = new RenderedOutput?[changedJobs.Count];
        var results = new RenderedOutput[stale.Count];
        var done = 0;
        var changed = Enumerable
            .Range(0, changedJobs.Count)
            .Where(i => changedJobs[i].Changed.Count > 0)
            .Select(i => ~i);
        var work = Enumerable.Range(0, stale.Count).Concat(changed).ToList();
        // Taken one at a time, in order, by whichever thread is free: the long outputs first in line start first.
        var queue = Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(queue, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, i =>
        {
            if (i < 0)
            {
                changedMade[~i] = ChangedCards.Render(changedJobs[~i], inputs.Bank, renderer);
                return;
            }
            results[i] = Isolated.Render(renderer, stale[i].Target, stale[i].Reason!);
            var step = Interlocked.Increment(ref done);
            options.Progress?.Invoke(new BuildProgress(step, stale.Count, results[i].Output.Name));
        });
        var rendered = stale.Select((p, i) => (p.Target.Name, Made: results[i])).ToDictionary(r => r.Name, r => r.Made);
        return new RenderedPack(rendered, changedMade, Claims(plan.Outputs, rendered, diagnostics));
    }

    /// <summary>Writes what was rendered, in target order, and keeps the record of each output that was not
    /// made again.</summary>
    private static WrittenPack Write(
        BuildPlan plan,
        RenderedPack made,
        OutputWriter writer,
        string folder,
        DiagnosticBag diagnostics
    )
    {
        var written = new WrittenPack();
        var (records, failures, outputs) = (written.Records, written.Failures, written.Outputs);
        foreach (var (target, record, _, _) in plan.Outputs)
        {
            if (!plan.Chosen(target))
            {
                // Left out by --only: its file, its record and any failure stay as the last build left them.
                if (record is not null)
                    records[target.Name] = record;
                if (plan.Previous.Failures.TryGetValue(target.Name, out var failed))
                    failures[target.Name] = failed;
                continue;
            }
            if (made.Claims.Clashes(target))
            {
                // Not written: the file and the record stay as the last build left them.
                var unwritten = made.Outputs.TryGetValue(target.Name, out var clashing)
                    ? clashing.Output
                    : UpToDate(target, record!, folder);
                var reason = $"more than one output is named {unwritten.Name}";
                outputs.Add(unwritten with { Status = OutputStatus.Failed, Reason = reason });
                if (record is not null)
                    records[target.Name] = record;
                continue;
            }
            if (!made.Outputs.TryGetValue(target.Name, out var rendered))
            {
                outputs.Add(UpToDate(target, record!, folder));
                diagnostics.AddRange(record!.Warnings);
                records[target.Name] = record;
                continue;
            }
            diagnostics.AddRange(rendered.Diagnostics);
            var output = writer.Write(rendered);
            outputs.Add(output);
            if (output.Status is OutputStatus.Written or OutputStatus.Unchanged)
                records[target.Name] = Record(output, rendered, plan.Current(target));
            else
            {
                if (record is not null)
                    records[target.Name] = record;
                failures[target.Name] = new FailedOutput(output.Name, target.Template, rendered.Diagnostics.ToList());
            }
        }

        written.ChangedCards.AddRange(
            ChangedCards.Write(plan.ChangedJobs, made.Changed, made.Claims.ChangedClashes, writer, diagnostics)
        );
        outputs.AddRange(written.ChangedCards);
        if (plan.Selection is null)
            outputs.AddRange(RemoveOrphans(plan.Previous, plan.Targets, made.Claims, writer));
        else
            // Their files stay, and so does the record of them, for the next full build to delete.
            foreach (var (name, record) in plan.Previous.Outputs)
                if (!records.ContainsKey(name) && plan.Targets.All(t => t.Name != name))
                    records[name] = record;
        return written;
    }

    /// <summary>The record of this build for the next one.</summary>
    private static Manifest Record(
        BuildPlan plan,
        BuildInputs inputs,
        WrittenPack written,
        string stamp,
        InputSnapshot files,
        BuildOptions options,
        DiagnosticBag diagnostics
    )
    {
        var (targets, manifest) = (plan.Targets, plan.Previous);
        // A changed-cards file says what changed since its cards were last made: while they are left out,
        // so is the record of what changed.
        var changedLeftOut = targets.Any(t => t.ChangedOutput is not null && !plan.Chosen(t));
        // The stamp says every output is as its inputs make it: true after --only only when those left out
        // were up to date and none is gone.
        var complete =
            plan.Selection is null
            || (
                plan.Outputs.All(p => plan.Chosen(p.Target) || p.IsCurrent)
                && manifest.Outputs.Keys.All(targets.Select(t => t.Name).Contains)
            );
        var read = written
            .Records.Values.SelectMany(r => r.Inputs.Keys)
            .Where(k => k.Kind == InputKind.File)
            .Select(k => k.File);

        // An output that failed is recorded with its errors, so the same inputs report the same
        // failure without trying again; any other error means the build must be tried again.
        var recorded = written.Failures.Values.SelectMany(f => f.Diagnostics).ToHashSet();
        return new Manifest
        {
            Tool = Inputs.ToolVersion,
            Stamp = complete && diagnostics.Where(d => d.IsError).All(recorded.Contains) ? stamp : "",
            Checked = files.Taken,
            // With the files outside the folders that these outputs read, so the next build looks at them too.
            Files = StampedFiles(options, files, read).ToDictionary(f => f, files.State),
            Content = changedLeftOut ? manifest.Content : plan.Content,
            Warnings = inputs.Load.Diagnostics.Concat(inputs.InterviewWarnings).Where(d => !d.IsError).ToList(),
            ChangedOutputs = changedLeftOut
                ? manifest.ChangedOutputs
                :
                [
                    .. written
                        .ChangedCards.Where(o => o.Status is OutputStatus.Written or OutputStatus.Unchanged)
                        .Select(o => o.Name),
                ],
            // Kept for each output that still has a changed-cards file; made or left out, its mark stays as it was.
            Printed = targets
                .Where(t => t.ChangedOutput is not null)
                .Select(t =>
                    (
                        t.Name,
                        Printed: plan.ChangedJobs.FirstOrDefault(j => j.Target == t)?.Printed
                            ?? manifest.Printed.GetValueOrDefault(t.Name)
                    )
                )
                .Where(p => p.Printed is not null)
                .ToDictionary(p => p.Name, p => p.Printed!),
            Outputs = written.Records,
            Failures = written.Failures,
        };
    }

    /// <summary>
    /// When the options and every input are as the last good build recorded them and every output
    /// is as that build left it, the report of a build with nothing to do, made without reading
    /// any content: an input with its recorded size and time is not even opened.
    /// </summary>
    /// <param name="chosen">The targets <c>--only</c> asked for, or null for all: only these are reported.</param>
    private static BuildReport? NothingToDo(
        BuildOptions options,
        Manifest manifest,
        string stamp,
        InputSnapshot files,
        IReadOnlySet<string>? chosen
    )
    {
        if (
            manifest.Stamp.Length == 0
            || manifest.Stamp != stamp
            || manifest.Tool != Inputs.ToolVersion
            || !BuildStamp.Unchanged(StampedFiles(options, files, manifest.Files.Keys), manifest.Files, files)
        )
            return null;
        var folder = options.Output;
        var outputs = new List<BuiltOutput>();
        var warnings = new DiagnosticBag();
        warnings.AddRange(manifest.Warnings);
        foreach (var name in ByOutput(manifest.Outputs, o => o.Output))
        {
            var record = manifest.Outputs[name];
            var file = new FileInfo(Path.Combine(folder, record.Output));
            if (!file.Exists || file.Length != record.Length || file.LastWriteTimeUtc != record.Written)
                return null;
            if (chosen is not null && !chosen.Contains(name))
                continue;
            outputs.Add(
                new BuiltOutput
                {
                    Name = record.Output,
                    Template = record.Template,
                    MarkdownName = name,
                    Status = OutputStatus.UpToDate,
                    Path = file.FullName,
                    Pages = record.Pages,
                    Bytes = record.Length,
                }
            );
            warnings.AddRange(record.Warnings);
        }
        foreach (var name in ByOutput(manifest.Failures, f => f.Output))
        {
            if (chosen is not null && !chosen.Contains(name))
                continue;
            var failure = manifest.Failures[name];
            // A failure is reported again by its errors; with none recorded, only trying again can say what went wrong.
            if (!failure.Diagnostics.Exists(d => d.IsError))
                return null;
            outputs.RemoveAll(o => o.MarkdownName == name);
            outputs.Add(
                new BuiltOutput
                {
                    Name = failure.Output,
                    Template = failure.Template,
                    MarkdownName = name,
                    Status = OutputStatus.Failed,
                    Reason = "it could not be made, and nothing changed since",
                }
            );
            warnings.AddRange(failure.Diagnostics);
        }
        // A changed-cards file stays as it is: nothing changed since it was made, and it holds what changed since the
        // cards were printed.
        return new BuildReport(outputs, warnings.Sorted(), manifest.Content.Count);
    }

    private static IReadOnlyList<string> StampedFiles(
        BuildOptions options,
        InputSnapshot files,
        IEnumerable<string> recorded
    ) =>
        BuildStamp.Files(
            options.Content,
            options.Templates,
            new TemplateFolder(options.Templates).Fonts,
            files,
            recorded
        );

    /// <summary>The names of the records in the order of their files' names. A plain sort, not LINQ's: a build
    /// with nothing to do would spend longer compiling LINQ's sort for these types than it takes.</summary>
    private static List<string> ByOutput<T>(Dictionary<string, T> records, Func<T, string> output)
    {
        var names = new List<string>(records.Keys);
        names.Sort(
            (a, b) =>
                string.CompareOrdinal(output(records[a]), output(records[b])) is var byFile and not 0
                    ? byFile
                    : string.CompareOrdinal(a, b)
        );
        return names;
    }

    private static BuiltOutput UpToDate(BuildTarget target, OutputRecord record, string folder) =>
        new()
        {
            Name = record.Output,
            Template = target.Template,
            MarkdownName = target.Name,
            Status = OutputStatus.UpToDate,
            Path = Path.GetFullPath(Path.Combine(folder, record.Output)),
            Pages = record.Pages,
            Bytes = new FileInfo(Path.Combine(folder, record.Output)).Length,
        };

    /// <summary>The file each target writes this build: named by the rendered front matter, or by the
    /// manifest while the target is up to date. A target that failed writes nothing and claims nothing.</summary>
    private static OutputClaims Claims(
        IEnumerable<PlannedOutput> plans,
        Dictionary<string, RenderedOutput> rendered,
        DiagnosticBag diagnostics
    )
    {
        var claims = new OutputClaims();
        foreach (var (target, record, _, _) in plans)
        {
            if (!rendered.TryGetValue(target.Name, out var made))
            {
                if (record is not null)
                    claims.Add(target, record.Output);
            }
            else if (made.Bytes is not null)
                claims.Add(target, made.Output.Name);
            if (target.ChangedOutput is { } changed)
                claims.AddChanged(target, changed);
        }
        claims.Check(diagnostics);
        return claims;
    }

    private static OutputRecord Record(BuiltOutput output, RenderedOutput made, CurrentInputs current)
    {
        var file = new FileInfo(output.Path!);
        return new OutputRecord(
            output.Name,
            output.Template,
            new RecordedInputs(current.Record(made.Inputs)),
            FileHashes.Of(made.Bytes!),
            output.Pages,
            file.Length,
            file.LastWriteTimeUtc,
            made.Diagnostics.Where(d => !d.IsError).ToList()
        );
    }

    /// <summary>Outputs the last build made whose template (or framework, or story) is gone, unless a current one now
    /// writes that file. A template whose front matter cannot be read keeps its outputs: which ones it makes is not
    /// known until it is fixed.</summary>
    private static IEnumerable<BuiltOutput> RemoveOrphans(
        Manifest manifest,
        IReadOnlyList<BuildTarget> targets,
        OutputClaims claims,
        OutputWriter writer
    )
    {
        var current = targets.Select(t => t.Name).ToHashSet();
        var unread = targets.Where(t => t.Source.HasErrors).Select(t => t.Template).ToHashSet();
        foreach (
            var (name, record) in manifest.Outputs.Where(o =>
                !current.Contains(o.Key) && !claims.IsClaimed(o.Value.Output) && !unread.Contains(o.Value.Template)
            )
        )
            if (writer.Remove(record.Output, name))
                yield return new BuiltOutput
                {
                    Name = record.Output,
                    Template = record.Template,
                    MarkdownName = name,
                    Status = OutputStatus.Removed,
                    Reason = $"{Staleness.Display(record.Template)} is gone",
                };
    }
}
