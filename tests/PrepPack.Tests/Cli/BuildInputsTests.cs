using PrepPack.Cli;
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
}
