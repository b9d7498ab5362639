using Spectre.Console;

namespace PrepPack.Cli;

/// <summary>
/// A spinner with how far a long step is, in a terminal only: logs and pipes get just the result.
/// It appears only once the step has taken a moment, so a quick build does not flicker.
/// </summary>
internal static class Progress
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    /// <param name="work">Runs on another thread; tells how far it is through the action it is given, from any
    /// thread.</param>
    public static T While<T>(Terminal terminal, string status, Func<Action<string>, T> work)
    {
        if (!terminal.Interactive)
            return work(_ => { });
        string? latest = null;
        var running = Task.Run(() => work(now => Volatile.Write(ref latest, now)));
        if (!Finished(running, Delay))
            AnsiConsole
                .Status()
                .Spinner(Spinner.Known.Dots)
                .Start(Markup.Escape(status), context =>
                {
                    while (!Finished(running, Tick))
                        if (Volatile.Read(ref latest) is { } now)
                            context.Status(Markup.Escape($"{status} {now}"));
                });
        return running.GetAwaiter().GetResult();
    }

    // Waits without throwing: a failure is rethrown as it was by GetResult, not wrapped.
    private static bool Finished(Task task, TimeSpan timeout) => ((IAsyncResult)task).AsyncWaitHandle.WaitOne(timeout);
}
