using System.Text.RegularExpressions;
using PrepPack.Diagnostics;
using PrepPack.Content.Model;

namespace PrepPack.Build;

/// <summary>Expands templates into targets: one each, or one per framework or story for <c>for_each</c>.</summary>
internal static partial class BuildTargets
{
    public static IReadOnlyList<BuildTarget> For(IEnumerable<string> templates, StoryBank bank, DiagnosticBag diagnostics)
    {
        var targets = new List<BuildTarget>();
        foreach (var template in templates)
        {
            // Read before the template runs, because they decide how many times it runs.
            var text = File.ReadAllText(template);
            var match = ForEach().Match(text);
            var changed = ChangedOutput().Match(text) is { Success: true } c ? c.Groups[1].Value.Trim() : null;
            switch (match.Success ? match.Groups[2].Value : "")
            {
                case "":
                    targets.Add(new BuildTarget(template, "", "", changed));
                    break;
                case "framework":
                    targets.AddRange(bank.Frameworks.Select(f => new BuildTarget(template, "framework", f.Id, null)));
                    break;
                case "story":
                    targets.AddRange(bank.Stories.Select(s => new BuildTarget(template, "story", s.Id, null)));
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

    [GeneratedRegex(@"\A---\r?\n(?:(?!---).*\r?\n)*?(for_each:[ \t]*)(\S+)", RegexOptions.Multiline)]
    private static partial Regex ForEach();

    [GeneratedRegex(@"\A---\r?\n(?:(?!---).*\r?\n)*?changed_output:[ \t]*(\S+)", RegexOptions.Multiline)]
    private static partial Regex ChangedOutput();
}
