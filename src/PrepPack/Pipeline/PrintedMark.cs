using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;
using PrepPack.Incremental;

namespace PrepPack.Pipeline;

/// <summary>
/// <c>preppack printed</c>: records, in the build record of the output folder, that the candidate
/// printed the cards as the last build made them. Their changed-cards file is removed, and the
/// next builds fill it again with only the cards of the stories changed from then on.
/// Content is never written: the mark lives with the pack it is about.
/// </summary>
public static class PrintedMark
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    /// <param name="names">The outputs printed (cards, cards.pdf, cards-changed.pdf); none for every output that has a
    /// changed-cards file.</param>
    public static PrintedReport Mark(string outputFolder, IReadOnlyList<string> names, DiagnosticBag diagnostics)
    {
        var path = ManifestStore.PathIn(outputFolder);
        var manifest = File.Exists(path) ? ManifestStore.Read(outputFolder, Inputs.ToolVersion, diagnostics) : null;
        if (manifest is null || manifest.Outputs.Count == 0)
        {
            diagnostics.Error(
                SourceLocation.WholeOf(outputFolder),
                DiagnosticCodes.NothingBuilt,
                manifest is null
                    ? "There is no build in this folder, so there are no printed cards to mark."
                    : "The record of the last build in this folder names no output, so there are no printed cards to "
                        + "mark.",
                "Run 'preppack build' first (with --out DIR when the pack is written elsewhere), print the cards, "
                    + "then run 'preppack printed'."
            );
            return PrintedReport.Nothing;
        }

        var chosen = new List<string>();
        var untracked = new List<string>();
        var unknown = new List<UnknownOutput>();
        var known = manifest
            .Outputs.Values.Select(o => Stem(o.Output))
            .Concat(manifest.Printed.Values.Select(p => Stem(p.Changed)))
            .Distinct(Names)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var name in names)
        {
            var target = manifest.Printed.Keys.FirstOrDefault(t => Named(name, t, manifest));
            if (target is not null)
            {
                if (!chosen.Contains(target))
                    chosen.Add(target);
            }
            else if (
                manifest.Outputs.FirstOrDefault(o => Matches(name, o.Value.Output) || Names.Equals(name, o.Key)) is
                { Value: { } output }
            )
                untracked.Add(output.Output);
            else
                unknown.Add(new UnknownOutput(name, DidYouMean.Closest(Stem(name), known)));
        }
        if (unknown.Count > 0)
            return PrintedReport.Nothing with { Unknown = unknown, Known = known };
        if (names.Count == 0)
            chosen.AddRange(manifest.Printed.Keys.Order(StringComparer.Ordinal));

        // Cards the last build could not make are not on paper as the stories say them now: marking them would count
        // cards never printed as printed.
        foreach (var target in chosen.Where(manifest.Failures.ContainsKey))
            diagnostics.Error(
                SourceLocation.WholeOf(outputFolder),
                DiagnosticCodes.NothingBuilt,
                $"The last build could not make {manifest.Failures[target].Output}, so the cards you printed are not "
                    + "the ones the stories say now; nothing was marked.",
                "Fix the errors 'preppack build' reports, build, print the cards, then run 'preppack printed'."
            );
        if (diagnostics.HasErrors)
            return PrintedReport.Nothing with { Known = known };

        var writer = new OutputWriter(outputFolder, diagnostics);
        var marked = new List<MarkedOutput>();
        var printed = new Dictionary<string, PrintedCards>(manifest.Printed);
        var changedFiles = new List<string>(manifest.ChangedOutputs);
        foreach (var target in chosen)
        {
            var changed = printed[target].Changed;
            // As the last build made the cards: a story edited since is not on paper yet, and stays a changed one.
            printed[target] = new PrintedCards(changed, manifest.Content);
            // The last build's record says whether it held changed cards, even when its file was deleted by hand since.
            var held = writer.Remove(changed, Path.GetFileNameWithoutExtension(changed)) | changedFiles.Remove(changed);
            marked.Add(new MarkedOutput(manifest.Outputs.GetValueOrDefault(target)?.Output ?? target, changed, held));
        }
        if (marked.Count > 0)
            writer.WriteIfChanged(
                path,
                ManifestStore.Serialise(manifest with { Printed = printed, ChangedOutputs = changedFiles })
            );
        return new PrintedReport(marked, untracked, [], known);
    }

    /// <summary>Whether a name the user typed is this target's: its template's output (cards, cards.pdf) or its changed
    /// file (cards-changed).</summary>
    private static bool Named(string name, string target, Manifest manifest) =>
        Names.Equals(name, target)
        || (manifest.Outputs.GetValueOrDefault(target) is { } record && Matches(name, record.Output))
        || Matches(name, manifest.Printed[target].Changed);

    /// <summary>Whether a name the user typed is this file's: its whole name, or its name without the extension. A
    /// name with another extension (cards.docx) or a folder (../cards) is not, as build --only and preview
    /// agree.</summary>
    private static bool Matches(string name, string file) =>
        name.IndexOfAny(['/', '\\']) < 0
        && (Names.Equals(name, file) || !Path.HasExtension(name) && Names.Equals(name, Stem(file)));

    private static string Stem(string name) => Path.GetFileNameWithoutExtension(name);
}
