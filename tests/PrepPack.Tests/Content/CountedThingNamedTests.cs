using PrepPack.Coverage;
using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Content;

/// <summary>Two counts that disagree are named by the thing they count, not by the words around them.</summary>
public class CountedThingNamedTests
{
    [Fact]
    public void Two_counts_that_disagree_are_named_by_what_they_count()
    {
        using var ws = new PackWorkspace();
        var story = Path.Combine(ws.Content, "stories", "alpha.yaml");
        ws.Edit(story, t =>
            t.Replace("result: 5 days to 1.", "result: We let 40 orders out a night.")
                .Replace("result: Reports are 1 day old now, not 5.", "result: We let 55 orders out a night.")
        );

        var warning = Assert.Single(CheckedBank.Load(ws.Content).Diagnostics, d =>
            d.Code == DiagnosticCodes.FiguresDisagree && d.Line == 15
        );

        Assert.StartsWith("The number of orders is '40'", warning.Message);
    }
}
