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

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Say why each output was made again." };

    public static Option<string> Templates() => new("--templates", "-t")
    {
        Description = "The folder that holds the templates (*.sbn), theme.yaml and fonts/.",
        DefaultValueFactory = _ => "templates",
        HelpName = "DIR",
    };

    public static Option<string> Output() => new("--out", "-o")
    {
        Description = "The folder the pack is written to.",
        DefaultValueFactory = _ => "output",
        HelpName = "DIR",
    };
}
