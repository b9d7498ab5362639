using PrepPack.Cli;

namespace PrepPack.Tests.Support;

/// <summary>Runs <c>preppack</c> in the test's process, as a user would type it, keeping what it printed.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PrepPackCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>With the practice drill reading <paramref name="console"/>'s input and clock.</summary>
    public static (int Exit, string Out, string Err) Run(PracticeConsole console, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PrepPackCli.Run(args, output, error, console);
        return (exit, output.ToString(), error.ToString());
    }
}
