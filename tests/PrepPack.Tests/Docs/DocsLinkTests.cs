using PrepPack.Tests.Support;

namespace PrepPack.Tests.Docs;

/// <summary>The README and the pages in docs/ lead where they say, and the README stays short.</summary>
public class DocsLinkTests
{
    public static TheoryData<string> Pages =>
        [
            "README.md",
            .. Directory
                .EnumerateFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md")
                .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal),
        ];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_link_of_a_page_leads_to_a_file_and_heading_that_exist(string page)
    {
        var path = Path.Combine(RepoPaths.Root, page);
        var broken = new List<string>();
        foreach (var target in MarkdownLinks.Targets(File.ReadAllText(path)))
        {
            if (IsElsewhere(target))
                continue;
            var hash = target.IndexOf('#');
            var file = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var full = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
            if (!File.Exists(full) && !Directory.Exists(full))
                broken.Add($"{target}: no file {file}");
            else if (anchor is not null && !MarkdownLinks.Anchors(File.ReadAllText(full)).Contains(anchor))
                broken.Add($"{target}: no heading #{anchor} in {Path.GetFileName(full)}");
        }
        Assert.True(broken.Count == 0, $"{page} has broken links:\n" + string.Join("\n", broken));
    }

    private static bool IsElsewhere(string target) =>
        target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal);

    [Fact]
    public void A_page_links_to_its_headings_by_the_anchors_GitHub_gives_them()
    {
        const string page =
            "# Set up\n## Install the `preppack` command\n## Why? Because: *this*\n## Set up\n" + "[a](#set-up-1)\n";
        string[] anchors = ["set-up", "install-the-preppack-command", "why-because-this", "set-up-1"];
        Assert.True(MarkdownLinks.Anchors(page).SetEquals(anchors));
        const string code = "`[b](#code)`\n\n    [c](#indented)\n<https://example.com>\n";
        Assert.Equal(["#set-up-1"], MarkdownLinks.Targets(page + code));
    }

    [Fact]
    public void The_README_is_short_enough_to_read_in_five_minutes()
    {
        var bytes = new FileInfo(Path.Combine(RepoPaths.Root, "README.md")).Length;
        Assert.True(
            bytes < 15 * 1024,
            $"README.md is {bytes / 1024.0:0.0} KB; keep it under 15 KB and move the detail into docs/."
        );
    }

    [Fact]
    public void The_README_links_to_every_page_in_docs()
    {
        var readme = MarkdownLinks.Targets(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")));
        foreach (var page in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md"))
            Assert.Contains(readme, t => t.Split('#')[0] == $"docs/{Path.GetFileName(page)}");
    }
}
