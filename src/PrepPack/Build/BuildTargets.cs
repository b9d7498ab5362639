using System.Text.RegularExpressions;
using PrepPack.Diagnostics;
using PrepPack.Templates.Model;

namespace PrepPack.Build;

/// <summary>Expands templates into targets: one each, or one per framework or story for <c>for_each</c>.</summary>
internal static partial class BuildTargets
{
    public static IReadOnlyList<BuildTarget> For(IEnumerable<string> templates, PackModel model, DiagnosticBag diagnostics)
    {
        var targets = new List<BuildTarget>();
        foreach (var template in templates)
        {
            // Read before the template runs, because it decides how many times it runs.
            var text = File.ReadAllText(template);
            var match = ForEach().Match(text);
            switch (match.Success ? match.Groups[2].Value : "")
            {
                case "":
                    targets.Add(new BuildTarget(template, "", new Dictionary<string, object?>()));
                    break;
                case "framework":
                    targets.AddRange(model.Frameworks.Select(f => new BuildTarget(template, f.Id, new Dictionary<string, object?> { ["framework"] = f })));
                    break;
                case "story":
                    targets.AddRange(model.Stories.Select(s => new BuildTarget(template, s.Id, new Dictionary<string, object?> { ["story"] = s })));
                    break;
                case var other:
                    var at = match.Groups[2].Index;
                    var line = text[..at].Count(c => c == '\n') + 1;
                    var column = at - text.LastIndexOf('\n', at - 1);
                    diagnostics.Error(new SourceLocation(template, line, column), DiagnosticCodes.FrontMatterInvalid,
                        $"'for_each' can be framework or story, not '{other}'.", "Write 'for_each: framework' or 'for_each: story'.");
                    break;
            }
        }
        return targets;
    }

    [GeneratedRegex(@"\A---\r?\n(?:.*\r?\n)*?(for_each:[ \t]*)(\S+)", RegexOptions.Multiline)]
    private static partial Regex ForEach();
}
