using System.Reflection;
using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Docs;

/// <summary>
/// Every diagnostic code has its meaning and fix, and docs/diagnostics.md is what they make.
/// Run with PREPPACK_UPDATE_GOLDEN=1 to write the page anew after changing an entry.
/// </summary>
public class DiagnosticHelpTests
{
    private static readonly string PagePath = Path.Combine(RepoPaths.Root, "docs", "diagnostics.md");

    private static IEnumerable<(string Name, string Code)> Codes() =>
        typeof(DiagnosticCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!));

    [Fact]
    public void Every_diagnostic_code_has_a_meaning_and_a_fix()
    {
        var missing = Codes()
            .Where(c => DiagnosticHelp.For(c.Code) is null)
            .Select(c => $"{c.Code} ({c.Name})")
            .ToList();
        Assert.True(
            missing.Count == 0,
            "Add a line to src/PrepPack/Diagnostics/DiagnosticHelp.cs for " + string.Join(", ", missing)
        );
        Assert.All(DiagnosticHelp.All, h =>
        {
            Assert.False(string.IsNullOrWhiteSpace(h.Meaning), h.Code);
            Assert.False(string.IsNullOrWhiteSpace(h.Fix), h.Code);
        });
    }

    [Fact]
    public void Each_code_is_explained_once_and_only_codes_PrepPack_reports_are_explained()
    {
        var codes = Codes().Select(c => c.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Empty(DiagnosticHelp.All.GroupBy(h => h.Code).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(DiagnosticHelp.All.Select(h => h.Code).Except(codes));
    }

    [Fact]
    public void The_diagnostics_page_is_the_one_the_code_makes()
    {
        var made = DiagnosticsPage.Markdown();
        if (Environment.GetEnvironmentVariable("PREPPACK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(PagePath, made);
            return;
        }
        Assert.True(
            File.Exists(PagePath),
            "docs/diagnostics.md is missing; run the tests with PREPPACK_UPDATE_GOLDEN=1 to make it."
        );
        Assert.Equal(made, File.ReadAllText(PagePath).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_diagnostics_page_gives_every_code_a_heading_to_link_to()
    {
        var anchors = MarkdownLinks.Anchors(DiagnosticsPage.Markdown());
        Assert.All(Codes(), c => Assert.Contains(c.Code.ToLowerInvariant(), anchors));
    }
}
