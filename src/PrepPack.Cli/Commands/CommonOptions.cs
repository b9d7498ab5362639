using System.CommandLine;
using PrepPack.IO;
using PrepPack.Pipeline;
using PrepPack.Templates;

namespace PrepPack.Cli.Commands;

/// <summary>Options more than one verb takes, named and described the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Content() =>
        Folder<string>(
            new("--content", "-c")
            {
                Description = "The folder that holds profile.yaml, stories/ and frameworks/.",
                DefaultValueFactory = _ => "content",
                HelpName = "DIR",
            }
        );

    public static Option<string?> InterviewFramework() =>
        new("--framework")
        {
            Description =
                "The framework of the interview at hand, whose principles the cheat sheet shows (its file name in "
                + "frameworks/, such as 'amazon'); "
                + "over the theme's 'interview: framework:'.",
            HelpName = "ID",
        };

    /// <summary>A <c>--framework</c> the content folder has no file for: said on the error stream, before anything is
    /// built.</summary>
    public static bool UnknownFramework(string content, string? framework, string command, TextWriter error)
    {
        if (framework is null || PrepPack.Pipeline.InterviewFramework.Unknown(content, framework) is not { } problem)
            return false;
        UsageError.Report(error, command, problem);
        return true;
    }

    /// <summary>A content folder that is the disk's root or a home folder, or that holds the output folder
    /// (<see cref="FolderNesting"/>): said on the error stream, before anything is read or built.</summary>
    /// <param name="templates">The --templates given, if any: the folder the build would take is looked up as it will
    /// be.</param>
    public static bool FoldersRefused(
        string content,
        string? output,
        string command,
        TextWriter error,
        string? templates = null
    )
    {
        var folder = output is null ? null : TemplateLookup.Find(templates, content).Folder;
        if (FolderNesting.Problem(content, output, folder) is not { } problem)
            return false;
        UsageError.Report(error, command, problem);
        return true;
    }

    /// <summary>The content folder (one holding profile.yaml or stories/) that <paramref name="folder"/> is, or
    /// whose stories/, frameworks/, questions/ or practice/ it is in, links followed; null when none. Files copied
    /// there would sit among the files PrepPack reads as content (a templates/ folder of its own inside is
    /// not).</summary>
    public static string? ContentAround(string folder)
    {
        var real = FolderNesting.Real(folder);
        for (var at = real; at is not null; at = Path.GetDirectoryName(at))
        {
            if (!File.Exists(Path.Combine(at, "profile.yaml")) && !Directory.Exists(Path.Combine(at, "stories")))
                continue;
            var read = new[] { "stories", "frameworks", "questions", "practice" };
            return at == real || read.Any(r => FolderNesting.Within(real, Path.Combine(at, r))) ? at : null;
        }
        return null;
    }

    public static Option<bool> Verbose() =>
        new("--verbose", "-v") { Description = "Say why each output was made again." };

    public static Option<bool> Quiet() =>
        new("--quiet", "-q")
        {
            Description =
                "Print only the errors, and then the line that counts them; nothing when all is well (the exit code "
                + "says so).",
        };

    public static Option<ReportFormat> Format() =>
        new("--format")
        {
            // No default shown: left out, it is Text, which help would print capitalised.
            Description =
                "'json' writes the problems and a summary as one JSON document on standard output, for editors and "
                + "CI; 'text' (the default) writes lines.",
            HelpName = "text|json",
            CustomParser = result =>
            {
                var given = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (Enum.TryParse<ReportFormat>(given, ignoreCase: true, out var format) && !int.TryParse(given, out _))
                    return format;
                result.AddError($"--format is '{given}', but it must be text or json.");
                return ReportFormat.Text;
            },
        };

    /// <summary>Left out, the build looks for 'templates' beside the content folder, then in the
    /// current folder, then takes PrepPack's built-in set (<see cref="TemplateLookup"/>).</summary>
    public static Option<string?> Templates() =>
        Folder<string?>(
            new("--templates", "-t")
            {
                Description =
                    "The folder that holds the templates (*.sbn), theme.yaml and fonts/. Left out: 'templates' beside "
                    + "the content folder, "
                    + "else in the current folder, else PrepPack's built-in templates.",
                HelpName = "DIR",
            }
        );

    /// <summary>The templates folder a build of <paramref name="content"/> uses, said on the output when
    /// asked.</summary>
    public static string ChooseTemplates(string? given, string content, TextWriter output, bool verbose)
    {
        var choice = TemplateLookup.Find(given, content);
        if (verbose)
            output.WriteLine($"Templates: {choice.Describe()}");
        return choice.Folder;
    }

    public static Option<string> Output() =>
        Folder<string>(
            new("--out", "-o")
            {
                Description = "The folder the pack is written to.",
                DefaultValueFactory = _ => "output",
                HelpName = "DIR",
            }
        );

    /// <summary>A folder option must name a folder: an empty name would mean the current folder, and a file is not
    /// one.</summary>
    public static Option<T> Folder<T>(Option<T> option)
    {
        option.Validators.Add(result =>
        {
            if (FolderProblem(option.Name, result.GetValueOrDefault<string?>()) is { } problem)
                result.AddError(problem);
        });
        return option;
    }

    /// <summary>The same for a folder given as a word (init DIR).</summary>
    public static Argument<string> Folder(Argument<string> argument)
    {
        argument.Validators.Add(result =>
        {
            if (FolderProblem(argument.Name, result.GetValueOrDefault<string?>()) is { } problem)
                result.AddError(problem);
        });
        return argument;
    }

    private static string? FolderProblem(string name, string? value) =>
        value is null ? null
        : string.IsNullOrWhiteSpace(value) ? $"{name} needs the name of a folder, but it was given an empty one."
        : File.Exists(value) ? $"{name} names '{value}', which is a file; it must name a folder."
        : null;
}
