using PrepPack.Tests.Support;
using UglyToad.PdfPig.Tokens;

namespace PrepPack.Tests.Pdf;

/// <summary>Pages share what they have in common through the page tree: their fonts, and the paper most of them
/// are printed on; a page on other paper says its own.</summary>
public class PageTreeTests(SamplePack pack) : IClassFixture<SamplePack>
{
    [Fact]
    public void The_binders_pages_inherit_fonts_and_paper_and_only_the_landscape_page_names_its_own()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var tree = (DictionaryToken)PdfStructure.Get(pdf, pdf.Structure.Catalog.CatalogDictionary, "Pages")!;
        Assert.IsType<DictionaryToken>(PdfStructure.Get(pdf, tree, "Resources"));
        var paper = (ArrayToken)PdfStructure.Get(pdf, tree, "MediaBox")!;
        Assert.Equal([0.0, 0, 612, 792], paper.Data.Select(t => ((NumericToken)t).Double));
        var pages = Enumerable.Range(1, pdf.NumberOfPages).Select(n => pdf.GetPage(n)).ToList();
        Assert.All(pages, page => Assert.False(page.Dictionary.Data.ContainsKey("Resources")));
        var own = pages.Where(page => page.Dictionary.Data.ContainsKey("MediaBox"));
        Assert.Equal([(792.0, 612.0)], own.Select(page => (page.Width, page.Height)));
        // The fonts are found through the tree: every page's words read back.
        Assert.All(pages, page => Assert.NotEmpty(page.Letters));
    }
}
