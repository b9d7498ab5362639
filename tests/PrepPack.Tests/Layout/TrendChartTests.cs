using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Text;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Layout;

/// <summary>
/// The chart element: vector lines told apart by dash and marker, labelled axes, kept whole on a page.
/// </summary>
public class TrendChartTests
{
    private static readonly Color Ink = Color.Black;

    private static TrendChart Chart(params ChartSeries[] series) =>
        new(
            ["11-14", "11-15", "11-16"],
            [new ChartPanel("Scores", 1, 5, [(1, "1"), (3, "3"), (5, "5")], series) { Reference = (4, "goal 4") }],
            text => Typesetting.Paragraph(text),
            Ink,
            new Color(200, 200, 200)
        )
        {
            AltText = "Clarity rose from 2.0 to 4.0.",
        };

    private static ChartSeries Series(string name, ChartMarker marker, float[] dash) =>
        new(name, [2f, null, 4f], marker, dash, Ink);

    private static RecordedPage Draw(TrendChart chart, float height = 400)
    {
        var outcome = Typesetting.Paginate(Typesetting.Page(height, 400), chart);
        Assert.True(outcome.Succeeded);
        return Assert.Single(outcome.Document!.Pages);
    }

    [Fact]
    public void A_series_is_one_stroke_between_points_drawn_solid_or_in_its_dash_pattern()
    {
        var solid = Draw(Chart(Series("Solid", ChartMarker.Square, [])));
        var dashed = Draw(Chart(Series("Dashed", ChartMarker.Square, [4, 2])));
        // The missing middle value is passed over: one line joins the first point to the third.
        static List<LineCommand> SeriesLines(RecordedPage page) =>
            page.Commands.OfType<LineCommand>().Where(l => l.Width == 1.2f).ToList();
        foreach (var page in new[] { solid, dashed })
        {
            var longest = SeriesLines(page).Max(l => Length(l));
            Assert.True(longest > 100, $"the line's longest stroke is {longest:0.0} pt");
        }
        Assert.All(SeriesLines(solid), l => Assert.Null(l.Dash));
        // The line and the legend's sample, each from the start of the pattern.
        Assert.All(SeriesLines(dashed), l =>
        {
            Assert.Equal([4f, 2f], l.Dash!);
            Assert.Equal(0, l.Phase);
        });
    }

    [Fact]
    public void Markers_differ_in_shape_so_series_read_apart_without_colour()
    {
        var square = Draw(Chart(Series("A", ChartMarker.Square, [])));
        var circle = Draw(Chart(Series("A", ChartMarker.Circle, [])));
        Assert.Equal(3, square.Commands.OfType<StrokeCommand>().Count()); // two points and the legend's sample
        Assert.Empty(circle.Commands.OfType<StrokeCommand>());
        Assert.True(circle.Commands.OfType<LineCommand>().Count() > square.Commands.OfType<LineCommand>().Count() + 20);
    }

    [Fact]
    public void The_axis_labels_the_title_the_reference_and_the_legend_are_drawn_as_text()
    {
        var page = Draw(Chart(Series("Clarity", ChartMarker.Circle, [])));
        var words = page.Texts.Select(t => t.Text.Text.Trim()).ToList();
        var expected = new HashSet<string> { "Scores", "1", "3", "5", "11-14", "11-16", "Clarity" };
        Assert.Superset(expected, words.ToHashSet());
        Assert.Contains("goal 4", page.PlainText);
    }

    [Fact]
    public void A_chart_taller_than_what_is_left_of_the_page_moves_whole_to_the_next()
    {
        var chart = Chart(Series("Clarity", ChartMarker.Circle, []));
        var outcome = Typesetting.Paginate(Typesetting.Page(400, 400), new Column([Typesetting.Lines(20), chart]));
        Assert.True(outcome.Succeeded);
        Assert.Equal(2, outcome.Document!.Pages.Count);
        Assert.Empty(outcome.Document.Pages[0].Commands.OfType<LineCommand>());
        Assert.Equal("Clarity rose from 2.0 to 4.0.", chart.AltText);
    }

    private static float Length(LineCommand l) => MathF.Sqrt(MathF.Pow(l.X2 - l.X1, 2) + MathF.Pow(l.Y2 - l.Y1, 2));
}
