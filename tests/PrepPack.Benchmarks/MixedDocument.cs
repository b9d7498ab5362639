using System.Text;

namespace PrepPack.Benchmarks;

/// <summary>A long document of the kinds of blocks a prep pack holds: headings, paragraphs, lists, tables,
/// boxes.</summary>
internal static class MixedDocument
{
    public static string Create(int sections)
    {
        var text = new StringBuilder("---\ntitle: Benchmark\nfooter: \"{title} | Page {page} of {pages}\"\n---\n\n");
        for (var s = 1; s <= sections; s++)
        {
            text.Append($"## Section {s}\n\n");
            text.Append(
                    "The candidate led a pod of **two analysts** to rebuild the quoting funnel, replacing ten reports "
                )
                .Append(
                    "with one dashboard. Refresh time fell from *two to three hours* to `15 min`, and the trend view "
                )
                .Append(
                    "exposed a drop-off worth a projected $1.5M in premium. Shared metric definitions came first.\n\n"
                );
            text.Append("- Ran two metric-definition workshops with Sales, Finance and Product.\n")
                .Append("- Built the sales mart with a daily snapshot, tested on every load.\n")
                .Append("  - Nested detail: Great Expectations checks against the ledger.\n")
                .Append("- Retired ten legacy reports.\n\n");
            text.Append("| Story | Impact | Scope | Highlight |\n|---|:-:|:-:|---|\n");
            for (var r = 1; r <= 4; r++)
                text.Append(
                    $"| Story {r} | {r} | {5 - r} | One line that says what the project changed and by how much |\n"
                );
            text.Append("\n::: card\n**Lesson.** Agreeing on definitions first saves months of rework later.\n:::\n\n");
        }
        return text.ToString();
    }
}
