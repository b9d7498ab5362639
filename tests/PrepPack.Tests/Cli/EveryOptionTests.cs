using System.CommandLine;
using System.CommandLine.Help;
using PrepPack.Cli;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Cli;

/// <summary>
/// Every option of every command, read from the command tree so a new option is tried too, given
/// values it cannot take: each is told in a plain sentence on the error stream with the usage exit
/// code, and never with a stack trace.
/// </summary>
public class EveryOptionTests
{
    // Stand for paths only the workspace knows.
    private const string AFile = "{a file}";
    private const string TheContent = "{the content folder}";

    public static TheoryData<string, string, string> BadValues()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (path, command) in Commands(Tree(), ""))
        {
            foreach (var option in Options(command))
            foreach (var value in BadFor(option, command))
                data.Add(path, option.Name, value);
            // A word the command takes (preview OUTPUT, init DIR) left empty.
            foreach (var argument in command.Arguments)
                data.Add(path, argument.Name, "");
        }
        return data;
    }

    /// <summary>A number below zero is wrong for a count or a size, yet may be right for a seed: it is either refused
    /// plainly or taken.</summary>
    public static TheoryData<string, string> NegativeNumbers()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, command) in Commands(Tree(), ""))
        foreach (var option in Options(command).Where(o => IsNumber(o.ValueType)))
            data.Add(path, option.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(NegativeNumbers))]
    public void A_negative_number_for_any_option_is_refused_plainly_or_taken_never_a_crash(
        string command,
        string option
    )
    {
        var (exit, output, error, args) = Run(command, option, "-1");
        var said = $"preppack {string.Join(' ', args)}\nexit {exit}\n{output}\n{error}";
        Assert.True(exit is ExitCodes.Success or ExitCodes.ContentErrors or ExitCodes.UsageError, said);
        if (exit == ExitCodes.UsageError)
            Assert.StartsWith("preppack: ", error);
        Assert.DoesNotContain("Exception", error + output);
        Assert.DoesNotContain("   at ", error + output);
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_bad_value_for_any_option_is_a_plain_usage_error(string command, string option, string value)
    {
        var (exit, output, error, args) = Run(command, option, value);
        var said = $"preppack {string.Join(' ', args)}\nexit {exit}\n{output}\n{error}";
        Assert.True(exit == ExitCodes.UsageError, said);
        Assert.StartsWith("preppack: ", error);
        Assert.DoesNotContain("Exception", error + output);
        Assert.DoesNotContain("   at ", error + output);
    }

    /// <summary>The command with the option (or word) given the value, its other folders in a workspace of its
    /// own.</summary>
    private static (int Exit, string Out, string Err, List<string> Args) Run(
        string command,
        string option,
        string value
    )
    {
        using var ws = new PackWorkspace();
        var file = Path.Combine(ws.Content, "profile.yaml");
        var given =
            value == AFile ? file
            : value == TheContent ? ws.Content
            : value;
        var target = Find(Tree(), command);
        var args = new List<string>(command.Split(' '));
        foreach (var argument in target.Arguments)
            if (argument.Name == option)
                args.Add(given);
            else if (argument.Arity.MinimumNumberOfValues > 0)
                args.Add(argument.Name == "OUTPUT" ? "cheatsheet" : Path.Combine(ws.Output, "new"));
        // The other folders point into the workspace, so nothing is read or written elsewhere.
        foreach (
            var (name, folder) in new[]
            {
                ("--content", ws.Content),
                ("--templates", ws.Templates),
                ("--out", ws.Output),
            }
        )
            if (name != option && Options(target).Any(o => o.Name == name))
                args.AddRange([name, folder]);
        if (!target.Arguments.Any(a => a.Name == option))
            args.AddRange([option, given]);

        var clock = new FakeClock(new DateTime(2026, 11, 19, 9, 0, 0, DateTimeKind.Utc));
        var (exit, output, error) = Support.Cli.Run(
            new PracticeConsole(new ScriptedInput(clock, []), false, clock),
            [.. args]
        );
        return (exit, output, error, args);
    }

    [Fact]
    public void Every_command_that_takes_options_is_tried()
    {
        var tried = BadValues().Select(row => (string)row[0]).Distinct().ToList();
        foreach (
            var command in new[]
            {
                "build",
                "check",
                "watch",
                "preview",
                "coverage",
                "practice",
                "export anki",
                "init",
                "schema",
                "templates",
                "printed",
            }
        )
            Assert.Contains(command, tried);
    }

    private static RootCommand Tree() =>
        PrepPackCli.Commands(
            TextWriter.Null,
            TextWriter.Null,
            new PracticeConsole(TextReader.Null, false, TimeProvider.System)
        );

    private static IEnumerable<(string Path, Command Command)> Commands(Command parent, string path)
    {
        foreach (var command in parent.Subcommands)
        {
            var name = path.Length == 0 ? command.Name : $"{path} {command.Name}";
            yield return (name, command);
            foreach (var inner in Commands(command, name))
                yield return inner;
        }
    }

    private static Command Find(Command root, string path) =>
        path.Split(' ').Aggregate(root, (command, word) => command.Subcommands.Single(c => c.Name == word));

    private static IEnumerable<Option> Options(Command command) =>
        command.Options.Where(o => o is not HelpOption && o is not VersionOption);

    private static bool IsNumber(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t
        && (t == typeof(int) || t == typeof(long) || t == typeof(double));

    /// <summary>Values the option cannot take, whatever it is for: chosen by its type and what it names.</summary>
    private static IEnumerable<string> BadFor(Option option, Command command)
    {
        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        if (type == typeof(bool))
        {
            yield return "maybe";
            yield break;
        }
        yield return "";
        if (IsNumber(type))
        {
            yield return "abc";
            yield return "1.5";
            yield return "99999999999999999999";
        }
        else if (type.IsEnum)
            yield return "abc";
        if (option.HelpName == "DIR")
            yield return AFile;
        if (option.Name == "--out" && command.Options.Any(o => o.Name == "--content"))
            yield return TheContent;
        if (option.Name == "--framework")
            yield return "no-such-framework";
    }
}
