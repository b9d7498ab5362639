using System.Text.RegularExpressions;
using PrepPack.Content.Schema;
using PrepPack.Content.Validation.Strength;
using PrepPack.Templates;
using PrepPack.Templates.Model;
using PrepPack.Tests.Support;
using PrepPack.Theming;

namespace PrepPack.Tests.Docs;

/// <summary>
/// What the pages in docs/ say about the content files, the template variables and the limits is
/// what PrepPack does. Run with PREPPACK_UPDATE_GOLDEN=1 to write the field tables anew.
/// </summary>
public partial class ReferenceDocsTests
{
    private static readonly string DocsFolder = Path.Combine(RepoPaths.Root, "docs");

    public static TheoryData<string> SchemaNames => [.. ContentSchemas.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void The_docs_list_every_field_of_each_content_file_as_its_schema_does(string name)
    {
        var (open, close) = ($"<!-- fields: {name} -->\n", "<!-- end fields -->");
        var pages = Directory
            .EnumerateFiles(DocsFolder, "*.md")
            .Where(p => File.ReadAllText(p).ReplaceLineEndings("\n").Contains(open, StringComparison.Ordinal))
            .ToList();
        Assert.True(pages.Count == 1, $"One page in docs/ should hold the '{open.Trim()}' block; {pages.Count} do.");
        var text = File.ReadAllText(pages[0]).ReplaceLineEndings("\n");
        var start = text.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var end = text.IndexOf(close, start, StringComparison.Ordinal);
        var made = FieldTables.Markdown(ContentSchemas.Named(name));
        if (Environment.GetEnvironmentVariable("PREPPACK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(pages[0], text[..start] + made + text[end..]);
            return;
        }
        Assert.Equal(made, text[start..end]);
    }

    [Fact]
    public void The_templates_page_names_every_variable_a_template_sees()
    {
        var page = File.ReadAllText(Path.Combine(DocsFolder, "templates.md"));
        var section = page[page.IndexOf("\n### Template variables\n", StringComparison.Ordinal)..];
        var named = TableNames()
            .Matches(section)
            .SelectMany(m => CodeName().Matches(m.Groups["names"].Value))
            .Select(m => m.Groups[1].Value)
            .ToHashSet();
        var globals = typeof(PackModel).GetProperties().Select(TemplateNames.Rename);
        Assert.All(globals, g => Assert.Contains(g, named));
    }

    [Fact]
    public void The_building_page_states_the_limits_PrepPack_keeps()
    {
        var page = File.ReadAllText(Path.Combine(DocsFolder, "building.md"));
        Assert.Contains($"more than {CardLineTooLong.WordLimit} words", page);
        var limits = new OnePageLimits();
        Assert.Contains(
            $"more than {limits.MatrixStories} stories for the matrix, "
                + $"{limits.CheatsheetStories} for the cheat sheet",
            page
        );
        Assert.Contains($"the first {limits.CheatsheetPrinciples} principles", page);
        // The cheat sheet prints every key number its reminder does not say: its template cuts none.
        var template = File.ReadAllText(Path.Combine(RepoPaths.Templates, "_cheatsheet_page.sbn"));
        Assert.Contains("for number in line.numbers }}", template);
        Assert.DoesNotContain("array.limit", template);
    }

    [GeneratedRegex(@"(?m)^\| (?<names>`[^|]+) \|")]
    private static partial Regex TableNames();

    [GeneratedRegex("`([a-z_]+)`")]
    private static partial Regex CodeName();
}
