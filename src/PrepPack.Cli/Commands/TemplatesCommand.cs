using System.CommandLine;
using PrepPack.Diagnostics;
using PrepPack.Templates;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack templates</c>: copies the built-in templates, theme and fonts folder out, to edit
/// them.</summary>
internal static class TemplatesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = CommonOptions.Folder(
            new Option<string>("--out", "-o")
            {
                Description =
                    "The folder to copy them into; 'templates' beside your content folder is the one a build finds.",
                DefaultValueFactory = _ => TemplateLookup.FolderName,
                HelpName = "DIR",
            }
        );
        var command = new Command(
            "templates",
            "Copy PrepPack's built-in templates, theme and fonts folder out, to edit them. Existing files are never "
                + "written over."
        )
        {
            folder,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.ContentAround(parse.GetValue(folder)!) is { } content)
                return UsageError.Report(
                    error,
                    "templates",
                    $"--out names '{parse.GetValue(folder)}', which is part of the content folder '{content}': "
                        + "templates copied there would sit among your stories. Put them beside it, such as "
                        + "'--out templates'."
                );
            var where = parse.GetValue(folder)!;
            var diagnostics = new DiagnosticBag();
            var written = BuiltInTemplates.CopyTo(where, diagnostics);
            DiagnosticPrinter.Print(output, diagnostics.Sorted());
            if (written.Count == 0)
                return ExitCodes.ContentErrors;
            output.WriteLine($"Copied the built-in templates into {where}:");
            foreach (var file in written)
                output.WriteLine($"  {file}");
            output.WriteLine(
                Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(where))) == "templates"
                    ? "A build finds them on its own when this folder sits beside your content folder or in the "
                        + "folder you build from."
                    : $"A build uses them only when named: 'preppack build --templates {where}'. A folder called "
                        + "'templates' beside your content folder is found without it."
            );
            return ExitCodes.Success;
        });
        return command;
    }
}
