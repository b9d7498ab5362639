using PrepPack.Cli;
using PrepPack.Diagnostics;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>An output that could not be made keeps the build failing, with its error, until it is made.</summary>
public class RepeatedFailureTests
{
    /// <summary>A template whose pages never end: far more pages than the workspace's bank allows.</summary>
    private const string Runaway =
        "---\ntitle: Runaway\n---\n" + "{{~ for i in 1..5000 ~}}\nPage {{ i }}\n\n\\newpage\n\n{{~ end ~}}\n";

    [Fact]
    public void An_output_that_could_not_be_made_fails_again_with_its_error_while_nothing_changes()
    {
        using var ws = new PackWorkspace();
        File.WriteAllText(Path.Combine(ws.Templates, "runaway.sbn"), Runaway);
        var (exit, printed) = Build(ws);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        var error = Assert.Single(Errors(printed));
        Assert.Contains("error PP0405: The document passed", error);

        for (var i = 0; i < 2; i++)
        {
            (exit, printed) = Build(ws);
            Assert.True(exit == ExitCodes.ContentErrors, $"exit {exit} on build {i + 2}:\n{printed}");
            Assert.Equal([error], Errors(printed));
            Assert.Matches(@"runaway\.pdf\s+FAILED", printed);
            Assert.DoesNotContain("no errors", printed);
            Assert.DoesNotContain("No problems", printed);
        }
        Assert.False(File.Exists(ws.OutputFile("runaway.pdf")));
    }

    [Fact]
    public void A_recorded_failure_whose_errors_are_not_known_is_tried_again_rather_than_reported_as_a_success()
    {
        using var ws = new PackWorkspace();
        File.WriteAllText(Path.Combine(ws.Templates, "runaway.sbn"), Runaway);
        Assert.False(ws.Build().Succeeded);
        // A record that lost the errors' severity, as one written before it was kept.
        var manifest = Path.Combine(ws.Output, ".preppack", "manifest.json");
        ws.Edit(manifest, m => m.Replace("\"severity\": \"error\"", "\"severity\": \"warning\""));

        var again = ws.Build();
        Assert.False(again.Succeeded);
        Assert.Contains(again.Diagnostics, d => d.IsError && d.Code == DiagnosticCodes.TooManyPages);
        var runaway = Assert.Single(again.Outputs, o => o.Name == "runaway.pdf");
        Assert.Equal("it could not be made last time", runaway.Reason);
    }

    [Fact]
    public void A_failed_output_fails_the_build_even_when_no_error_is_reported()
    {
        var failed = new BuiltOutput
        {
            Name = "binder.pdf",
            Template = "binder.sbn",
            MarkdownName = "binder",
            Status = OutputStatus.Failed,
        };
        var report = new BuildReport([failed], [], 1);
        Assert.False(report.Succeeded);
    }

    [Fact]
    public void An_output_deleted_after_a_build_is_made_again_by_the_next()
    {
        using var ws = new PackWorkspace();
        Assert.True(ws.Build().Succeeded);
        File.Delete(ws.OutputFile("matrix.pdf"));
        var again = ws.Build();
        Assert.True(again.Succeeded);
        Assert.Equal("matrix.pdf is missing", Assert.Single(again.Outputs, o => o.Name == "matrix.pdf").Reason);
        Assert.True(File.Exists(ws.OutputFile("matrix.pdf")));
    }

    private static (int Exit, string Printed) Build(PackWorkspace ws)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PrepPackCli.Run(
            ["build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Output],
            output,
            error
        );
        return (exit, output + "\n" + error);
    }

    private static List<string> Errors(string printed) =>
        printed.Split('\n').Where(l => l.Contains(": error PP", StringComparison.Ordinal)).ToList();
}
