using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>A story card's foot line keeps clear of its last bullet, at every card size.</summary>
public class CardFootSpaceTests
{
    [Theory]
    [InlineData("3x5")]
    [InlineData("4x6")]
    [InlineData("5x8")]
    public void A_blank_line_of_the_cards_type_stands_between_the_last_bullet_and_the_foot(string size)
    {
        using var ws = new PackWorkspace();
        ws.Edit(Path.Combine(ws.Templates, "theme.yaml"), t => t.Replace("  size: 4x6\n", $"  size: {size}\n"));
        ws.Build();
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cards.pdf")));
        var longSide = int.Parse(size[2..]) * 72;
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(longSide, Math.Max(page.Width, page.Height), 0.5);
            var lines = page
                .Letters.Where(l => l.Value.Trim().Length > 0)
                .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
                .OrderBy(g => g.Key)
                .ToList();
            var foot = lines[0];
            var bullet = lines[1];
            var type = bullet.Max(l => l.PointSize);
            var space = bullet.Key - foot.Max(l => l.BoundingBox.Top);
            Assert.True(
                space >= type * 1.3 - 0.1,
                $"{size} card page {page.Number}: {space:0.0} pt between the last bullet and the foot, under a line "
                    + $"of {type:0.0} pt type."
            );
        }
    }
}
