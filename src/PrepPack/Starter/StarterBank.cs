using System.Globalization;
using System.Reflection;
using PrepPack.Content.Schema;
using PrepPack.Diagnostics;
using PrepPack.IO;
using Scriban;
using Scriban.Runtime;

namespace PrepPack.Starter;

/// <summary>
/// A new story bank (<c>preppack init</c>): in the folder given, <c>content/</c> with a profile,
/// two example stories (one a failure story), the chosen framework and an example question, every field commented,
/// and <c>schemas/</c> beside it, which the first line of each file names for the editor. The
/// layout is the one <c>preppack build</c> looks for with no options, so building there works at
/// once, with PrepPack's built-in templates.
/// </summary>
public static class StarterBank
{
    private const string Prefix = "PrepPack.Starter/";

    /// <summary>The files written (none after reporting why).</summary>
    public static IReadOnlyList<string> Write(
        string folder,
        string framework,
        DateOnly today,
        DiagnosticBag diagnostics
    )
    {
        var files = new NewFiles(folder, "'preppack init DIR'");
        var chosen = framework == StarterFramework.None ? "" : framework;
        // Two plain values, set by name: nothing for the trimmer to lose, as reflection over a model would be.
        var model = new ScriptObject
        {
            ["framework"] = chosen,
            ["today"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        Add(files, "profile.yaml", "profile", Render("profile.yaml.sbn", model));
        foreach (var story in new[] { "quote-funnel", "commission-bug" })
            Add(files, $"stories/{story}.yaml", "story", Render($"stories/{story}.yaml.sbn", model));
        if (chosen.Length > 0)
            Add(files, $"frameworks/{framework}.yaml", "framework", Resource($"frameworks/{framework}.yaml"));
        // A question of its own, so that 'preppack practice' has one to ask on the first day.
        Add(
            files,
            "questions/time-you-were-wrong.yaml",
            "question",
            Render("questions/time-you-were-wrong.yaml.sbn", model)
        );
        foreach (var schema in ContentSchemas.All)
            files.Add(Path.Combine(ContentSchemas.Folder, schema.FileName), JsonSchemaWriter.Write(schema));
        return files.Write(
            "Run 'preppack init' in an empty folder, or name a new one: 'preppack init my-stories'.",
            diagnostics
        );
    }

    /// <summary>A content file, opening with the line that names its schema for the editor.</summary>
    private static void Add(NewFiles files, string relative, string schema, string text) =>
        files.Add(Path.Combine("content", relative), ContentSchemas.Named(schema).Modeline + "\n" + text);

    private static string Render(string name, ScriptObject model)
    {
        var template = Template.Parse(Resource(name), name);
        if (template.HasErrors)
            throw new InvalidOperationException($"The starter file {name} does not parse: {template.Messages}");
        var context = new TemplateContext();
        context.PushGlobal(model);
        return template.Render(context);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The starter file {name} is not inside PrepPack.");
        return new StreamReader(stream).ReadToEnd();
    }
}
