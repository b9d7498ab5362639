using System.Runtime.CompilerServices;
using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;
using PrepPack.Layout.Text;
using PrepPack.Templates;
using PrepPack.Templates.Model;
using PrepPack.Theming;

namespace PrepPack.Build;

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
        var stamp = BuildStamp.Of(options);
        // With --only the shortcut serves when the record names every output asked for.
        var known = options.Only is null ? null : OutputSelection.Recorded(options.Only, manifest);
        var report = !options.Force && (options.Only is null || known is not null)
            ? NothingToDo(options, manifest, stamp, files, known)
            : null;
        return (report ?? Make(options, manifest, files, stamp, diagnostics)) with { InputsRead = files.Read };
    }

    /// <summary>The build proper, once something may have changed. Apart, so that a build with nothing to
    /// do never loads what only this needs (the layout engine, the parallel library).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static BuildReport Make(BuildOptions options, Manifest manifest, InputSnapshot files, string stamp, DiagnosticBag diagnostics)
    {
        var load = StoryBankLoader.Load(options.Content, files);
        diagnostics.AddRange(load.Diagnostics);
        var templates = new TemplateFolder(options.Templates);
        var documents = templates.Documents(diagnostics);
        var theme = ThemeReader.Read(templates.Theme, diagnostics, files);
        // Checked here, where the theme and the bank are both known; kept with the content's warnings for builds with nothing to do.
        var interviewWarnings = new DiagnosticBag();
        var interview = load.Bank is null ? null
            : InterviewFramework.Choose(load.Bank, theme, options.Framework, new ContentFolder(options.Content).FrameworksFolder, interviewWarnings);
        diagnostics.AddRange(interviewWarnings);
        if (diagnostics.HasErrors || load.Bank is null)
            return new BuildReport([], diagnostics.Sorted(), load.Files.Count);

        var bank = load.Bank;
        // Fonts are loaded only when something is laid out: a build with nothing to do never needs them.
        var fonts = new Lazy<FontLibrary>(() => new FontLibrary([templates.Fonts], BundledFonts.Faces));
        try
        {
            var renderer = new TargetRenderer(bank, theme, interview, fonts, ContentDate.Of(bank, load.Files), templates, options.Output, options.SourceDate, files, options.LaidOut);
            var targets = BuildTargets.For(documents, bank, files, interview);
            var selection = options.Only is null ? null : OutputSelection.Resolve(options.Only, targets, manifest, renderer.OutputName);
            if (selection is { Unknown.Count: > 0 })
                return new BuildReport([], [], load.Files.Count) { UnknownOutputs = selection.Unknown, KnownOutputs = selection.Known };
            bool Chosen(BuildTarget target) => selection is null || selection.Targets.Contains(target.Name);
            // A cheat sheet made per framework sees that framework as the interview at hand: its inputs are compared as it saw them.
            var currents = new Dictionary<string, CurrentInputs>(StringComparer.Ordinal);
            CurrentInputs Current(BuildTarget target)
            {
                var each = target.Interview ?? interview ?? "";
                if (!currents.TryGetValue(each, out var current))
                    currents[each] = current = new CurrentInputs(files, new PackModel(bank, theme.Cards, "", onePage: theme.OnePage, interview: each.Length > 0 ? each : null), options.SourceDate);
                return current;
            }
            var plans = targets.Select(t =>
            {
                var record = manifest.Outputs.GetValueOrDefault(t.Name);
                var stale = manifest.Failures.ContainsKey(t.Name) ? "it could not be made last time" : Staleness.Reason(record, t.Template, options.Output, Current(t));
                return (Target: t, Record: record, Reason: options.Force ? "--force was given" : stale, Current: stale is null);
            }).ToList();
            var stale = plans.Where(p => p.Reason is not null && Chosen(p.Target)).ToList();
            var content = load.Files.ToDictionary(f => f, files.Hash);
            var changedJobs = ChangedCards.Plan(targets.Where(Chosen).ToList(), bank, manifest, content);
            var changedMade = new RenderedOutput?[changedJobs.Count];
            var results = new RenderedOutput[stale.Count];
            var done = 0;
            // Each output, the changed cards too, renders alone, on its own thread; results are kept
            // in target order and written one by one after, so the files and the report are a serial
            // build's. No more at once than the build may use (options.Jobs, at most the cores): more
            // would not finish sooner, and each laid-out document holds its pages until written.
            var work = Enumerable.Range(0, stale.Count).Concat(Enumerable.Range(0, changedJobs.Count).Where(i => changedJobs[i].Changed.Count > 0).Select(i => ~i)).ToList();
            // Taken one at a time, in order, by whichever thread is free: the long outputs first in line start first.
            var queue = System.Collections.Concurrent.Partitioner.Create(work, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
            Parallel.ForEach(queue, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, i =>
            {
                if (i < 0)
                {
                    changedMade[~i] = ChangedCards.Render(changedJobs[~i], bank, renderer);
                    return;
                }
                results[i] = Isolated.Render(renderer, stale[i].Target, stale[i].Reason!);
                options.Progress?.Invoke(new BuildProgress(Interlocked.Increment(ref done), stale.Count, results[i].Output.Name));
            });
            var rendered = stale.Select((p, i) => (p.Target.Name, Made: results[i])).ToDictionary(r => r.Name, r => r.Made);
            var claims = Claims(plans.Select(p => (p.Target, p.Record)), rendered, diagnostics);

            var writer = new OutputWriter(options.Output, diagnostics);
            var records = new Dictionary<string, OutputRecord>();
            var failures = new Dictionary<string, FailedOutput>();
            var outputs = new List<BuiltOutput>();
            // Every build that gets here writes at least the manifest, so the folder is made once, up front.
            if (!writer.Prepare())
                return new BuildReport(rendered.Values.Select(r => r.Output with { Status = OutputStatus.Failed }).ToList(), diagnostics.Sorted(), load.Files.Count);

            foreach (var (target, record, _, _) in plans)
            {
                if (!Chosen(target))
                {
                    // Left out by --only: its file, its record and any failure stay as the last build left them.
                    if (record is not null) records[target.Name] = record;
                    if (manifest.Failures.TryGetValue(target.Name, out var failed)) failures[target.Name] = failed;
                    continue;
                }
                if (claims.Clashes(target))
                {
                    // Not written: the file and the record stay as the last build left them.
                    var unwritten = rendered.TryGetValue(target.Name, out var clashing) ? clashing.Output : UpToDate(target, record!, options.Output);
                    outputs.Add(unwritten with { Status = OutputStatus.Failed, Reason = $"more than one output is named {unwritten.Name}" });
                    if (record is not null) records[target.Name] = record;
                    continue;
                }
                if (!rendered.TryGetValue(target.Name, out var made))
                {
                    outputs.Add(UpToDate(target, record!, options.Output));
                    diagnostics.AddRange(record!.Warnings);
                    records[target.Name] = record;
                    continue;
                }
                diagnostics.AddRange(made.Diagnostics);
                var written = writer.Write(made);
                outputs.Add(written);
                if (written.Status is OutputStatus.Written or OutputStatus.Unchanged)
                    records[target.Name] = Record(written, made, Current(target));
                else
                {
                    if (record is not null) records[target.Name] = record;
                    failures[target.Name] = new FailedOutput(written.Name, target.Template, made.Diagnostics.ToList());
                }
            }

            var changedCards = ChangedCards.Write(changedJobs, changedMade, claims.ChangedClashes, writer, diagnostics).ToList();
            outputs.AddRange(changedCards);
            if (selection is null) outputs.AddRange(RemoveOrphans(manifest, targets, claims, writer));
            else
                // Their files stay, and so does the record of them, for the next full build to delete.
                foreach (var (name, record) in manifest.Outputs.Where(o => !records.ContainsKey(o.Key) && targets.All(t => t.Name != o.Key)))
                    records[name] = record;
            // A changed-cards file says what changed since its cards were last made: while they are left out, so is the record of what changed.
            var changedLeftOut = targets.Any(t => t.ChangedOutput is not null && !Chosen(t));
            // The stamp says every output is as its inputs make it: true after --only only when those left out were up to date and none is gone.
            var complete = selection is null
                || (plans.All(p => Chosen(p.Target) || p.Current) && manifest.Outputs.Keys.All(targets.Select(t => t.Name).Contains));

            // An output that failed is recorded with its errors, so the same inputs report the same
            // failure without trying again; any other error means the build must be tried again.
            var recorded = failures.Values.SelectMany(f => f.Diagnostics).ToHashSet();
            var next = new Manifest
            {
                Tool = Inputs.ToolVersion,
                Stamp = complete && diagnostics.Where(d => d.IsError).All(recorded.Contains) ? stamp : "",
                Checked = files.Taken,
                // With the files outside the folders that these outputs read, so the next build looks at them too.
                Files = BuildStamp.Files(options, files, records.Values.SelectMany(r => r.Inputs.Keys).Where(k => k.Kind == InputKind.File).Select(k => k.File))
                    .ToDictionary(f => f, files.State),
                Content = changedLeftOut ? manifest.Content : content,
                Warnings = load.Diagnostics.Concat(interviewWarnings).Where(d => !d.IsError).ToList(),
                ChangedOutputs = changedLeftOut ? manifest.ChangedOutputs : changedCards.Where(o => o.Status is OutputStatus.Written or OutputStatus.Unchanged).Select(o => o.Name).ToList(),
                // Kept for each output that still has a changed-cards file; made or left out, its mark stays as it was.
                Printed = targets.Where(t => t.ChangedOutput is not null)
                    .Select(t => (t.Name, Printed: changedJobs.FirstOrDefault(j => j.Target == t)?.Printed ?? manifest.Printed.GetValueOrDefault(t.Name)))
                    .Where(p => p.Printed is not null)
                    .ToDictionary(p => p.Name, p => p.Printed!),
                Outputs = records,
                Failures = failures,
            };
            writer.WriteIfChanged(ManifestStore.PathIn(options.Output), ManifestStore.Serialise(next));
            return new BuildReport(outputs, diagnostics.Sorted(), load.Files.Count);
        }
        finally
        {
            if (fonts.IsValueCreated) fonts.Value.Dispose();
        }
    }

    /// <summary>
    /// When the options and every input are as the last good build recorded them and every output
    /// is as that build left it, the report of a build with nothing to do, made without reading
    /// any content: an input with its recorded size and time is not even opened.
    /// </summary>
    /// <param name="chosen">The targets <c>--only</c> asked for, or null for all: only these are reported.</param>
    private static BuildReport? NothingToDo(BuildOptions options, Manifest manifest, string stamp, InputSnapshot files, IReadOnlySet<string>? chosen)
    {
        if (manifest.Stamp.Length == 0 || manifest.Stamp != stamp || manifest.Tool != Inputs.ToolVersion
            || !BuildStamp.Unchanged(BuildStamp.Files(options, files, manifest.Files.Keys), manifest.Files, files)) return null;
        var folder = options.Output;
        var outputs = new List<BuiltOutput>();
        var warnings = new DiagnosticBag();
        warnings.AddRange(manifest.Warnings);
        foreach (var name in ByOutput(manifest.Outputs, o => o.Output))
        {
            var record = manifest.Outputs[name];
            var file = new FileInfo(Path.Combine(folder, record.Output));
            if (!file.Exists || file.Length != record.Length || file.LastWriteTimeUtc != record.Written) return null;
            if (chosen is not null && !chosen.Contains(name)) continue;
            outputs.Add(new BuiltOutput
            {
                Name = record.Output, Template = record.Template, MarkdownName = name, Status = OutputStatus.UpToDate,
                Path = file.FullName, Pages = record.Pages, Bytes = record.Length,
            });
            warnings.AddRange(record.Warnings);
        }
        foreach (var name in ByOutput(manifest.Failures, f => f.Output))
        {
            if (chosen is not null && !chosen.Contains(name)) continue;
            var failure = manifest.Failures[name];
            // A failure is reported again by its errors; with none recorded, only trying again can say what went wrong.
            if (!failure.Diagnostics.Exists(d => d.IsError)) return null;
            outputs.RemoveAll(o => o.MarkdownName == name);
            outputs.Add(new BuiltOutput
            {
                Name = failure.Output, Template = failure.Template, MarkdownName = name, Status = OutputStatus.Failed,
                Reason = "it could not be made, and nothing changed since",
            });
            warnings.AddRange(failure.Diagnostics);
        }
        // A changed-cards file stays as it is: nothing changed since it was made, and it holds what changed since the cards were printed.
        return new BuildReport(outputs, warnings.Sorted(), manifest.Content.Count);
    }

    /// <summary>The names of the records in the order of their files' names. A plain sort, not LINQ's: a build
    /// with nothing to do would spend longer compiling LINQ's sort for these types than it takes.</summary>
    private static List<string> ByOutput<T>(Dictionary<string, T> records, Func<T, string> output)
    {
        var names = new List<string>(records.Keys);
        names.Sort((a, b) => string.CompareOrdinal(output(records[a]), output(records[b])) is var byFile and not 0 ? byFile : string.CompareOrdinal(a, b));
        return names;
    }

    private static BuiltOutput UpToDate(BuildTarget target, OutputRecord record, string folder) => new()
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
    private static OutputClaims Claims(IEnumerable<(BuildTarget Target, OutputRecord? Record)> plans, Dictionary<string, RenderedOutput> rendered, DiagnosticBag diagnostics)
    {
        var claims = new OutputClaims();
        foreach (var (target, record) in plans)
        {
            if (!rendered.TryGetValue(target.Name, out var made)) { if (record is not null) claims.Add(target, record.Output); }
            else if (made.Bytes is not null) claims.Add(target, made.Output.Name);
            if (target.ChangedOutput is { } changed) claims.AddChanged(target, changed);
        }
        claims.Check(diagnostics);
        return claims;
    }

    private static OutputRecord Record(BuiltOutput output, RenderedOutput made, CurrentInputs current)
    {
        var file = new FileInfo(output.Path!);
        return new OutputRecord(output.Name, output.Template, new RecordedInputs(current.Record(made.Inputs)), FileHashes.Of(made.Bytes!), output.Pages, file.Length, file.LastWriteTimeUtc,
            made.Diagnostics.Where(d => !d.IsError).ToList());
    }

    /// <summary>Outputs the last build made whose template (or framework, or story) is gone, unless a current one now
    /// writes that file. A template whose front matter cannot be read keeps its outputs: which ones it makes is not
    /// known until it is fixed.</summary>
    private static IEnumerable<BuiltOutput> RemoveOrphans(Manifest manifest, IReadOnlyList<BuildTarget> targets, OutputClaims claims, OutputWriter writer)
    {
        var current = targets.Select(t => t.Name).ToHashSet();
        var unread = targets.Where(t => t.Source.HasErrors).Select(t => t.Template).ToHashSet();
        foreach (var (name, record) in manifest.Outputs.Where(o => !current.Contains(o.Key) && !claims.IsClaimed(o.Value.Output) && !unread.Contains(o.Value.Template)))
            if (writer.Remove(record.Output, name))
                yield return new BuiltOutput
                {
                    Name = record.Output, Template = record.Template, MarkdownName = name, Status = OutputStatus.Removed,
                    Reason = $"{Staleness.Display(record.Template)} is gone",
                };
    }
}
