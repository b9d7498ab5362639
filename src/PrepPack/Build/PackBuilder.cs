using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;
using PrepPack.Layout.Text;
using PrepPack.Templates;

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
        var load = StoryBankLoader.Load(options.Content);
        diagnostics.AddRange(load.Diagnostics);
        var templates = new TemplateFolder(options.Templates);
        var documents = templates.Documents(diagnostics);
        var theme = ThemeReader.Read(templates.Theme, diagnostics);
        if (diagnostics.HasErrors || load.Bank is null)
            return new BuildReport([], diagnostics.Sorted(), load.Files.Count);

        var bank = load.Bank;
        var manifest = ManifestStore.Read(options.Output, Inputs.ToolVersion, diagnostics);
        var hashes = new FileHashes();
        // Fonts are loaded only when something is laid out: a build with nothing to do never needs them.
        var fonts = new Lazy<FontLibrary>(() => new FontLibrary([templates.Fonts]));
        try
        {
            var renderer = new TargetRenderer(bank, theme, fonts, ContentDate.Of(bank, load.Files), templates, options.Output);
            var targets = BuildTargets.For(documents, bank, diagnostics);
            var plans = targets.Select(t =>
            {
                var record = manifest.Outputs.GetValueOrDefault(t.Name);
                return (Target: t, Record: record, Reason: options.Force ? "--force was given" : Staleness.Reason(record, options.Output, hashes));
            }).ToList();
            var rendered = plans.Where(p => p.Reason is not null).AsParallel().AsOrdered()
                .Select(p => (p.Target.Name, Made: renderer.Render(p.Target, p.Reason!)))
                .ToDictionary(r => r.Name, r => r.Made);

            var writer = new OutputWriter(options.Output, diagnostics);
            var records = new Dictionary<string, OutputRecord>();
            var outputs = new List<BuiltOutput>();
            if (rendered.Count > 0 && !writer.Prepare())
                return new BuildReport(rendered.Values.Select(r => r.Output with { Status = OutputStatus.Failed }).ToList(), diagnostics.Sorted(), load.Files.Count);

            foreach (var (target, record, _) in plans)
            {
                if (!rendered.TryGetValue(target.Name, out var made))
                {
                    outputs.Add(UpToDate(target, record!, options.Output));
                    records[target.Name] = record!;
                    continue;
                }
                diagnostics.AddRange(made.Diagnostics);
                var written = writer.Write(made);
                outputs.Add(written);
                if (written.Status is OutputStatus.Written or OutputStatus.Unchanged)
                    records[target.Name] = Record(written, made, hashes);
                else if (record is not null)
                    records[target.Name] = record;
            }

            outputs.AddRange(ChangedCards.Make(targets, bank, manifest, hashes, renderer, writer, diagnostics));
            outputs.AddRange(RemoveOrphans(manifest, targets, writer));

            var next = new Manifest
            {
                Tool = Inputs.ToolVersion,
                Content = load.Files.ToDictionary(f => f, hashes.Of),
                Outputs = records,
            };
            if (writer.Prepare())
                writer.WriteIfChanged(ManifestStore.PathIn(options.Output), ManifestStore.Serialise(next));
            return new BuildReport(outputs, diagnostics.Sorted(), load.Files.Count);
        }
        finally
        {
            if (fonts.IsValueCreated) fonts.Value.Dispose();
        }
    }

    private static BuiltOutput UpToDate(BuildTarget target, OutputRecord record, string folder) => new()
    {
        Name = record.Output,
        Template = target.Template,
        MarkdownName = target.Name,
        Status = OutputStatus.UpToDate,
        Path = Path.Combine(folder, record.Output),
        Pages = record.Pages,
        Bytes = new FileInfo(Path.Combine(folder, record.Output)).Length,
    };

    private static OutputRecord Record(BuiltOutput output, RenderedOutput made, FileHashes hashes)
    {
        var inputs = made.Inputs.Distinct().Order(StringComparer.Ordinal).ToDictionary(i => i, hashes.Of);
        inputs[Inputs.Tool] = Inputs.ToolVersion;
        return new OutputRecord(output.Name, output.Template, inputs, FileHashes.Of(made.Bytes!), output.Pages);
    }

    /// <summary>Outputs the last build made whose template (or framework, or story) is gone.</summary>
    private static IEnumerable<BuiltOutput> RemoveOrphans(Manifest manifest, IReadOnlyList<BuildTarget> targets, OutputWriter writer)
    {
        var current = targets.Select(t => t.Name).ToHashSet();
        foreach (var (name, record) in manifest.Outputs.Where(o => !current.Contains(o.Key)))
            if (writer.Remove(record.Output, name))
                yield return new BuiltOutput
                {
                    Name = record.Output, Template = record.Template, MarkdownName = name, Status = OutputStatus.Removed,
                    Reason = $"{Staleness.Display(record.Template)} is gone",
                };
    }
}
