using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>How the sample's tables are ruled on paper: a frame, and each boundary between rows or columns ruled
/// once.</summary>
public class TableGridTests(SampleBankPack pack) : IClassFixture<SampleBankPack>
{
    [Theory]
    [InlineData("binder.pdf")]
    [InlineData("tracker.pdf")]
    [InlineData("matrix.pdf")]
    public void Each_boundary_between_rows_or_columns_is_one_line_however_many_cells_it_borders(string file)
    {
        using var pdf = PdfInspection.Open(pack.Read(file));
        var parts = pdf.GetPages().SelectMany(p => PdfTables.Parts(p, BinderPageTests.Grid)).ToList();
        Assert.NotEmpty(parts);
        foreach (var part in parts)
        {
            var columns = part.Rows.Max(r => r.Cells);
            Assert.Equal(part.BodyRows, part.RulesAcross);
            Assert.Equal(columns - 1, part.RulesDown);
            // Every row is split into all the table's columns: the lines down run the whole height.
            Assert.All(part.Rows, r => Assert.Equal(columns, r.Cells));
        }
    }

    [Theory]
    [InlineData("binder.pdf")]
    [InlineData("tracker.pdf")]
    public void No_stretch_of_a_table_grid_is_drawn_twice(string file)
    {
        using var pdf = PdfInspection.Open(pack.Read(file));
        foreach (var page in pdf.GetPages())
        {
            var rules = PdfTables.Rules(page, BinderPageTests.Grid);
            // Lines on the same line of the page, across or down, meet at most at their ends.
            var across = rules
                .Where(r => Math.Abs(r.A.Y - r.B.Y) < 0.01)
                .Select(r => (At: r.A.Y, From: Math.Min(r.A.X, r.B.X), To: Math.Max(r.A.X, r.B.X)));
            var down = rules
                .Where(r => Math.Abs(r.A.X - r.B.X) < 0.01)
                .Select(r => (At: r.A.X, From: Math.Min(r.A.Y, r.B.Y), To: Math.Max(r.A.Y, r.B.Y)));
            foreach (var line in new[] { across, down })
            foreach (var group in line.GroupBy(l => Math.Round(l.At, 1)))
            {
                var spans = group.OrderBy(l => l.From).ToList();
                for (var i = 1; i < spans.Count; i++)
                {
                    var (before, after) = (spans[i - 1], spans[i]);
                    Assert.True(
                        after.From >= before.To - 0.5,
                        $"Page {page.Number} of {file} rules {before.From:0.#}-{before.To:0.#} and "
                            + $"{after.From:0.#}-{after.To:0.#} at {group.Key:0.#}."
                    );
                }
            }
        }
    }

    [Fact]
    public void Cells_side_by_side_in_one_colour_are_filled_as_one_area()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var page = pdf.GetPages().First(p => PdfTables.Parts(p, BinderPageTests.Grid).Any());
        var table = PdfTables.Parts(page, BinderPageTests.Grid)[0];
        // The header row's background is one rectangle as wide as the table, not one a cell.
        var headerFills = page
            .Paths.Where(p => p.IsFilled)
            .SelectMany(p => p)
            .Select(s => s.GetBoundingRectangle())
            .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(r => Math.Abs(r.Top - table.Top) < 0.5)
            .ToList();
        var fill = Assert.Single(headerFills);
        Assert.InRange(fill.Height, table.Rows[0].Height - 0.5, table.Rows[0].Height + 0.5);
    }
}
