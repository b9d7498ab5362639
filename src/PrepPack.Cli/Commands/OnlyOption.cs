using System.CommandLine;
using PrepPack.Pipeline;

namespace PrepPack.Cli.Commands;

/// <summary><c>build --only cheatsheet,cards</c>: the outputs to make, the others left as they are.</summary>
internal static class OnlyOption
{
    public static Option<string[]> Create()
    {
        var option = new Option<string[]>("--only")
        {
            Description =
                "Make only these outputs, by file name with or without extension, or by template name "
                + "(cheatsheet,cards or star-onepager; given twice, both lists are made); "
                + "the others stay as the last build left them.",
            HelpName = "NAMES",
        };
        option.Validators.Add(result =>
        {
            if (Names(result.GetValueOrDefault<string[]>()) is null)
                result.AddError("--only needs the name of at least one output, such as --only cheatsheet,cards.");
        });
        return option;
    }

    /// <summary>The names, split at commas, or null when none was given.</summary>
    public static IReadOnlyList<string>? Names(string[]? given)
    {
        var names = (given ?? [])
            .SelectMany(n => n.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        return names.Count == 0 ? null : names;
    }

    /// <summary>Says which names match no output, with the closest and the list, on the error stream: a usage error,
    /// nothing built.</summary>
    public static int Unknown(BuildReport report, TextWriter error, string command) =>
        UsageError.Report(
            error,
            command,
            report.UnknownOutputs.Select(unknown =>
                $"there is no output '{unknown.Name}'."
                + (unknown.Suggestion is { } closest ? $" Did you mean '{closest}'?" : "")
            ),
            $"The outputs are: {string.Join(", ", report.KnownOutputs)}. Nothing was built."
        );
}
