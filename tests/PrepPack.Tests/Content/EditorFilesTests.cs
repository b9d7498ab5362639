using PrepPack.Content;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Content;

public class EditorFilesTests
{
    [Theory]
    [InlineData(".#story.yaml")]
    [InlineData("#story.yaml#")]
    [InlineData("story.yaml~")]
    [InlineData(".story.yaml.swp")]
    [InlineData(".story.yaml.swo")]
    [InlineData(".story.yaml.swx")]
    [InlineData("4913")]
    [InlineData("story.yaml.tmp")]
    [InlineData(".DS_Store")]
    [InlineData("Thumbs.db")]
    [InlineData("~$story.yaml")]
    public void An_editors_own_file_is_known_by_its_name(string name) =>
        Assert.True(EditorFiles.Holds(Path.Combine("content", "stories", name)));

    [Theory]
    [InlineData("story.yaml")]
    [InlineData("my-story.yml")]
    [InlineData("story#2.yaml")]
    [InlineData("swap.yaml")]
    public void A_users_file_is_not_taken_for_an_editors(string name) =>
        Assert.False(EditorFiles.Holds(Path.Combine("content", "stories", name)));

    [LinuxFact]
    public void An_emacs_lock_to_nothing_and_a_vim_swap_beside_a_story_do_not_stop_check_or_build()
    {
        using var ws = new PackWorkspace();
        var stories = Path.Combine(ws.Content, "stories");
        File.CreateSymbolicLink(Path.Combine(stories, ".#beta.yaml"), "user@host.1234:1700000000");
        File.WriteAllBytes(Path.Combine(stories, ".beta.yaml.swp"), [0, 0, 0, 1]);
        File.WriteAllText(Path.Combine(stories, "~$beta.yaml"), "\0\0");
        File.WriteAllText(Path.Combine(ws.Content, "frameworks", "acme.yaml~"), "not: [yaml");

        var check = StoryBankLoader.Load(ws.Content);
        Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));
        Assert.DoesNotContain(check.Files, f => EditorFiles.Holds(f));
        var build = PackBuilder.Build(new BuildOptions(ws.Content, ws.Templates, ws.Output));
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
    }
}
