using System.Text.RegularExpressions;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Architecture;

/// <summary>docs/architecture.md tells contributors the layer order; the layer test holds it.</summary>
public class ArchitecturePageTests
{
    [Fact]
    public void The_architecture_page_lists_the_folders_of_src_PrepPack_in_the_order_the_layer_test_holds()
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));
        var section = page[page.IndexOf("## The folders of src/PrepPack", StringComparison.Ordinal)..];
        var rows = Regex
            .Matches(section, @"^\| \d+ \| (?<folders>[^|]+) \|", RegexOptions.Multiline)
            .Select(m =>
                Regex.Matches(m.Groups["folders"].Value, "`([A-Za-z]+)/`").Select(f => f.Groups[1].Value).ToList()
            )
            .ToList();

        Assert.Equal(Layers.InOrder.Select(l => l.Folders.ToList()).ToList(), rows);
    }
}
