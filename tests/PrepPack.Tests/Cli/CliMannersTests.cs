using System.Text.Json;
using PrepPack.Cli;
using PrepPack.Diagnostics;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Cli;

/// <summary>How preppack behaves at a terminal and in scripts: help, colour, --quiet and --format json.</summary>
public class CliMannersTests
{
    private static string[] Build(PackWorkspace ws, params string[] more) =>
        ["build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Output, .. more];

    private static readonly Diagnostic Error = Diagnostic.Error(
        new SourceLocation("content/stories/a.yaml", 8, 3),
        "PP0103",
        "'impcat' is not a field of scores.",
        "Did you mean 'impact'?"
    );
    private static readonly Diagnostic Warning = Diagnostic.Warning(
        SourceLocation.WholeOf("content/stories"),
        "PP0202",
        "No key numbers."
    );

    [Fact]
    public void Preppack_with_no_arguments_prints_the_help_and_exits_with_the_usage_code_as_the_readme_says()
    {
        var (exit, output, error) = Support.Cli.Run();
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("Usage:", output);
        Assert.Contains("build", output);
        Assert.Equal("", error);
    }

    [Fact]
    public void Help_as_a_word_prints_the_help_of_the_command_named_after_it()
    {
        var (exit, output, _) = Support.Cli.Run("help", "build");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains(" build [options]", output);
        Assert.Contains("--force", output);
        Assert.Contains("Commands:", Support.Cli.Run("help").Out);
    }

    [Theory]
    [InlineData("biuld", "'biuld' is not a command. Did you mean 'build'?")]
    [InlineData("chekc", "'chekc' is not a command. Did you mean 'check'?")]
    [InlineData("pratice", "'pratice' is not a command. Did you mean 'practice'?")]
    [InlineData("templats", "'templats' is not a command. Did you mean 'templates'?")]
    public void A_misspelt_command_is_a_usage_error_that_names_the_closest_command(string typed, string said)
    {
        var (exit, output, error) = Support.Cli.Run(typed);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal("", output);
        Assert.Equal(
            $"preppack: {said}\nRun 'preppack --help' to see the commands and their options.\n",
            error.ReplaceLineEndings("\n")
        );
    }

    [Theory]
    [InlineData("build", "--forse", "--force")]
    [InlineData("check", "--quite", "--quiet")]
    [InlineData("watch", "--verbos", "--verbose")]
    [InlineData("practice", "--framwork", "--framework")]
    [InlineData("export anki", "--otu", "--out")]
    public void A_misspelt_option_is_a_usage_error_that_names_the_closest_option_of_that_command(
        string command,
        string typed,
        string closest
    )
    {
        var (exit, _, error) = Support.Cli.Run([.. command.Split(' '), typed]);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(
            $"preppack: '{typed}' is not an option of 'preppack {command}'. Did you mean '{closest}'?",
            error
        );
        Assert.Contains($"Run 'preppack {command} --help' to see the options.", error);
    }

    [Fact]
    public void An_unknown_word_with_nothing_close_lists_the_commands()
    {
        var (_, _, error) = Support.Cli.Run("frobnicate");
        Assert.Contains("'frobnicate' is not a command. They are: check, build, watch,", error);
    }

    [Fact]
    public void Export_without_a_format_names_anki_and_csv()
    {
        var (exit, output, error) = Support.Cli.Run("export");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal("", output);
        Assert.Contains(
            "preppack: 'preppack export' needs one more word, one of: anki, csv; such as 'preppack export anki'.",
            error
        );
        Assert.DoesNotContain("Required command", error);
    }

    [Fact]
    public void A_build_in_a_folder_with_no_content_suggests_starting_one_with_init()
    {
        using var folder = new TempFolder();
        var (exit, output, _) = Support.Cli.Run(
            "build",
            "--content",
            folder.Combine("content"),
            "--out",
            folder.Combine("output")
        );
        Assert.Equal(ExitCodes.ContentErrors, exit);
        var line = output.Split('\n').Single(l => l.Contains(" PP0001: "));
        Assert.Contains("run 'preppack init'", line);
    }

    [Fact]
    public void A_check_of_an_empty_content_folder_suggests_init()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("content"));
        var (exit, output, _) = Support.Cli.Run("check", "--content", folder.Combine("content"));
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("Run 'preppack init'", output.Split('\n').Single(l => l.Contains(" PP0002: ")));
    }

    [Fact]
    public void Templates_copied_out_twice_say_so_once_naming_the_folder_the_count_and_the_fix()
    {
        using var folder = new TempFolder();
        var into = folder.Combine("templates");
        Assert.Equal(ExitCodes.Success, Support.Cli.Run("templates", "--out", into).Exit);
        var copied = Directory.EnumerateFiles(into, "*", SearchOption.AllDirectories).Count();

        var (exit, output, _) = Support.Cli.Run("templates", "--out", into);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        var line = Assert.Single(output.TrimEnd().Split('\n'));
        Assert.StartsWith(
            $"{into}: error PP0006: {copied} files PrepPack would write in this folder are there already "
                + "(_answer.sbn, ",
            line
        );
        Assert.Contains("nothing was written", line);
        Assert.Contains($"delete or rename the folder {into}", line);
    }

    [Fact]
    public void A_single_file_in_the_way_is_named_on_its_own()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("content"));
        File.WriteAllText(folder.Combine("content", "profile.yaml"), "name: x\n");
        var (exit, output, _) = Support.Cli.Run("init", folder.Path);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.StartsWith(
            $"{folder.Combine("content", "profile.yaml")}: error PP0006: This file is there already",
            output
        );
    }

    /// <summary>A mistake on the command line of any command: exit 2, plain words on the error stream, nothing on the
    /// output.</summary>
    [Theory]
    [InlineData("build --forse")]
    [InlineData("build --out")]
    [InlineData("build --format xml")]
    [InlineData("check --content")]
    [InlineData("watch --bogus")]
    [InlineData("coverage --framework")]
    [InlineData("preview")]
    [InlineData("preview cheatsheet --page x")]
    [InlineData("preview cheatsheet --dpi 5000")]
    [InlineData("preview cheatsheet --dpi 1.5")]
    [InlineData("preview --bogus")]
    [InlineData("init --framework amazn")]
    [InlineData("export")]
    [InlineData("export ankii")]
    [InlineData("export csv extra")]
    [InlineData("init --framework acme")]
    [InlineData("init a b")]
    [InlineData("templates --out")]
    [InlineData("schema --bogus")]
    [InlineData("practice --seed abc")]
    [InlineData("printed --bogus")]
    [InlineData("biuld")]
    [InlineData("--bogus")]
    public void Every_usage_mistake_exits_two_with_a_plain_message_on_the_error_stream_and_where_to_find_help(
        string line
    )
    {
        var (exit, output, error) = Support.Cli.Run(line.Split(' '));
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal("", output);
        var lines = error.TrimEnd().ReplaceLineEndings("\n").Split('\n');
        Assert.StartsWith("preppack: ", lines[0]);
        Assert.Matches(@"^Run 'preppack( [a-z]+)* --help' to see ", lines[^1]);
        foreach (
            var english in new[]
            {
                "Unrecognized command",
                "Required argument missing",
                "Cannot parse argument",
                "Required command was not provided",
                "not recognized. Must be one of",
            }
        )
            Assert.DoesNotContain(english, error);
    }

    [Theory]
    [InlineData(true, null, null, true, true)]
    [InlineData(true, "1", null, false, true)]
    [InlineData(true, "", null, true, true)]
    [InlineData(true, null, "dumb", false, false)]
    [InlineData(false, null, null, false, false)]
    public void Colour_and_progress_are_only_for_a_terminal_and_colour_not_when_NO_COLOR_is_set(
        bool terminal,
        string? noColor,
        string? term,
        bool colour,
        bool progress
    )
    {
        var env = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["TERM"] = term };
        var decided = Terminal.Decide(terminal, name => env.GetValueOrDefault(name), () => true);
        Assert.Equal((colour, progress), (decided.Colour, decided.Interactive));
    }

    [Fact]
    public void A_writer_that_is_not_the_console_is_never_a_terminal()
    {
        Assert.Equal(Terminal.Plain, Terminal.Of(new StringWriter()));
    }

    [Fact]
    public void A_coloured_diagnostic_has_a_red_error_and_cyan_place_and_reads_the_same_without_its_colour()
    {
        var coloured = DiagnosticPrinter.Coloured(Error);
        Assert.Contains("\e[36mcontent/stories/a.yaml(8,3)\e[0m", coloured);
        Assert.Contains("\e[1;31merror PP0103\e[0m", coloured);
        Assert.Contains("\e[33mwarning PP0202\e[0m", DiagnosticPrinter.Coloured(Warning));
        Assert.Equal(Error.ToString(), System.Text.RegularExpressions.Regex.Replace(coloured, "\e\\[[0-9;]*m", ""));
    }

    [Fact]
    public void Diagnostics_printed_to_a_file_or_a_pipe_carry_no_colour_codes()
    {
        using var ws = new PackWorkspace("percent-disagrees");
        var (_, output, _) = Support.Cli.Run(Build(ws));
        Assert.Contains("warning PP0225", output);
        Assert.DoesNotContain("\e[", output);
    }

    [Fact]
    public void A_quiet_build_that_goes_well_prints_nothing()
    {
        using var ws = new PackWorkspace("percent-disagrees");
        var (exit, output, error) = Support.Cli.Run(Build(ws, "--quiet"));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", output + error);
    }

    [Fact]
    public void A_quiet_check_prints_only_the_errors_and_the_line_that_counts_them()
    {
        // A warning in alpha, an error in beta.
        using var ws = new PackWorkspace("percent-disagrees");
        ws.Edit(Path.Combine(ws.Content, "stories", "beta.yaml"), t => t.Replace("  impact:", "  impcat:"));
        Assert.Contains("warning PP0225", Support.Cli.Run("check", "--content", ws.Content).Out);

        var (exit, output, _) = Support.Cli.Run("check", "--content", ws.Content, "-q");

        Assert.Equal(ExitCodes.ContentErrors, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("beta.yaml", lines[0]);
        Assert.Contains(": error PP0103: 'impcat'", lines[0]);
        Assert.Matches(@"^1 error in \d+ files\.$", lines[1]);
    }

    [Fact]
    public void A_quiet_check_leaves_out_warnings_that_a_full_check_prints()
    {
        using var ws = new PackWorkspace("percent-disagrees");
        Assert.Contains("warning PP0225", Support.Cli.Run("check", "--content", ws.Content).Out);
        Assert.Equal("", Support.Cli.Run("check", "--content", ws.Content, "--quiet").Out);
    }

    [Fact]
    public void Json_from_build_is_one_document_with_each_diagnostic_its_place_and_a_summary()
    {
        using var ws = new PackWorkspace("percent-disagrees");
        var (exit, output, _) = Support.Cli.Run(Build(ws, "--format", "json"));

        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("build", root.GetProperty("command").GetString());
        var diagnostic = root.GetProperty("diagnostics")
            .EnumerateArray()
            .Single(d => d.GetProperty("code").GetString() == "PP0225");
        Assert.EndsWith("alpha.yaml", diagnostic.GetProperty("file").GetString());
        Assert.Equal(15, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(3, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.StartsWith("'50%' does not match", diagnostic.GetProperty("message").GetString());
        Assert.False(string.IsNullOrEmpty(diagnostic.GetProperty("hint").GetString()));
        var summary = root.GetProperty("summary");
        Assert.True(summary.GetProperty("succeeded").GetBoolean());
        Assert.Equal(
            (0, 1, 9),
            (
                summary.GetProperty("errors").GetInt32(),
                summary.GetProperty("warnings").GetInt32(),
                summary.GetProperty("rebuilt").GetInt32()
            )
        );
        Assert.Contains(root.GetProperty("outputs").EnumerateArray(), o =>
            o.GetProperty("name").GetString() == "cards.pdf" && o.GetProperty("status").GetString() == "written"
        );
    }

    [Fact]
    public void Json_from_check_with_errors_says_it_did_not_succeed_and_exits_one()
    {
        using var ws = new PackWorkspace("unknown-field");
        var (exit, output, _) = Support.Cli.Run("check", "--content", ws.Content, "--format", "json");

        Assert.Equal(ExitCodes.ContentErrors, exit);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("summary").GetProperty("succeeded").GetBoolean());
        var error = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal(
            ("error", "PP0103"),
            (error.GetProperty("severity").GetString(), error.GetProperty("code").GetString())
        );
    }

    [Fact]
    public void Json_gives_an_editor_the_range_of_the_word_at_fault()
    {
        using var ws = new PackWorkspace("unknown-field");
        var (_, output, _) = Support.Cli.Run("check", "--content", ws.Content, "--format", "json");

        var error = JsonDocument.Parse(output).RootElement.GetProperty("diagnostics").EnumerateArray().Single();
        // "  impcat: 5": the misspelt key, from its first letter to just after its last.
        Assert.Equal(
            (6, 3, 6, 9),
            (
                error.GetProperty("line").GetInt32(),
                error.GetProperty("column").GetInt32(),
                error.GetProperty("endLine").GetInt32(),
                error.GetProperty("endColumn").GetInt32()
            )
        );
    }

    [Fact]
    public void A_diagnostic_about_a_whole_file_has_no_line_in_json()
    {
        var output = new StringWriter();
        JsonReport.Check(output, [Warning], 3);
        var diagnostic = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("diagnostics")[0];
        Assert.Equal(JsonValueKind.Null, diagnostic.GetProperty("line").ValueKind);
        Assert.Equal(JsonValueKind.Null, diagnostic.GetProperty("endLine").ValueKind);
        Assert.Equal(JsonValueKind.Null, diagnostic.GetProperty("endColumn").ValueKind);
        Assert.Equal(JsonValueKind.Null, diagnostic.GetProperty("hint").ValueKind);
    }

    [Fact]
    public void A_build_tells_how_far_it_is_after_each_output()
    {
        using var ws = new PackWorkspace();
        var steps = new System.Collections.Concurrent.ConcurrentBag<PrepPack.Pipeline.BuildProgress>();
        PrepPack.Pipeline.PackBuilder.Build(
            new PrepPack.Pipeline.BuildOptions(ws.Content, ws.Templates, ws.Output) { Progress = steps.Add }
        );
        Assert.Equal(Enumerable.Range(1, 9), steps.Select(s => s.Done).Order());
        Assert.All(steps, s => Assert.Equal(9, s.Total));
        Assert.Contains(steps, s => s.Output == "cheatsheet.pdf");
    }
}
