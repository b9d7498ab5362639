using PrepPack.Cli;
using PrepPack.Cli.Commands;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Cli;

/// <summary>build, watch and preview check their folders and the framework one way: the same
/// refusal, in the same words but for the command's name, before anything is read or drawn.</summary>
public class BuildInputsTests
{
    public static TheoryData<string, string> Refusals =>
        new()
        {
            { "--framework", "amazn" },
            { "--out", "{content}/output" },
            { "--content", "/" },
        };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Build_watch_and_preview_refuse_the_same_inputs_with_the_same_words(string option, string value)
    {
        using var ws = new PackWorkspace();
        var said = new List<string>();
        foreach (var command in new[] { "build", "watch", "preview" })
        {
            string[] args =
            [
                command,
                .. command == "preview" ? ["cards"] : Array.Empty<string>(),
                "--content",
                ws.Content,
                "--templates",
                ws.Templates,
                "--out",
                ws.Output,
                option,
                value.Replace("{content}", ws.Content),
            ];
            var (exit, output, error) = Support.Cli.Run(args);

            Assert.Equal(ExitCodes.UsageError, exit);
            Assert.DoesNotContain("Watching", output);
            Assert.StartsWith("preppack: ", error);
            said.Add(error.Replace($"preppack {command} --help", "preppack COMMAND --help"));
        }
        Assert.Single(said.Distinct());
        Assert.False(Directory.Exists(Path.Combine(ws.Content, "output")), "nothing was written");
    }

    [Theory]
    [InlineData("SOURCE_DATE_EPOCH", "abc", "SOURCE_DATE_EPOCH is 'abc', but it must be a whole number of seconds")]
    [InlineData("SOURCE_DATE_EPOCH", "-5", "SOURCE_DATE_EPOCH is '-5'")]
    [InlineData("SOURCE_DATE_EPOCH", "999999999999999", "up to the year 9999")]
    [InlineData("PREPPACK_JOBS", "0", "PREPPACK_JOBS is '0', but it must be a whole number from 1")]
    [InlineData("PREPPACK_JOBS", "many", "PREPPACK_JOBS is 'many'")]
    public void A_build_variable_set_to_what_cannot_be_read_is_said_not_left_out(string name, string value, string says)
    {
        var problem = BuildEnvironment.Problem(read: n => n == name ? value : null);

        Assert.NotNull(problem);
        Assert.Contains(says, problem);
    }

    [Theory]
    [InlineData("SOURCE_DATE_EPOCH", "1764547200")]
    [InlineData("SOURCE_DATE_EPOCH", "")]
    [InlineData("PREPPACK_JOBS", "1")]
    [InlineData("PREPPACK_JOBS", "64")]
    public void A_build_variable_unset_empty_or_right_is_no_problem(string name, string value) =>
        Assert.Null(BuildEnvironment.Problem(read: n => n == name ? value : null));

    [Fact]
    public void An_export_makes_no_outputs_at_once_so_PREPPACK_JOBS_is_no_concern_of_it() =>
        Assert.Null(BuildEnvironment.Problem(jobs: false, read: n => n == "PREPPACK_JOBS" ? "0" : null));
}
