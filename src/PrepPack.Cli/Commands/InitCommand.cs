using System.CommandLine;
using PrepPack.Diagnostics;
using PrepPack.Starter;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack init</c>: starts a new story bank that builds at once.</summary>
internal static class InitCommand
{
    public static Command Create(TextWriter output)
    {
        var folder = CommonOptions.Folder(
            new Argument<string>("DIR")
            {
                Description =
                    "The folder to start in (made if it is not there); content/ and schemas/ go inside it. The "
                    + "current folder when left out.",
                DefaultValueFactory = _ => ".",
                Arity = ArgumentArity.ZeroOrOne,
            }
        );
        var framework = new Option<string>("--framework")
        {
            Description =
                "The company framework to start with: amazon (Leadership Principles), meta (leadership and "
                + "execution), or none.",
            DefaultValueFactory = _ => StarterFramework.Choices[0],
            HelpName = string.Join("|", StarterFramework.Choices),
        };
        framework.Validators.Add(result =>
        {
            var given = result.GetValueOrDefault<string>() ?? "";
            if (StarterFramework.Choices.Contains(given))
                return;
            var closest = PrepPack.Content.Yaml.DidYouMean.Closest(given, StarterFramework.Choices);
            result.AddError(
                $"--framework is '{given}', but init starts with "
                    + $"{string.Join(", ", StarterFramework.Choices.SkipLast(1))} or {StarterFramework.Choices[^1]}."
                    + (
                        closest is null
                            ? " Another framework is a file you add to content/frameworks/ later."
                            : $" Did you mean '{closest}'?"
                    )
            );
        });
        var command = new Command(
            "init",
            "Start a new story bank: a profile, two example stories (one a failure story), a framework and an example "
                + "question, each field explained, ready to build and practise."
        )
        {
            folder,
            framework,
        };
        command.SetAction(parse =>
        {
            var where = parse.GetValue(folder)!;
            var diagnostics = new DiagnosticBag();
            var written = StarterBank.Write(
                where,
                parse.GetValue(framework)!,
                DateOnly.FromDateTime(DateTime.Today),
                diagnostics
            );
            DiagnosticPrinter.Print(output, diagnostics.Sorted());
            if (written.Count == 0)
                return ExitCodes.ContentErrors;

            output.WriteLine(where is "." ? "Started a story bank here:" : $"Started a story bank in {Shown(where)}:");
            foreach (var file in written)
                output.WriteLine($"  {Shown(file)}");
            output.WriteLine();
            output.WriteLine("Next:");
            if (Path.GetFullPath(where) != Environment.CurrentDirectory)
                output.WriteLine($"  cd {where}");
            output.WriteLine("  preppack check     lists what to improve, at its file and line");
            output.WriteLine("  preppack build     writes the pack into output/");
            output.WriteLine("  preppack practice  asks the example question aloud, timed");
            output.WriteLine("Replace the example stories with yours: copy one in content/stories/ and rename it.");
            output.WriteLine(
                "In VS Code, the YAML extension (redhat.vscode-yaml) completes and checks each field as you type."
            );
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A path below the current folder as the user would type it; any other, as given.</summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
