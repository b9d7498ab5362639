using System.CommandLine;

namespace PrepPack.Cli.Commands;

/// <summary>Options more than one verb takes, named and described the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Content() => new("--content", "-c")
    {
        Description = "The folder that holds profile.yaml, stories/ and frameworks/.",
        DefaultValueFactory = _ => "content",
        HelpName = "DIR",
    };
}
