using PrepPack.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PrepPack.Templates;

/// <summary>
/// Runs one Scriban template over the pack model. Strict: an unknown variable is an error, not
/// an empty string. Every error is a diagnostic at the template's file, line and column.
/// </summary>
public static class TemplateRenderer
{
    /// <summary>More iterations than any pack needs; a loop that passes it is a mistake in the template.</summary>
    public const int LoopLimit = 10_000;

    public static RenderedTemplate Render(string path, object model, IReadOnlyDictionary<string, object?>? extra = null)
    {
        var diagnostics = new DiagnosticBag();
        var text = File.ReadAllText(path);
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                diagnostics.Error(At(message.Span, path), DiagnosticCodes.TemplateSyntax,
                    $"The template cannot be read: {message.Message.TrimEnd('.')}.", "Check that every {{ has its }} and every if/for has its end.");
            return new RenderedTemplate(null, [], diagnostics.Sorted());
        }

        var loader = new FolderTemplateLoader(Path.GetDirectoryName(path) ?? ".");
        var context = new TemplateContext
        {
            StrictVariables = true,
            // A misspelt member (story.titel) is an error, not an empty string.
            EnableRelaxedMemberAccess = false,
            MemberRenamer = TemplateNames.Rename,
            LoopLimit = LoopLimit,
            RecursiveLimit = 64,
            TemplateLoader = loader,
            NewLine = "\n",
        };
        context.PushGlobal(new LazyGlobals(model, extra ?? new Dictionary<string, object?>()));
        // Above the model: the functions, and whatever the template assigns.
        var functions = new ScriptObject();
        functions.Import(typeof(TemplateFunctions), renamer: TemplateNames.Rename);
        context.PushGlobal(functions);

        try
        {
            var markdown = template.Render(context);
            return new RenderedTemplate(markdown, loader.Loaded, diagnostics.Sorted());
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(At(e.Span, path), DiagnosticCodes.TemplateRuntime,
                $"The template stopped: {Plain(e.OriginalMessage)}", HintFor(e.OriginalMessage));
            return new RenderedTemplate(null, loader.Loaded, diagnostics.Sorted());
        }
    }

    // Scriban counts lines and columns from 0; PrepPack, like people, from 1.
    private static SourceLocation At(SourceSpan span, string fallback) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallback : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    private static string Plain(string message) => message.TrimEnd('.') + ".";

    private static string HintFor(string message) =>
        message.Contains("not found", StringComparison.OrdinalIgnoreCase)
            ? "Check the spelling: names are in snake_case, such as story.card.action_1 or profile.target_role."
            : "Check the expression at this line against the fields listed in the README.";
}
