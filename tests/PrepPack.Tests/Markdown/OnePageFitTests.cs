using PrepPack.Markdown;

namespace PrepPack.Tests.Markdown;

/// <summary>
/// The search for the largest scale at which content fits one page, started from a guess, stops at the scale the
/// halving search stops at, in fewer tries when the guess is near.
/// </summary>
public class OnePageFitTests
{
    /// <summary>Content that fits at a scale fits at every smaller one: it fits up to a last scale.</summary>
    private static Func<float, bool> FitsUpTo(float last, List<float> tries) =>
        scale =>
        {
            tries.Add(scale);
            return scale <= last;
        };

    private static IEnumerable<float> Points(float floor) =>
        Enumerable.Range(0, 129).Select(i => OnePageFit.Point(i, floor));

    [Theory]
    [InlineData(0.6f)]
    [InlineData(0.75f)]
    [InlineData(0.3f)]
    public void A_guessed_search_finds_the_scale_the_halving_search_finds_wherever_it_starts(float floor)
    {
        // Every place content can stop fitting: between two points of the search, below the floor, above whole size.
        var lasts = Points(floor).Prepend(floor - 0.01f).Append(1.5f).ToList();
        var guesses = Points(floor).Concat([floor - 0.2f, 0f, 1f, 2f]).ToList();
        foreach (var last in lasts)
        {
            var expected = OnePageFit.Search(FitsUpTo(last, []), floor);
            foreach (var guess in guesses)
                Assert.Equal(expected, OnePageFit.Search(FitsUpTo(last, []), floor, guess));
        }
    }

    [Fact]
    public void The_points_tried_are_the_scales_the_halving_search_tries()
    {
        const float floor = 0.6f;
        var halving = new HashSet<float>();
        foreach (var last in Points(floor))
        {
            var tries = new List<float>();
            OnePageFit.Search(FitsUpTo(last, tries), floor);
            halving.UnionWith(tries);
        }
        Assert.Equal(halving.Order(), Points(floor).Distinct().Order());
        foreach (var last in Points(floor).Prepend(0f))
        foreach (var guess in Points(floor).Prepend(0f))
        {
            var tries = new List<float>();
            OnePageFit.Search(FitsUpTo(last, tries), floor, guess);
            Assert.Subset(halving, tries.ToHashSet());
        }
    }

    [Fact]
    public void A_guess_at_the_scale_found_takes_two_tries_where_halving_takes_nine()
    {
        const float floor = 0.6f;
        var last = OnePageFit.Point(93, floor);
        var halving = new List<float>();
        var guessed = new List<float>();
        var (scale, fits) = OnePageFit.Search(FitsUpTo(last, halving), floor);
        Assert.Equal((scale, fits), OnePageFit.Search(FitsUpTo(last, guessed), floor, scale));
        Assert.Equal((last, true), (scale, fits));
        Assert.Equal(9, halving.Count);
        Assert.Equal(2, guessed.Count);
    }
}
