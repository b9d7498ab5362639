using PrepPack.Cli;
using PrepPack.Tests.Support;
using SkiaSharp;

namespace PrepPack.Tests.Cli;

/// <summary><c>preppack preview</c>: a PDF output's pages as PNG files in the output folder.</summary>
public class PreviewCommandTests
{
    private static (int Exit, string Out, string Err) Preview(PackWorkspace ws, params string[] more) =>
        Support.Cli.Run(["preview", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Output, .. more]);

    /// <summary>The share of pixels that are not near white: 0 for a blank page.</summary>
    private static double Inked(SKBitmap bitmap)
    {
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y++)
        for (var x = 0; x < bitmap.Width; x++)
        {
            var pixel = bitmap.GetPixel(x, y);
            if (pixel.Red + pixel.Green + pixel.Blue < 3 * 200)
                inked++;
        }
        return inked / (double)(bitmap.Width * bitmap.Height);
    }

    [Fact]
    public void A_bank_started_by_init_is_previewed_with_the_built_in_templates_as_build_would_use()
    {
        using var folder = new TempFolder();
        Support.Cli.Run("init", folder.Path);
        var (exit, output, error) = Support.Cli.Run(
            "preview",
            "cheatsheet",
            "--content",
            folder.Combine("content"),
            "--out",
            folder.Combine("output"),
            "--dpi",
            "20"
        );

        Assert.True(exit == ExitCodes.Success, output + error);
        Assert.True(File.Exists(folder.Combine("output", "preview", "cheatsheet-1.png")), output);
    }

    [Fact]
    public void A_page_is_drawn_at_the_page_size_times_the_resolution_and_is_not_blank()
    {
        using var ws = new PackWorkspace();
        var (exit, output, _) = Preview(ws, "matrix", "--dpi", "50");

        Assert.Equal(ExitCodes.Success, exit);
        var png = Path.Combine(ws.Output, "preview", "matrix-1.png");
        Assert.Contains("matrix-1.png  page 1  550 x 425 px", output);
        using var bitmap = SKBitmap.Decode(png);
        // The matrix is a landscape letter page: 11 in x 8.5 in.
        Assert.Equal((550, 425), (bitmap.Width, bitmap.Height));
        Assert.InRange(Inked(bitmap), 0.005, 0.5);
    }

    [Fact]
    public void Every_page_is_drawn_numbered_so_the_files_sort_in_page_order()
    {
        using var ws = new PackWorkspace();
        var (exit, _, _) = Preview(ws, "binder.pdf", "--dpi", "20");

        Assert.Equal(ExitCodes.Success, exit);
        using var binder = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("binder.pdf")));
        var expected = Enumerable
            .Range(1, binder.NumberOfPages)
            .Select(n => $"binder-{n.ToString().PadLeft(binder.NumberOfPages.ToString().Length, '0')}.png");
        Assert.Equal(
            expected,
            Directory
                .EnumerateFiles(Path.Combine(ws.Output, "preview"))
                .Select(Path.GetFileName)
                .Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void One_page_asked_for_is_the_only_one_drawn_and_its_text_is_where_the_pdf_has_it()
    {
        using var ws = new PackWorkspace();
        Assert.Equal(ExitCodes.Success, Preview(ws, "cards", "--page", "2", "--dpi", "72").Exit);

        var drawn = Directory.EnumerateFiles(Path.Combine(ws.Output, "preview")).Select(Path.GetFileName).ToList();
        Assert.Equal(["cards-2.png"], drawn);
        using var bitmap = SKBitmap.Decode(Path.Combine(ws.Output, "preview", "cards-2.png"));
        using var cards = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cards.pdf")));
        var page = cards.GetPage(2);
        // At 72 dpi a pixel is a point: the first letter of the page's text is drawn where the PDF puts it.
        var letter = page.Letters.First(l => !string.IsNullOrWhiteSpace(l.Value));
        var (left, top) = ((int)letter.BoundingBox.Left, (int)(page.Height - letter.BoundingBox.Top));
        var box = Enumerable
            .Range(top, (int)letter.BoundingBox.Height + 1)
            .SelectMany(y =>
                Enumerable.Range(left, (int)letter.BoundingBox.Width + 1).Select(x => bitmap.GetPixel(x, y))
            );
        Assert.Contains(box, p => p.Red + p.Green + p.Blue < 3 * 160);
    }

    [Fact]
    public void Pages_of_an_earlier_longer_preview_of_the_same_output_are_removed()
    {
        using var ws = new PackWorkspace();
        Directory.CreateDirectory(Path.Combine(ws.Output, "preview"));
        File.WriteAllBytes(Path.Combine(ws.Output, "preview", "cheatsheet-7.png"), [1]);
        File.WriteAllBytes(Path.Combine(ws.Output, "preview", "cheatsheet-notes.png"), [1]);

        Assert.Equal(ExitCodes.Success, Preview(ws, "cheatsheet", "--dpi", "20").Exit);

        Assert.Equal(
            ["cheatsheet-1.png", "cheatsheet-notes.png"],
            Directory
                .EnumerateFiles(Path.Combine(ws.Output, "preview"))
                .Select(Path.GetFileName)
                .Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void A_preview_makes_the_pdf_it_draws_so_the_output_folder_holds_it_too()
    {
        using var ws = new PackWorkspace();
        Assert.Equal(ExitCodes.Success, Preview(ws, "tmay", "--dpi", "20").Exit);
        Assert.True(File.Exists(ws.OutputFile("tmay.pdf")));
        Assert.False(File.Exists(ws.OutputFile("cards.pdf")));
    }

    [Fact]
    public void A_preview_of_content_with_errors_draws_nothing_and_exits_one()
    {
        using var ws = new PackWorkspace("unknown-field");
        var (exit, output, _) = Preview(ws, "cheatsheet");
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("error PP0103", output);
        Assert.False(Directory.Exists(Path.Combine(ws.Output, "preview")));
    }
}
