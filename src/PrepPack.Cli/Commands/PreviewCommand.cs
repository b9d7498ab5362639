using System.CommandLine;
using PrepPack.Layout.Pdf;
using PrepPack.Pipeline;
using PrepPack.Preview;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack preview OUTPUT</c>: makes one PDF output and draws its pages as PNG files, to look at without a
/// PDF viewer.</summary>
internal static class PreviewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("OUTPUT")
        {
            Description = "The PDF output to draw, as build --only names it: cheatsheet, cards.pdf, binder…",
        };
        var inputs = new BuildInputs();
        var page = new Option<int?>("--page", "-p")
        {
            Description = "Draw only this page (the first is 1); all pages when left out.",
            HelpName = "N",
        };
        var dpi = new Option<int>("--dpi")
        {
            Description = $"Pixels per inch of paper, from {PageRaster.LeastDpi} to {PageRaster.MostDpi}.",
            DefaultValueFactory = _ => 100,
            HelpName = "N",
        };
        page.Validators.Add(result =>
        {
            // The page count is known only once the output is made; below 1 is wrong for any.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, out var n) && n < 1)
                result.AddError($"--page is {n}, but pages count from 1: '--page 1' draws the first.");
        });
        dpi.Validators.Add(result =>
        {
            // Read from the word given: a value that is no whole number is already reported as one, and asking for it
            // would throw.
            if (
                result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, out var n)
                && n is < PageRaster.LeastDpi or > PageRaster.MostDpi
            )
                result.AddError(
                    $"--dpi is {n}, but it must be from {PageRaster.LeastDpi} to {PageRaster.MostDpi}; 100 shows a "
                        + "page at about its size on a screen."
                );
        });
        var command = new Command(
            "preview",
            $"Make one PDF output, then draw its pages as PNG files in the output folder's {PackPreview.Folder}/ "
                + "folder."
        )
        {
            name,
            inputs.Content,
            inputs.Templates,
            inputs.Output,
            inputs.Framework,
            page,
            dpi,
        };
        command.SetAction(parse =>
        {
            if (inputs.Options(parse, "preview", output, error, verbose: false) is not { } options)
                return ExitCodes.UsageError;
            var report = Progress.While(Terminal.Of(output), "Drawing the pages…", _ =>
                PackPreview.Make(options, parse.GetValue(name)!, parse.GetValue(page), parse.GetValue(dpi))
            );
            if (report.Build.UnknownOutputs.Count > 0)
                return OnlyOption.Unknown(report.Build, error, "preview");
            switch (report.Refusal)
            {
                case PreviewRefusal.WordFile:
                    return UsageError.Report(
                        error,
                        "preview",
                        $"{report.File} is a Word file, and preview draws PDF outputs only: Word lays out a .docx's "
                            + "pages itself. Open it in Word or LibreOffice."
                    );
                case PreviewRefusal.NoSuchPage:
                    return UsageError.Report(
                        error,
                        "preview",
                        $"{report.File} has {Pages(report.PageCount)}, so --page must be from 1 to {report.PageCount}."
                    );
            }
            DiagnosticPrinter.Print(output, report.Build.Diagnostics);
            foreach (var drawn in report.Pages)
                output.WriteLine(
                    $"  {Path.GetRelativePath(Environment.CurrentDirectory, drawn.Path)}  page {drawn.Page}  "
                        + $"{drawn.Width} x {drawn.Height} px"
                );
            if (!report.Build.Succeeded)
                DiagnosticPrinter.PrintSummary(
                    output,
                    report.Build.Diagnostics,
                    $"{report.Build.FilesRead} content files; nothing was drawn"
                );
            return report.Build.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }

    private static string Pages(int n) => n == 1 ? "1 page" : $"{n} pages";
}
