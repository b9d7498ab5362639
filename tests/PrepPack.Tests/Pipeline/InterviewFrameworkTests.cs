using PrepPack.Cli;
using PrepPack.Diagnostics;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>
/// Which framework the cheat sheet shows: <c>--framework</c>, else the theme's <c>interview:</c>,
/// else the bank's only one; switching it rebuilds the cheat sheet and the binder's copy, and nothing else.
/// </summary>
public class InterviewFrameworkTests
{
    /// <summary>The minimal bank with a second framework, zeta, whose one principle only beta shows.</summary>
    private static PackWorkspace WithZeta()
    {
        var ws = new PackWorkspace();
        File.WriteAllText(
            Path.Combine(ws.Content, "frameworks", "zeta.yaml"),
            "id: zeta\ncompany: Zeta\nname: Zeta ways\nprinciples:\n  - id: candour\n    name: Candour\n    "
                + "emphasise: Say it first.\n    primary: beta\n"
        );
        ws.Edit(Path.Combine(ws.Content, "stories", "beta.yaml"), t =>
            t.Replace("principles:\n", "principles:\n  zeta: [candour]\n")
        );
        return ws;
    }

    private static BuildReport Build(PackWorkspace ws, string? framework = null) =>
        PackBuilder.Build(new BuildOptions(ws.Content, ws.Templates, ws.Output) { Framework = framework });

