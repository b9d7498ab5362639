using Spectre.Console;

namespace PrepPack.Cli;

/// <summary>A spinner while a long step runs, in a terminal only: logs and pipes get just the result.</summary>
internal static class Progress
{
    public static T While<T>(TextWriter output, string status, Func<T> work)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive) return work();
        return AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start(status, _ => work());
    }
}
