using PrepPack.Content;
using PrepPack.Layout.Paging;
using PrepPack.Templates;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Templates;

/// <summary>The limits a runaway template is stopped at grow with the story bank, so a large bank
/// is never cut short.</summary>
public class TemplateLimitsTests
{
    [Fact]
    public void A_large_bank_may_have_many_more_pages_than_a_small_one_with_room_for_several_pages_a_story()
    {
        using var folder = new TempFolder();
        LargeBank.Write(folder.Path, 300);
        var large = TemplateLimits.For(StoryBankLoader.Load(folder.Path).Bank!);
        var sample = TemplateLimits.For(StoryBankLoader.Load(RepoPaths.SampleContent).Bank!);

        Assert.True(sample.Pages >= Paginator.LeastPageLimit);
        Assert.True(
            large.Pages >= sample.Pages + 10 * 290,
            $"{large.Pages} pages for 300 stories, {sample.Pages} for the sample"
        );
        Assert.Equal(Paginator.LeastPageLimit, TemplateLimits.Default.Pages);
    }
}
