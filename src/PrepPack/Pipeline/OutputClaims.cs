using PrepPack.Diagnostics;
using PrepPack.Incremental;
using PrepPack.Markdown;

namespace PrepPack.Pipeline;

/// <summary>
/// The file each target writes: from its rendered front matter when it was made again, from the
/// manifest while it is up to date. Two targets writing one file would overwrite each other on
/// every build, each making the other stale, so neither writes it: which one the user meant
/// cannot be told from the order of file names. The error names both templates, and the file the
/// last build left stays as it was until one of them is renamed.
/// </summary>
internal sealed class OutputClaims
{
    private sealed record Claim(BuildTarget Target, string Output, bool Changed);

    // Names that differ only in case are one file on Windows and macOS.
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    private readonly List<Claim> _claims = [];
    private readonly HashSet<Claim> _clashing = [];

    public void Add(BuildTarget target, string output) => _claims.Add(new Claim(target, output, Changed: false));

    /// <summary>A <c>changed_output:</c> is claimed whether or not it is made this time, because it is deleted when it
    /// is not.</summary>
    public void AddChanged(BuildTarget target, string output) => _claims.Add(new Claim(target, output, Changed: true));

    /// <summary>The target's own output is named by another claim too: it must not be written.</summary>
    public bool Clashes(BuildTarget target) => _clashing.Any(c => c.Target == target && !c.Changed);

    /// <summary>The target's <c>changed_output:</c> is named by another claim too: it is neither made nor
    /// deleted.</summary>
    public bool ChangedClashes(BuildTarget target) => _clashing.Any(c => c.Target == target && c.Changed);

    /// <summary>Some current target writes this file, so an output gone from the manifest must not delete it.</summary>
    public bool IsClaimed(string output) => _claims.Any(c => Names.Equals(c.Output, output));

    /// <summary>Reports each file named twice, at the later template in build order.</summary>
    public void Check(DiagnosticBag diagnostics)
    {
        foreach (var group in _claims.GroupBy(c => c.Output, Names).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var later in group.Skip(1))
                Report(first, later, diagnostics);
            _clashing.UnionWith(group);
        }
    }

    private static void Report(Claim first, Claim later, DiagnosticBag diagnostics)
    {
        var template = later.Target.Template;
        if (first.Target.Template != template)
        {
            diagnostics.Error(
                Where(later),
                DiagnosticCodes.OutputNamedTwice,
                $"{Staleness.Display(first.Target.Template)} and {Staleness.Display(template)} both write "
                    + $"{later.Output}, so neither was written and any {later.Output} already there is left as it is.",
                "Give one of them another file name with 'output:' in its front matter."
            );
            return;
        }
        var each = later.Target.ForEach.ToString().ToLowerInvariant();
        var hint =
            later.Target.ForEach != ForEach.None
                ? $"Put the {each}'s id in the name, as in 'output: "
                    + $"{Path.GetFileNameWithoutExtension(later.Output)}-{{{{ "
                    + $"{(later.Target.ForEach == ForEach.Interview ? "interview.framework" : each)}.id "
                    + $"}}}}{Path.GetExtension(later.Output)}'."
                : "Give 'output:' and 'changed_output:' different file names.";
        diagnostics.Error(
            Where(later),
            DiagnosticCodes.OutputNamedTwice,
            $"This template writes {later.Output} more than once, so it was not written and any {later.Output} "
                + "already there is left as it is.",
            hint
        );
    }

    /// <summary>The line that names the file in the template's front matter, or its start when the name is the default
    /// one.</summary>
    private static SourceLocation Where(Claim claim)
    {
        var key = claim.Changed ? "changed_output:" : "output:";
        var template = claim.Target.Template;
        try
        {
            var lines = File.ReadAllLines(template);
            for (
                var i = 1;
                lines.Length > 0 && lines[0].TrimEnd() == "---" && i < lines.Length && lines[i].TrimEnd() != "---";
                i++
            )
                if (lines[i].StartsWith(key, StringComparison.Ordinal))
                    return new SourceLocation(
                        template,
                        i + 1,
                        lines[i].Length - lines[i][key.Length..].TrimStart().Length + 1
                    );
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return SourceLocation.StartOf(template);
    }
}
