using System.CommandLine;
using PrepPack.Pipeline;

namespace PrepPack.Cli.Commands;

/// <summary>
/// The options every command that builds takes (build, watch, preview): the content, templates and
/// output folders and the interview's framework, and the one way they are checked and turned into
/// <see cref="BuildOptions"/>, so each command refuses the same folders with the same words and picks
/// the same templates.
/// </summary>
internal sealed class BuildInputs
{
    public Option<string> Content { get; } = CommonOptions.Content();
    public Option<string?> Templates { get; } = CommonOptions.Templates();
    public Option<string> Output { get; } = CommonOptions.Output();
    public Option<string?> Framework { get; } = CommonOptions.InterviewFramework();

    /// <summary>
    /// The build the command line asks for, or null after saying on the error stream why it cannot be made: a
    /// content folder that is the disk's root, a home folder or holds the output, a framework the content folder
    /// has no file for, or an environment variable it cannot read (<see cref="BuildEnvironment"/>). With
    /// <paramref name="verbose"/>, says which templates folder is used.
    /// </summary>
    public BuildOptions? Options(ParseResult parse, string command, TextWriter output, TextWriter error, bool verbose)
    {
        var content = parse.GetValue(Content)!;
        var templates = parse.GetValue(Templates);
        var framework = parse.GetValue(Framework);
        if (
            CommonOptions.FoldersRefused(content, parse.GetValue(Output), command, error, templates)
            || CommonOptions.UnknownFramework(content, framework, command, error)
        )
            return null;
        if (BuildEnvironment.Problem() is { } problem)
        {
            UsageError.Report(error, command, problem);
            return null;
        }
        var folder = CommonOptions.ChooseTemplates(templates, content, output, verbose);
        return new BuildOptions(content, folder, parse.GetValue(Output)!) { Framework = framework };
    }
}
