using System.Text.RegularExpressions;
using PrepPack.Diagnostics;
using PrepPack.Tests.Support;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Tests.Content;

/// <summary>
/// How well PP0225 finds a figure told with two values, measured on the stories of
/// Fixtures/Lints/figures: consistent ones full of honest pairs (before and after, targets,
/// derived changes, ranges, years and versions) and inconsistent ones with one figure retold
/// differently. Each story goes through the real loader, in a bank of its own kind, with its
/// "tell me about yourself" highlight in the profile.
/// </summary>
public partial class FiguresDisagreeMeasureTests(ITestOutputHelper output)
{
    [Fact]
    public void The_figures_rule_finds_nine_in_ten_planted_disagreements_and_flags_one_in_twenty_sound_stories()
    {
        var consistent = Cases("consistent.yaml");
        var inconsistent = Cases("inconsistent.yaml");
        Assert.True(
            consistent.Count >= 30 && inconsistent.Count >= 30,
            "The corpus holds at least 30 stories of each kind."
        );

        var flaggedConsistent = Warned(consistent);
        var flaggedInconsistent = Warned(inconsistent);

        var falseAlarms = consistent.Where(c => flaggedConsistent[c.Id].Count > 0).ToList();
        // Found means warned at both planted places.
        var found = inconsistent
            .Where(c => c.Disagree.All(place => flaggedInconsistent[c.Id].Any(w => w.Field == place)))
            .ToList();
        var recall = (double)found.Count / inconsistent.Count;
        var falseRate = (double)falseAlarms.Count / consistent.Count;

        output.WriteLine(
            $"Inconsistent stories found at both places: {found.Count} of {inconsistent.Count} (recall {recall:P1})."
        );
        output.WriteLine(
            $"Consistent stories flagged: {falseAlarms.Count} of {consistent.Count} (false alarms {falseRate:P1})."
        );
        foreach (var c in inconsistent.Except(found))
            output.WriteLine(
                $"  missed {c.Id} ({string.Join(" / ", c.Disagree)}): "
                    + $"{string.Join(" | ", flaggedInconsistent[c.Id].Select(w => w.Message))}"
            );
        foreach (var c in falseAlarms)
            output.WriteLine(
                $"  false alarm {c.Id}: {string.Join(" | ", flaggedConsistent[c.Id].Select(w => w.Message))}"
            );

        Assert.True(recall >= 0.90, $"Recall {recall:P1} is under 90%.");
        Assert.True(falseRate <= 0.05, $"False alarms {falseRate:P1} are over 5%.");
    }

    private sealed record Case(string Id, YamlMappingNode Node, IReadOnlyList<string> Disagree, string? Tmay);

    private sealed record Warning(string Field, string Message);

    /// <summary>The PP0225 warnings of each story of the set, with the field each is at.</summary>
    private static Dictionary<string, List<Warning>> Warned(IReadOnlyList<Case> cases)
    {
        using var fixture = ContentFixture.Valid();
        var stories = Path.Combine(fixture.Root, "stories");
        foreach (var c in cases)
            File.WriteAllText(Path.Combine(stories, c.Id + ".yaml"), StoryYaml(c));
        var withTmay = cases.Where(c => c.Tmay is not null).ToList();
        File.WriteAllText(Path.Combine(fixture.Root, "profile.yaml"), ProfileYaml(withTmay));

        var result = fixture.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warned = cases.ToDictionary(c => c.Id, _ => new List<Warning>());
        foreach (var d in result.Diagnostics.Where(d => d.Code == DiagnosticCodes.FiguresDisagree))
        {
            var file = fixture.Relative(d);
            var field = WarnedField().Match(d.Message) is { Success: true } m ? m.Groups["field"].Value : "";
            if (file == "profile.yaml" && TmayIndex().Match(field) is { Success: true } t)
                warned[withTmay[int.Parse(t.Groups["i"].Value) - 2].Id].Add(new Warning("tmay", d.Message));
            else if (
                file.StartsWith("stories/", StringComparison.Ordinal)
                && warned.TryGetValue(Path.GetFileNameWithoutExtension(file), out var list)
            )
                list.Add(new Warning(field, d.Message));
        }
        return warned;
    }

