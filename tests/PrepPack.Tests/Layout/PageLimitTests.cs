using PrepPack.Diagnostics;
using PrepPack.Layout.Core;
using PrepPack.Layout.Paging;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Layout;

/// <summary>The most pages a document may take is what its maker allows, and passing it is an error,
/// never a shorter document.</summary>
public class PageLimitTests
{
    private static readonly SourceLocation At = new("test.md", 0, 0);

    [Fact]
    public void A_document_within_the_limit_it_is_given_lays_out_every_page()
    {
        // Two lines a page: 40 lines are 20 pages.
        var outcome = new Paginator(Faces, pageLimit: 20).Run(Page(contentHeight: 24), () => Lines(40), At);
        Assert.True(outcome.Succeeded, outcome.Problem?.Message);
        Assert.Equal(20, outcome.Document!.Pages.Count);
        Assert.Equal("line39\nline40", outcome.Document.Pages[^1].PlainText);
    }

    [Fact]
    public void A_document_past_its_limit_is_an_error_naming_the_limit_and_no_pages()
    {
        var outcome = new Paginator(Faces, pageLimit: 19).Run(Page(contentHeight: 24), () => Lines(40), At);
        Assert.Null(outcome.Document);
        Assert.Equal(LayoutProblemKind.TooManyPages, outcome.Problem!.Kind);
        Assert.Equal("The document passed 19 pages without ending.", outcome.Problem.Message);
    }

    [Fact]
    public void Without_a_limit_of_its_own_a_document_has_the_least_one()
    {
        Assert.Equal(Paginator.LeastPageLimit, new Paginator(Faces).PageLimit);
    }
}
