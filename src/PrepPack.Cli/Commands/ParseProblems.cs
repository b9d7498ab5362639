using System.CommandLine;
using System.CommandLine.Parsing;
using PrepPack.Content.Yaml;

namespace PrepPack.Cli.Commands;

/// <summary>
/// What was wrong with the command line, in plain words: a misspelt command or option with the
/// closest one, a command that needs another word after it with the words it takes, a value that
/// is not a number. System.CommandLine's own message is kept only where none of these fits.
/// </summary>
internal static class ParseProblems
{
    // System.CommandLine's own words; its ParseError carries no kind to test instead.
    private const string MissingCommand = "Required command was not provided.";
    private const string Unrecognised = "Unrecognized command or argument";
    private const string CannotParse = "Cannot parse argument";
    private const string MissingValue = "Required argument missing";
    private const string MoreThanOne = "expects a single argument but";

    /// <summary>The command as typed after "preppack", such as "export anki"; "" for preppack itself.</summary>
    public static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (
            SymbolResult? result = parse.CommandResult;
            result is CommandResult command && command.Parent is not null;
            result = result.Parent
        )
            names.Insert(0, command.Command.Name);
        return string.Join(' ', names);
    }

    /// <summary>Every problem with the command line, in plain words; none when it is right.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var path = CommandPath(parse);
        // A misspelt option where the command takes words (init DIR, preview OUTPUT) is taken for that word; it is an
        // option all the same.
        var unmatched = parse
            .UnmatchedTokens.Concat(
                parse
                    .CommandResult.Children.OfType<ArgumentResult>()
                    .SelectMany(a => a.Tokens)
                    .Select(t => t.Value)
                    .Where(v => v.Length > 1 && v.StartsWith('-'))
            )
            .ToList();
        // After an unknown command, the words that follow were meant for it: only the command is wrong.
        if (command.Subcommands.Count > 0 && unmatched.FirstOrDefault(t => !t.StartsWith('-')) is { } word)
            unmatched = [word];
        // After a misspelt option, a stray word is most likely its value: only the option is wrong.
        else if (unmatched.Any(t => t.StartsWith('-')))
            unmatched = [.. unmatched.Where(t => t.StartsWith('-'))];
        var messages = unmatched.Select(token => Unmatched(token, command, path, parse)).ToList();
        foreach (var problem in parse.Errors)
        {
            if (problem.Message.StartsWith(Unrecognised, StringComparison.Ordinal))
                continue;
            // An unknown word is also reported as a missing command; the word is the cause, the rest follows from it.
            if (problem.Message == MissingCommand)
            {
                if (messages.Count == 0)
                    messages.Add(NeedsCommand(command, path));
                continue;
            }
            messages.Add(Plain(problem));
        }
        return messages.Distinct().ToList();
    }

    /// <summary>A command that only groups others (export): which word it needs next.</summary>
    private static string NeedsCommand(Command command, string path)
    {
        var words = command.Subcommands.Select(c => c.Name).ToList();
        return path.Length == 0
            ? $"name a command, such as 'preppack build'. The commands are: {string.Join(", ", words)}."
            : $"'preppack {path}' needs one more word, one of: {string.Join(", ", words)}; such as 'preppack {path} "
                + $"{words[0]}'.";
    }

    private static string Unmatched(string token, Command command, string path, ParseResult parse)
    {
        var where = path.Length == 0 ? "preppack" : $"'preppack {path}'";
        if (token.StartsWith('-') && token.Length > 1)
        {
            var options = OptionNames(parse);
            return (Shortened(token, options) ?? DidYouMean.Closest(token, options)) is { } closest
                ? $"'{token}' is not an option of {where}. Did you mean '{closest}'?"
                : $"'{token}' is not an option of {where}. Its options are: "
                    + $"{string.Join(", ", options.Where(o => o.StartsWith("--", StringComparison.Ordinal)))}.";
        }
        if (command.Subcommands.Count > 0)
        {
            var words = command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name)).ToList();
            var what = path.Length == 0 ? "a command" : $"a word {where} takes";
            return DidYouMean.Closest(token, words) is { } closest
                ? $"'{token}' is not {what}. Did you mean '{closest}'?"
                : $"'{token}' is not {what}. They are: {string.Join(", ", command.Subcommands.Select(c => c.Name))}.";
        }
        // A word after a command that takes none, or one word too many.
        var hint =
            DidYouMean.Closest("--" + token.TrimStart('-'), OptionNames(parse)) is { } option
            && option.StartsWith("--", StringComparison.Ordinal)
                ? $" Did you mean the option '{option}'?"
            : command.Arguments.Count == 0 ? " It takes only options, each starting with '--'."
            : $" It takes at most {command.Arguments.Count} such word{(command.Arguments.Count == 1 ? "" : "s")}.";
        return $"{where} does not take '{token}'.{hint}";
    }

    /// <summary>
    /// The option the token spells out or cuts short ('--output' for '--out', '--temp' for '--templates'),
    /// the longest word shared; null when none is near enough to be meant.
    /// </summary>
    private static string? Shortened(string token, IEnumerable<string> options)
    {
        var given = token.ToLowerInvariant();
        return options
            .Where(o =>
                o.StartsWith("--", StringComparison.Ordinal)
                && o.Length >= 5
                && given.Length >= 5
                && (given.StartsWith(o, StringComparison.Ordinal) || o.StartsWith(given, StringComparison.Ordinal))
            )
            .OrderBy(o => Math.Abs(o.Length - given.Length))
            .FirstOrDefault();
    }

    /// <summary>The options the command at hand takes, its own and those every command takes (--help).</summary>
    private static List<string> OptionNames(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is not null; result = result.Parent)
            if (result is CommandResult each)
                foreach (
                    var option in each.Command.Options.Where(o =>
                        ReferenceEquals(each, parse.CommandResult) || o.Recursive
                    )
                )
                    names.AddRange(option.Aliases.Prepend(option.Name).Where(n => !names.Contains(n)));
        return names;
    }

    /// <summary>A value the option cannot take, or an option left without its value, said with the option's own
    /// name.</summary>
    private static string Plain(ParseError problem)
    {
        var option = problem.SymbolResult switch
        {
            OptionResult o => o,
            ArgumentResult { Parent: OptionResult o } => o,
            _ => null,
        };
        if (option is null)
        {
            var (command, argument) = problem.SymbolResult switch
            {
                ArgumentResult { Parent: CommandResult c } a => (c.Command, a.Argument),
                CommandResult c => (c.Command, c.Command.Arguments.FirstOrDefault()),
                _ => (null, null),
            };
            return
                command is not null
                && argument is not null
                && problem.Message.StartsWith(MissingValue, StringComparison.Ordinal)
                ? $"'preppack {command.Name}' needs its {argument.Name}: {argument.Description}"
                : problem.Message;
        }
        var name = option.Option.Name;
        if (problem.Message.StartsWith(MissingValue, StringComparison.Ordinal))
            return $"{name} needs a value after it, such as '{name} {option.Option.HelpName ?? "VALUE"}'.";
        if (problem.Message.StartsWith(CannotParse, StringComparison.Ordinal))
        {
            var given = option.Tokens.Count > 0 ? option.Tokens[0].Value : "";
            var type = Nullable.GetUnderlyingType(option.Option.ValueType) ?? option.Option.ValueType;
            // "99999999999" is a whole number, just not one the option can hold.
            if (type == typeof(int) && given.TrimStart('-').Length > 0 && given.TrimStart('-').All(char.IsAsciiDigit))
                return $"{name} is '{given}', a number far {(given.StartsWith('-') ? "smaller" : "larger")} than it "
                    + "can be; see the help for the values it takes.";
            var kind =
                type == typeof(int) ? "a whole number"
                : type == typeof(bool) ? "true or false"
                : $"a {type.Name}";
            return $"{name} is '{given}', but it must be {kind}.";
        }
        // "--out a --out b": the option is given twice, and the user must say which they meant.
        if (problem.Message.Contains(MoreThanOne, StringComparison.Ordinal))
            return $"{name} is given {option.Tokens.Count} times ("
                + string.Join(", ", option.Tokens.Select(t => $"'{t.Value}'"))
                + "), but it takes one value: give it once.";
        return problem.Message;
    }
}
