using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>The sample matrix printed in black and white: cells that differ in colour still differ.</summary>
public class GreyPrintTests(SamplePack pack) : IClassFixture<SamplePack>
{
    /// <summary>CIE L* of an sRGB colour, 0 to 100: the grey a black-and-white printer makes of it.</summary>
    private static double Lightness(double r, double g, double b)
    {
        static double Linear(double v) => v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        var y = 0.2126 * Linear(r) + 0.7152 * Linear(g) + 0.0722 * Linear(b);
        return y <= 216.0 / 24389 ? y * 24389 / 27 : 116 * Math.Cbrt(y) - 16;
    }

    /// <summary>The theme's table header colour, #e6edf7.</summary>
    private const string Header = "0.902 0.929 0.969";

    [Theory]
    [InlineData("matrix.pdf")]
    [InlineData("binder.pdf")]
    public void Matrix_cells_that_differ_in_colour_differ_in_lightness(string file)
    {
        using var pdf = PdfInspection.Open(pack.Read(file));
        // The matrix is the landscape page; its header row is told apart by its place and its bold type.
        var fills = pdf.GetPages()
            .Where(p => p.Width > p.Height)
            .SelectMany(p => p.Paths)
            .Where(p => p.IsFilled && p.FillColor is not null)
            .Select(p => p.FillColor!.ToRGBValues())
            .Select(c => (Colour: $"{c.r:0.000} {c.g:0.000} {c.b:0.000}", L: Lightness(c.r, c.g, c.b)))
            .Where(c => c.Colour != Header)
            .Distinct()
            .ToList();
        // The matrix scores are tinted strong, middling and weak: three colours at least.
        Assert.True(fills.Count >= 3, $"{file} fills {fills.Count} colours.");
        foreach (var a in fills)
        foreach (var b in fills.Where(b => b.Colour != a.Colour))
            Assert.True(
                Math.Abs(a.L - b.L) >= 5,
                $"{file}: fills {a.Colour} and {b.Colour} print as greys {a.L:0.0} and {b.L:0.0}."
            );
    }
}
