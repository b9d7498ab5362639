using System.Text.RegularExpressions;
using PrepPack.Markdown;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Markdown;

public class ClassNamesTests
{
    [Fact]
    public void Every_class_and_box_the_templates_and_theme_use_is_in_the_one_list_of_class_names()
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Templates, "*.sbn"))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in Regex.Matches(text, @"\{((?:\s*\.[a-z][a-z-]*)+)\s*\}"))
                used.UnionWith(
                    m.Groups[1].Value.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                );
            foreach (Match m in Regex.Matches(text, @"^:::[ \t]*([a-z][a-z-]*)", RegexOptions.Multiline))
                used.Add(m.Groups[1].Value);
        }
        var theme = Typesetting.Theme;
        used.UnionWith(theme.Boxes.Keys.Where(k => k != "box"));
        used.UnionWith(theme.Cells.Keys);

        Assert.Superset(
            new SortedSet<string> { "small", "center", "unlisted", "cardface", "toc", "high", "star-label" },
            used
        );
        Assert.Empty(used.Except(ClassNames.All));
    }
}
