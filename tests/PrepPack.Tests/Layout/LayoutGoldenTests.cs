using PrepPack.Layout.Paging;
using PrepPack.Tests.Support;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Layout;

public class LayoutGoldenTests
{
    [Fact]
    public void The_fixture_with_every_element_lays_out_as_its_golden_dump()
    {
        var result = RenderFixture("every-element.md");
        Golden.Match(LayoutDump.Write(result.Layout!), "Layout", "every-element.layout.txt");
    }

    [Fact]
    public void Tables_that_break_across_small_pages_lay_out_as_their_golden_dump()
    {
        var result = RenderFixture("table-breaks.md");
        Assert.True(result.Layout is not null, string.Join("\n", result.Diagnostics));
        Golden.Match(LayoutDump.Write(result.Layout), "Layout", "table-breaks.layout.txt");
    }
}
