using PrepPack.Diagnostics;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

public class GlyphWarningTests
{
    private static IReadOnlyList<Diagnostic> Warnings(string body)
    {
        var result = Render($"---\ntitle: Glyphs\n---\n\n{body}", "glyphs.md");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingGlyph).ToList();
    }

    [Fact]
    public void A_missing_character_on_two_lines_is_a_warning_at_each_line_and_twice_on_one_line_is_one()
    {
        var warnings = Warnings("First 丗 and 丗 again.\n\nSecond paragraph\nwith 丗 on its second line.\n");
        Assert.Equal([5, 8], warnings.Select(w => w.Line));
        Assert.All(warnings, w => Assert.StartsWith("U+4E17 '丗'", w.Message));
    }

    [Fact]
    public void Headings_table_cells_list_items_and_quotes_report_the_line_the_character_is_on()
    {
        var warnings = Warnings("# Head 丗\n\n| a | b |\n|---|---|\n| x | 丗 |\n\n- item 丗\n\n> quote 丗\n");
        Assert.Equal([5, 9, 11, 13], warnings.Select(w => w.Line));
        Assert.True(warnings[1].Column > 5, "the warning points into the second cell");
    }

    [Fact]
    public void A_heading_listed_in_the_contents_is_warned_about_once_at_the_heading()
    {
        var warnings = Warnings("::: toc\n:::\n\n# Head 丗 {#head}\n");
        Assert.Equal(8, Assert.Single(warnings).Line);
    }

    [Fact]
    public void Past_twenty_warnings_one_more_counts_the_rest()
    {
        var body = string.Join(
            "\n\n",
            Enumerable.Range(0, 30).Select(i => $"Line {i}: {char.ConvertFromUtf32(0x4E30 + i)} and 丗")
        );
        var warnings = Warnings(body + "\n");
        Assert.Equal(21, warnings.Count);
        // 30 lines with two missing characters each: 20 named, 40 counted.
        Assert.Contains("…and 40 more characters on 20 more lines", warnings[^1].Message);
        Assert.Equal(warnings[^2].Line + 2, warnings[^1].Line);
    }
}
