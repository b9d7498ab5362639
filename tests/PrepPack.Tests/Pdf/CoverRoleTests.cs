using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>The binder's cover names the role the candidate has and the one they want, each whole.</summary>
public class CoverRoleTests(SamplePack pack) : IClassFixture<SamplePack>
{
    [Fact]
    public void The_covers_target_role_stands_whole_on_its_own_line_after_the_arrow()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var lines = pdf.GetPage(1)
            .GetWords()
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))
            .ToList();
        Assert.Contains("Senior Data Engineer, Harbor Mutual", lines);
        Assert.Contains("→ Data Engineer (Product Analytics)", lines);
    }
}