    private static List<Case> Cases(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepoPaths.Fixtures, "Lints", "figures", file)))
            stream.Load(reader);
        return ((YamlSequenceNode)stream.Documents[0].RootNode)
            .Cast<YamlMappingNode>()
            .Select(n => new Case(
                Text(n, "id")!,
                n,
                n.Children.TryGetValue(new YamlScalarNode("disagree"), out var d)
                    ? ((YamlSequenceNode)d).Select(x => ((YamlScalarNode)x).Value!).ToList()
                    : [],
                Text(n, "tmay")
            ))
            .ToList();
    }

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;

    private static YamlMappingNode? Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (YamlMappingNode)v : null;

    private static IEnumerable<string> List(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var v)
            ? ((YamlSequenceNode)v).Select(x => ((YamlScalarNode)x).Value!)
            : [];

    /// <summary>The case as a story file; fields the case leaves out get figure-free text.</summary>
    private static string StoryYaml(Case c)
    {
        var card = Map(c.Node, "card");
        var star = Map(c.Node, "star");
        string Or(YamlMappingNode? n, string key, string otherwise) =>
            n is not null && Text(n, key) is { } t ? t : otherwise;
        var lines = new List<string>
        {
            $"id: {c.Id}",
            $"title: {Q(c.Id)}",
            "themes: [impact]",
            "scores:",
            "  impact: 4",
            "  scope: 3",
            "  contribution: 4",
            $"highlight: {Q(Text(c.Node, "highlight") ?? "A change the team still uses")}",
            "card:",
            $"  context: {Q(Or(card, "context", "The old way caused problems for the people who used it."))}",
            $"  task: {Q(Or(card, "task", "Find a better way and get it adopted."))}",
            $"  action_1: {Q(Or(card, "action_1", "Talked to the people affected to learn what hurt most."))}",
            $"  action_2: {Q(Or(card, "action_2", "Tried the fix with a small group before everyone."))}",
            $"  result: {Q(Or(card, "result", "The new way stuck and complaints stopped."))}",
            $"  lesson: {Q(Or(card, "lesson", "I now test a change with its hardest critic before rolling it out."))}",
            "star:",
            $"  situation: "
                + $"{Q(Or(star, "situation", "The old way caused problems for the people who used it every day."))}",
            $"  task: {Q(Or(star, "task", "I was asked to find a better way and get it adopted."))}",
            "  actions:",
        };
        var actions = List(star, "actions").ToList();
        if (actions.Count == 0)
            actions =
            [
                "I talked to the people affected to learn what hurt most.",
                "I tried the fix with a small group first.",
            ];
        lines.AddRange(actions.Select(a => $"    - {Q(a)}"));
        lines.Add($"  result: {Q(Or(star, "result", "The new way stuck and the complaints stopped."))}");
        if (star is not null && Text(star, "reflection") is { } reflection)
            lines.Add($"  reflection: {Q(reflection)}");
        var numbers = List(c.Node, "numbers").ToList();
        if (numbers.Count > 0)
        {
            lines.Add("numbers:");
            foreach (var n in numbers)
            {
                var parts = n.Split(" | ", 2);
                lines.Add($"  - value: {Q(parts[0])}");
                lines.Add($"    measures: {Q(parts[1])}");
            }
        }
        lines.Add("follow_ups:");
        var followUps = List(c.Node, "follow_ups").ToList();
        if (followUps.Count == 0)
            followUps = ["Who pushed back? | The people who had built the old way, until they saw it work."];
        foreach (var f in followUps)
        {
            var parts = f.Split(" | ", 2);
            lines.Add($"  - question: {Q(parts[0])}");
            lines.Add($"    answer: {Q(parts[1])}");
        }
        lines.Add("principles:");
        lines.Add("  acme: [grit]");
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>The minimal bank's profile with one highlight per case that has a 'tmay', after alpha's and
    /// beta's.</summary>
    private static string ProfileYaml(IReadOnlyList<Case> withTmay)
    {
        var lines = new List<string>
        {
            "name: Sam Reyes",
            "current_role: Analyst, Example Co",
            "target_role: Data Engineer",
            "tmay:",
            "  present: I build data products.",
            "  background: Five years of analytics.",
            "  highlights:",
            "    - story: alpha",
            "      says: Alpha cut a report from 5 days to 1.",
            "    - story: beta",
            "      says: Beta saved $10k.",
        };
        foreach (var c in withTmay)
        {
            lines.Add($"    - story: {c.Id}");
            lines.Add($"      says: {Q(c.Tmay!)}");
        }
        lines.Add("  looking_ahead: Bigger data.");
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>A YAML double-quoted scalar, so any text reads back as typed.</summary>
    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    // The field warned is the first one the message names: "… in 'card.result' but …", "… in 'highlight' does not match
    // …", "… in 'card.result' is a 40% fall, but …".
    [GeneratedRegex(@"^.*? in '(?:profile: )?(?<field>[^']+)'(?: but | does not match | is )")]
    private static partial Regex WarnedField();

    [GeneratedRegex(@"^tmay\.highlights\[(?<i>\d+)\]\.says$")]
    private static partial Regex TmayIndex();
}
