using PrepPack.Layout.Text;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Layout;

public class FaceChooserTests
{
    [Fact]
    public void Two_equal_family_lists_built_separately_share_one_cache_entry()
    {
        var chooser = new FaceChooser(Typesetting.Fonts, new IgnoreGlyphs());
        var first = chooser.FacesOf(
            new TextStyle
            {
                Families = new List<string> { "DejaVu Serif", "DejaVu Sans" },
            }
        );
        var second = chooser.FacesOf(new TextStyle { Families = new[] { "DejaVu Serif", "DejaVu Sans" } });
        Assert.Same(first, second);
        Assert.Equal(1, chooser.CachedStyles);
    }

    [Fact]
    public void Families_in_another_order_or_weight_are_other_entries()
    {
        var chooser = new FaceChooser(Typesetting.Fonts, new IgnoreGlyphs());
        chooser.FacesOf(new TextStyle { Families = ["DejaVu Serif", "DejaVu Sans"] });
        chooser.FacesOf(new TextStyle { Families = ["DejaVu Sans", "DejaVu Serif"] });
        chooser.FacesOf(new TextStyle { Families = ["DejaVu Serif", "DejaVu Sans"], Bold = true });
        Assert.Equal(3, chooser.CachedStyles);
    }

    private sealed class IgnoreGlyphs : IGlyphReporter
    {
        public void MissingGlyph(int codePoint, object? origin) { }
    }
}
