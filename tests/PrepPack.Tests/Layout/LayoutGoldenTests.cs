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
}