    private static string CheatSheet(PackWorkspace ws, string name = "cheatsheet.pdf")
    {
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile(name)));
        Assert.Equal(1, pdf.NumberOfPages);
        return PdfText.Of(pdf.GetPage(1));
    }

    private static void SetTheme(PackWorkspace ws, string interview) =>
        ws.Edit(Path.Combine(ws.Templates, "theme.yaml"), t => t.Replace("interview:\n  framework: acme\n", interview));

    [Fact]
    public void The_framework_option_goes_over_the_theme_and_the_cheat_sheet_shows_its_principles_with_their_marks()
    {
        using var ws = WithZeta();
        Assert.True(Build(ws).Succeeded);
        Assert.Contains("Acme: primary / backup story for each principle", CheatSheet(ws));

        var report = Build(ws, "zeta");
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var sheet = CheatSheet(ws);
        Assert.Contains("Zeta: primary / backup story for each principle", sheet);
        Assert.Contains("Candour — thin: Beta failure (no backup yet)", sheet);
        Assert.DoesNotContain("Acme", sheet);
    }

    [Fact]
    public void Switching_the_framework_rebuilds_the_cheat_sheet_and_the_binder_saying_why_and_nothing_else()
    {
        using var ws = WithZeta();
        Build(ws);

        var switched = Build(ws, "zeta");
        var rebuilt = switched
            .Outputs.Where(o => o.Status is OutputStatus.Written or OutputStatus.Unchanged)
            .Select(o => o.Name)
            .Order();
        Assert.Equal(["binder.pdf", "cheatsheet.pdf"], rebuilt);
        Assert.All(switched.Outputs.Where(o => rebuilt.Contains(o.Name)), o =>
            Assert.Equal("the interview is now for the framework 'zeta'", o.Reason)
        );
        Assert.All(switched.Outputs.Where(o => !rebuilt.Contains(o.Name)), o =>
            Assert.Equal(OutputStatus.UpToDate, o.Status)
        );

        Assert.All(Build(ws, "zeta").Outputs, o => Assert.Equal(OutputStatus.UpToDate, o.Status));

        var back = Build(ws);
        Assert.Equal(
            ["binder.pdf", "cheatsheet.pdf"],
            back.Outputs.Where(o => o.Status != OutputStatus.UpToDate).Select(o => o.Name).Order()
        );
        Assert.Contains("Acme: primary / backup story for each principle", CheatSheet(ws));
    }

    [Fact]
    public void With_several_frameworks_and_none_chosen_each_framework_gets_a_cheat_sheet_of_its_own()
    {
        using var ws = WithZeta();
        SetTheme(ws, "");
        var report = Build(ws);
        Assert.Empty(report.Diagnostics);
        Assert.Contains("Acme: primary / backup story for each principle", CheatSheet(ws, "cheatsheet-acme.pdf"));
        var zeta = CheatSheet(ws, "cheatsheet-zeta.pdf");
        Assert.Contains("Zeta: primary / backup story for each principle", zeta);
        Assert.DoesNotContain("Acme:", zeta);
        Assert.False(File.Exists(ws.OutputFile("cheatsheet.pdf")));
    }

    [Fact]
    public void Choosing_a_framework_after_a_cheat_sheet_per_framework_makes_one_cheat_sheet_and_removes_the_others()
    {
        using var ws = WithZeta();
        SetTheme(ws, "");
        Build(ws);

        var chosen = Build(ws, "zeta");

        Assert.Equal(
            ["cheatsheet-acme.pdf", "cheatsheet-zeta.pdf"],
            chosen.Outputs.Where(o => o.Status == OutputStatus.Removed).Select(o => o.Name).Order()
        );
        Assert.False(File.Exists(ws.OutputFile("cheatsheet-acme.pdf")));
        Assert.Contains("Zeta: primary / backup story for each principle", CheatSheet(ws));
        Assert.All(Build(ws, "zeta").Outputs, o => Assert.Equal(OutputStatus.UpToDate, o.Status));
    }

    [Fact]
    public void With_one_framework_and_none_chosen_the_cheat_sheet_shows_that_one()
    {
        using var ws = new PackWorkspace();
        SetTheme(ws, "");
        Assert.Empty(Build(ws).Diagnostics);
        Assert.Contains("Acme: primary / backup story for each principle", CheatSheet(ws));
    }

    [Fact]
    public void A_theme_framework_the_bank_lacks_is_a_warning_at_its_line_kept_for_builds_with_nothing_to_do()
    {
        using var ws = WithZeta();
        SetTheme(ws, "interview:\n  framework: zetta\n");
        foreach (var report in new[] { Build(ws), Build(ws) })
        {
            Assert.True(report.Succeeded);
            var warning = Assert.Single(report.Diagnostics);
            Assert.Equal(
                (DiagnosticCodes.UnknownInterviewFramework, DiagnosticSeverity.Warning),
                (warning.Code, warning.Severity)
            );
            Assert.Equal(
                (Path.Combine(ws.Templates, "theme.yaml"), 87, 14),
                (warning.File, warning.Line, warning.Column)
            );
            Assert.Equal("Did you mean 'zeta'?", warning.Hint);
            Assert.EndsWith("so a cheat sheet is made for each framework.", warning.Message);
        }
        Assert.Contains("Zeta: primary / backup story for each principle", CheatSheet(ws, "cheatsheet-zeta.pdf"));
    }

    [Fact]
    public void An_unknown_framework_option_given_to_the_library_is_an_error_and_nothing_is_written()
    {
        using var ws = new PackWorkspace();
        var report = Build(ws, "acne");
        var error = Assert.Single(report.Diagnostics);
        Assert.Equal(
            (DiagnosticCodes.UnknownInterviewFramework, DiagnosticSeverity.Error),
            (error.Code, error.Severity)
        );
        Assert.Equal("There is no framework 'acne' for --framework.", error.Message);
        Assert.Equal("Did you mean 'acme'?", error.Hint);
        Assert.False(Directory.Exists(ws.Output));
    }

    [Fact]
    public void The_build_command_takes_the_framework_and_an_unknown_one_exits_two_with_the_closest()
    {
        using var ws = WithZeta();
        var (output, error) = (new StringWriter(), new StringWriter());
        var args = new[]
        {
            "build",
            "--content",
            ws.Content,
            "--templates",
            ws.Templates,
            "--out",
            ws.Output,
            "--framework",
        };
        Assert.Equal(ExitCodes.UsageError, PrepPackCli.Run([.. args, "zta"], output, error));
        Assert.Equal(
            "preppack: there is no framework 'zta'. Did you mean 'zeta'?\nRun 'preppack build --help' to see the "
                + "options.\n",
            error.ToString().ReplaceLineEndings("\n")
        );
        Assert.False(Directory.Exists(ws.Output));

        Assert.Equal(ExitCodes.Success, PrepPackCli.Run([.. args, "zeta"], output, error));
        Assert.Contains("Zeta: primary / backup story for each principle", CheatSheet(ws));
    }
}
