using PrepPack.Content.Yaml;
using PrepPack.Incremental;

namespace PrepPack.Pipeline;

/// <summary>
/// The outputs <c>build --only</c> names, each by its file name with or without the extension
/// (<c>cheatsheet</c>, <c>star-amazon.docx</c>) or by its template's name (<c>star-onepager</c>: every
/// file that template makes). The others are not made, and stay as the last build left them.
/// </summary>
/// <param name="Targets">The names of the targets chosen.</param>
/// <param name="Unknown">The names that match no output, each with the closest that does.</param>
/// <param name="Known">Every name that would have matched, for the message.</param>
public sealed record OutputSelection(
    IReadOnlySet<string> Targets,
    IReadOnlyList<UnknownOutput> Unknown,
    IReadOnlyList<string> Known
)
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    internal static OutputSelection Resolve(
        IReadOnlyList<string> names,
        IReadOnlyList<BuildTarget> targets,
        Manifest manifest,
        Func<BuildTarget, string> outputName
    )
    {
        // Named by the manifest while known, so choosing needs no template to run; an output never
        // made yet is named from its front matter, but only when a name is not found otherwise.
        var recorded = targets.ToDictionary(t => t, t => manifest.Outputs.GetValueOrDefault(t.Name)?.Output);
        var chosen = Match(names, targets, t => recorded[t]);
        if (chosen.Unknown.Count > 0 && recorded.Values.Any(o => o is null))
        {
            var named = targets.ToDictionary(t => t, t => (string?)(recorded[t] ?? outputName(t)));
            chosen = Match(names, targets, t => named[t]);
            recorded = named;
        }
        var known = targets
            .SelectMany(t => new[] { Stem(t.Template), Stem(recorded[t]), Stem(t.ChangedOutput) })
            .OfType<string>()
            .Distinct(Names)
            .Order(StringComparer.Ordinal)
            .ToList();
        var unknown = chosen.Unknown.Select(n => new UnknownOutput(n, DidYouMean.Closest(Stem(n)!, known))).ToList();
        return new OutputSelection(chosen.Targets, unknown, known);
    }

    /// <summary>The targets the names choose, from the last build's record alone; null when a name is not in
    /// it.</summary>
    internal static IReadOnlySet<string>? Recorded(IReadOnlyList<string> names, Manifest manifest)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var matching = manifest
                .Outputs.Where(o =>
                    new[] { o.Key, Stem(o.Value.Template), o.Value.Output, Stem(o.Value.Output) }.Contains(name, Names)
                )
                .Select(o => o.Key)
                .ToList();
            if (matching.Count == 0)
                return null;
            chosen.UnionWith(matching);
        }
        return chosen;
    }

    private static (HashSet<string> Targets, List<string> Unknown) Match(
        IReadOnlyList<string> names,
        IReadOnlyList<BuildTarget> targets,
        Func<BuildTarget, string?> output
    )
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var name in names)
        {
            var matching = targets.Where(t => Keys(t, output(t)).Contains(name, Names)).ToList();
            if (matching.Count == 0)
                unknown.Add(name);
            foreach (var target in matching)
                chosen.Add(target.Name);
        }
        return (chosen, unknown);
    }

    private static IEnumerable<string> Keys(BuildTarget target, string? output) =>
        new[]
        {
            Stem(target.Template),
            target.Name,
            output,
            Stem(output),
            target.ChangedOutput,
            Stem(target.ChangedOutput),
        }.OfType<string>();

    private static string? Stem(string? file) => file is null ? null : Path.GetFileNameWithoutExtension(file);
}

/// <summary>A name given to <c>--only</c> that no output has, and the closest one that does, if any is close.</summary>
public sealed record UnknownOutput(string Name, string? Suggestion);
