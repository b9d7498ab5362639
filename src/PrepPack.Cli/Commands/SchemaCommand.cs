using System.CommandLine;
using PrepPack.Content.Schema;
using PrepPack.Diagnostics;
using PrepPack.Starter;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack schema</c>: writes the editor schemas of the content files.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = CommonOptions.Folder(
            new Option<string>("--out", "-o")
            {
                Description =
                    "The folder to write them into; 'schemas' beside the content folder is the one the content files "
                    + "name.",
                DefaultValueFactory = _ => ContentSchemas.Folder,
                HelpName = "DIR",
            }
        );
        var command = new Command(
            "schema",
            "Write the JSON Schemas of profile.yaml, the stories, frameworks and questions and the practice log, so "
                + "an editor completes and checks their fields."
        )
        {
            folder,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.ContentAround(parse.GetValue(folder)!) is { } content)
                return UsageError.Report(
                    error,
                    "schema",
                    $"--out names '{parse.GetValue(folder)}', which is part of the content folder '{content}': "
                        + "schemas copied there would sit among your stories. Put them beside it, such as "
                        + "'--out schemas'."
                );
            var diagnostics = new DiagnosticBag();
            var written = SchemaFiles.Write(parse.GetValue(folder)!, diagnostics);
            DiagnosticPrinter.Print(output, diagnostics.Sorted());
            if (written.Count == 0)
                return ExitCodes.ContentErrors;
            foreach (var file in written)
                output.WriteLine($"  {file}");
            output.WriteLine("Name a schema in the first line of a content file, as 'preppack init' does:");
            foreach (var schema in ContentSchemas.All)
                output.WriteLine($"  {schema.Files}: {schema.Modeline}");
            return ExitCodes.Success;
        });
        return command;
    }
}
