using System.Text;
using PrepPack.Diagnostics;

namespace PrepPack.Tests.Support;

/// <summary>docs/diagnostics.md as the code makes it: every code under its group, with its meaning and fix.</summary>
internal static class DiagnosticsPage
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["PP00"] = "PP00xx: folders and files",
        ["PP01"] = "PP01xx: content errors",
        ["PP02"] = "PP02xx: content warnings",
        ["PP03"] = "PP03xx: templates and the theme",
        ["PP04"] = "PP04xx: layout",
        ["PP05"] = "PP05xx: build and output",
    };

    public static string Markdown()
    {
        var page = new StringBuilder();
        page.Append("# Diagnostic codes\n\n")
            .Append("<!-- Made from src/PrepPack/Diagnostics/DiagnosticHelp.cs by the tests: edit the entry there, ")
            .Append("then run them with PREPPACK_UPDATE_GOLDEN=1. -->\n\n")
            .Append("Every problem PrepPack reports carries a code, such as `PP0103`, after the place it is about:\n\n")
            .Append("```\ncontent/stories/quote-funnel.yaml(9,3): error PP0103: 'impcat' is not a field of scores. ")
            .Append("Did you mean 'impact'?\n```\n\n")
            .Append("An *error* must be fixed: one in the content stops the build (exit code 1), and one in an output ")
            .Append("leaves that output as it was while the others are made. A *warning* points at something that ")
            .Append("makes the pack, or the story as you tell it, weaker, and the pack is built all the same. ")
            .Append("The message itself says what to do in that place; here is what each code means.\n\n");
        // A code in a range of its own still gets a group, named by its range, so none is left out.
        var groups = DiagnosticHelp
            .All.OrderBy(h => h.Code, StringComparer.Ordinal)
            .GroupBy(h => h.Code[..4])
            .Select(g => (Title: Titles.GetValueOrDefault(g.Key, $"{g.Key}xx"), Codes: g))
            .ToList();
        page.Append("## Contents\n\n");
        foreach (var group in groups)
            page.Append($"- [{group.Title}](#{MarkdownLinks.Slug(group.Title)})\n");
        foreach (var group in groups)
        {
            page.Append($"\n## {group.Title}\n");
            foreach (var help in group.Codes)
                page.Append($"\n### {help.Code}\n\n*{Reported(help.Reported)}.* {help.Meaning}\n\n")
                    .Append($"**Fix:** {help.Fix}\n");
        }
        return page.ToString();
    }

    private static string Reported(ReportedAs reported) =>
        reported switch
        {
            ReportedAs.Error => "Error",
            ReportedAs.Warning => "Warning",
            _ => "Error or warning",
        };
}
