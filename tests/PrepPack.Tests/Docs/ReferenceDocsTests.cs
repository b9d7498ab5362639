using System.Text.RegularExpressions;
using PrepPack.Content.Schema;
using PrepPack.Content.Validation.Strength;
using PrepPack.Templates;
using PrepPack.Templates.Model;
using PrepPack.Tests.Support;
using PrepPack.Theming;

namespace PrepPack.Tests;

/// <summary>
/// What the README says about the content files, the template variables and the limits is what
/// PrepPack does. Run with PREPPACK_UPDATE_GOLDEN=1 to write the field tables anew.
/// </summary>
public partial class ReadmeTests
{
    private static readonly string ReadmePath = Path.Combine(RepoPaths.Root, "README.md");

    public static TheoryData<string> SchemaNames => [.. ContentSchemas.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void The_README_lists_every_field_of_each_content_file_as_its_schema_does(string name)
    {
        var (open, close) = ($"<!-- fields: {name} -->\n", "<!-- end fields -->");
        var readme = File.ReadAllText(ReadmePath).ReplaceLineEndings("\n");
        var start = readme.IndexOf(open, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '{open.Trim()}' block");
        start += open.Length;
        var end = readme.IndexOf(close, start, StringComparison.Ordinal);
        var made = FieldTables.Markdown(ContentSchemas.Named(name));
        if (Environment.GetEnvironmentVariable("PREPPACK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(ReadmePath, readme[..start] + made + readme[end..]);
            return;
        }
        Assert.Equal(made, readme[start..end]);
    }

    [Fact]
    public void The_README_names_every_variable_a_template_sees()
    {
        var readme = File.ReadAllText(ReadmePath);
        var section = readme[readme.IndexOf("\n## Templates\n", StringComparison.Ordinal)..];
        var named = TableNames().Matches(section).SelectMany(m => CodeName().Matches(m.Groups["names"].Value)).Select(m => m.Groups[1].Value).ToHashSet();
        var globals = typeof(PackModel).GetProperties().Select(TemplateNames.Rename);
        Assert.All(globals, g => Assert.Contains(g, named));
    }

    [Fact]
    public void The_README_states_the_limits_PrepPack_keeps()
    {
        var readme = File.ReadAllText(ReadmePath);
        Assert.Contains($"more than {CardLineTooLong.WordLimit} words", readme);
        Assert.Contains($"more than {new OnePageLimits().MatrixStories} stories for the matrix, {new OnePageLimits().CheatsheetStories} for the cheat sheet", readme);
        Assert.Contains($"the first {new OnePageLimits().CheatsheetPrinciples} principles", readme);
        // The cheat sheet's numbers table is written by its template, so the README's count is checked against it.
        Assert.Contains("story.numbers | array.limit 3", File.ReadAllText(Path.Combine(RepoPaths.Templates, "_cheatsheet_page.sbn")));
        Assert.Contains("the first three `numbers:` of each story", readme);
    }

    [GeneratedRegex(@"(?m)^\| (?<names>`[^|]+) \|")]
    private static partial Regex TableNames();

    [GeneratedRegex("`([a-z_]+)`")]
    private static partial Regex CodeName();
}
