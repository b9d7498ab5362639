using System.Diagnostics.CodeAnalysis;
using PrepPack.Diagnostics;
using PrepPack.IO;
using PrepPack.Markdown;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PrepPack.Templates;

/// <summary>
/// Runs one Scriban template over the pack model: first each front matter value on its own,
/// then the body, with the same globals. Strict: an unknown variable is an error, not an empty
/// string. Every error is a diagnostic at the template's file, line and column.
/// </summary>
public static class TemplateRenderer
{
    // Scriban's built-in functions and PrepPack's own, found by reflection once for every template
    // of the process rather than once each; read-only, as every template (and thread) shares them.
    private static readonly Lazy<ScriptObject> Builtins = new(() =>
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        UnreproducibleFunctions.Refuse(builtins);
        return Frozen(builtins);
    });
    private static readonly Lazy<ScriptObject> Functions = new(() =>
    {
        // Named one by one, as delegates, so a trimmed (Native AOT) program keeps each one it names.
        var functions = new ScriptObject();
        Delegate[] all =
        [
            TemplateFunctions.Md,
            TemplateFunctions.BoldNumbers,
            TemplateFunctions.Dots,
            TemplateFunctions.ScoreClass,
            TemplateFunctions.Duration,
        ];
        foreach (var function in all)
            functions.SetValue(TemplateNames.Rename(function.Method), DynamicCustomFunction.Create(function), true);
        return Frozen(functions);
    });

    private static ScriptObject Frozen(ScriptObject functions)
    {
        foreach (var module in functions.Values.OfType<ScriptObject>())
            Frozen(module);
        functions.IsReadOnly = true;
        return functions;
    }

    /// <typeparam name="TModel">The model's type, whose public properties are the template's globals (kept by the
    /// trimmer for that).</typeparam>
    /// <param name="files">Where partials are read from: the disk unless a build hands over its snapshot.</param>
    public static RenderedTemplate Render<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel
    >(
        TemplateFile file,
        TModel model,
        IReadOnlyDictionary<string, object?>? extra = null,
        TemplateLimits? limits = null,
        Content.IFileSource? files = null
    )
        where TModel : class
    {
        limits ??= TemplateLimits.Default;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(file.Diagnostics);
        var path = file.Path;
        var body = Parse(file.Body, path, new SourceLocation(path, 1, 1), diagnostics);
        // Only values that hold {{ … }} run; the others are plain text already.
        var values = file
            .Entries.Select(e =>
                (
                    Entry: e,
                    Template: e.Text.Contains("{{") && !FrontMatterFields.Fixed.Contains(e.Key)
                        ? Parse(e.Text, path, e.TextAt, diagnostics)
                        : null
                )
            )
            .ToList();
        if (diagnostics.HasErrors)
            return Failed([], diagnostics);

        var loader = new FolderTemplateLoader(Path.GetDirectoryName(path) ?? ".", files ?? Content.DiskFiles.Instance);
        var context = NewContext(model, extra, limits, loader);

        var entries = new List<FrontMatterEntry>();
        foreach (var (entry, template) in values)
            if (template is null)
                entries.Add(entry);
            else if (Run(template, context, path, entry.TextAt, diagnostics) is { } text)
                entries.Add(entry.WithText(text));
        var settings = FrontMatterFields.Apply(
            file.Settings,
            entries.Where(e => !FrontMatterFields.Fixed.Contains(e.Key)),
            diagnostics
        );
        if (diagnostics.HasErrors)
            return Failed(loader.Loaded, diagnostics);

        var output = new MappedOutput(context);
        context.PushOutput(output);
        var rendered = Run(body!, context, path, new SourceLocation(path, 1, 1), diagnostics);
        context.PopOutput();
        if (rendered is null)
            return Failed(loader.Loaded, diagnostics);
        // The kept Markdown opens with the settings, written anew, so they are always valid YAML.
        var frontMatter = FrontMatterWriter.Write(entries);
        var markdown = frontMatter + rendered.TrimStart('\n');
        var lines = frontMatter.Count(c => c == '\n');
        var trimmed = rendered.Length - rendered.TrimStart('\n').Length;
        var map = new TemplateLines(() => output.Lines(path), trimmed - lines);
        return new RenderedTemplate(
            settings,
            markdown,
            new string('\n', lines) + rendered.TrimStart('\n'),
            loader.Loaded,
            diagnostics.Sorted()
        )
        {
            Lines = map,
        };
    }

    /// <summary>
    /// The file name a target will write, from its <c>output:</c> filled in, without running the
    /// body: for choosing outputs by name before anything is made. Null when the template names
    /// none, or its value cannot be worked out (the build reports why).
    /// </summary>
    public static string? OutputName<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel
    >(
        TemplateFile file,
        TModel model,
        IReadOnlyDictionary<string, object?>? extra = null,
        Content.IFileSource? files = null
    )
        where TModel : class
    {
        if (file.Entries.FirstOrDefault(e => e.Key == "output") is not { } entry)
            return null;
        if (!entry.Text.Contains("{{"))
            return entry.Text;
        var diagnostics = new DiagnosticBag();
        var context = NewContext(
            model,
            extra,
            TemplateLimits.Default,
            new FolderTemplateLoader(Path.GetDirectoryName(file.Path) ?? ".", files ?? Content.DiskFiles.Instance)
        );
        return Parse(entry.Text, file.Path, entry.TextAt, diagnostics) is { } template
            ? Run(template, context, file.Path, entry.TextAt, diagnostics)
            : null;
    }

    private static TemplateContext NewContext<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel
    >(TModel model, IReadOnlyDictionary<string, object?>? extra, TemplateLimits limits, FolderTemplateLoader loader)
        where TModel : class
    {
        var context = new TemplateContext(Builtins.Value)
        {
            StrictVariables = true,
            // A misspelt member (story.titel) is an error, not an empty string.
            EnableRelaxedMemberAccess = false,
            MemberRenamer = TemplateNames.Rename,
            LoopLimit = limits.Loop,
            // Scriban's own 1 MiB limit cuts output short without a word; PrepPack's limit grows
            // with the bank and, when hit, stops the template with an error.
            LimitToString = 0,
            OutputLimit = limits.Output,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RecursiveLimit = 64,
            TemplateLoader = loader,
            NewLine = "\n",
        };
        context.PushGlobal(LazyGlobals.Of(model, extra ?? new Dictionary<string, object?>()));
        // Above the model: the functions, then whatever the template assigns, which is its own.
        context.PushGlobal(Functions.Value);
        context.PushGlobal(new ScriptObject());
        return context;
    }

    private static Template? Parse(string text, string path, SourceLocation origin, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(text, path);
        if (!template.HasErrors)
        {
            var refused = template.Page is { } page ? UnreproducibleFunctions.Named(page).ToList() : [];
            foreach (var (span, message) in refused)
            {
                var (what, hint) = SplitHint(message);
                diagnostics.Error(
                    At(span, path, origin),
                    DiagnosticCodes.NotReproducible,
                    $"This template asks for {what}",
                    hint
                );
            }
            return refused.Count == 0 ? template : null;
        }
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            diagnostics.Error(
                At(message.Span, path, origin),
                DiagnosticCodes.TemplateSyntax,
                $"The template cannot be read: {message.Message.TrimEnd('.')}.",
                "Check that every {{ has its }} and every if/for has its end."
            );
        return null;
    }

    private static string? Run(
        Template template,
        TemplateContext context,
        string path,
        SourceLocation origin,
        DiagnosticBag diagnostics
    )
    {
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e) when (IsLimit(e.OriginalMessage))
        {
            var output = e.OriginalMessage.Contains("OutputLimit", StringComparison.Ordinal);
            diagnostics.Error(
                At(e.Span, path, origin),
                DiagnosticCodes.TemplateLimit,
                output
                    ? $"{Path.GetFileName(path)} wrote more than {context.OutputLimit / (1024 * 1024)} MB of text, "
                        + "far more than this story bank needs, so it was stopped and its output not made."
                    : $"A loop here ran more than {context.LoopLimit} times, far more than this story bank needs, so "
                        + $"{Path.GetFileName(path)} was stopped and its output not made.",
                "Look for a loop that repeats by mistake (a range such as 1..1000000, or a loop inside a loop over "
                    + "the same list)."
            );
            return null;
        }
        catch (ScriptRuntimeException e)
            when (e.OriginalMessage.StartsWith(UnreproducibleFunctions.Marker, StringComparison.Ordinal))
        {
            var (what, hint) = SplitHint(e.OriginalMessage[UnreproducibleFunctions.Marker.Length..]);
            diagnostics.Error(
                At(e.Span, path, origin),
                DiagnosticCodes.NotReproducible,
                $"This template asks for {what}",
                hint
            );
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(
                At(e.Span, path, origin),
                DiagnosticCodes.TemplateRuntime,
                $"The template stopped: {Plain(e.OriginalMessage)}",
                HintFor(e.OriginalMessage)
            );
            return null;
        }
    }

    /// <summary>
    /// Where a Scriban span is in the file the user edits. Scriban counts lines and columns from
    /// 0, PrepPack, like people, from 1; a span in a front matter value counts from where the value starts.
    /// </summary>
    private static SourceLocation At(SourceSpan span, string path, SourceLocation origin)
    {
        // An error inside an included partial names the partial.
        if (!string.IsNullOrEmpty(span.FileName) && span.FileName != path)
            return new SourceLocation(span.FileName, span.Start.Line + 1, span.Start.Column + 1).To(
                span.End.Line + 1,
                span.End.Column + 2
            );
        // Scriban's span ends on its last character; an editor's range ends just after it.
        var end = Place(span.End, path, origin);
        return Place(span.Start, path, origin).To(end.Line, end.Column + 1);
    }

    private static SourceLocation Place(TextPosition position, string path, SourceLocation origin) =>
        position.Line == 0
            ? new SourceLocation(path, origin.Line, origin.Column + position.Column)
            : new SourceLocation(path, origin.Line + position.Line, position.Column + 1);

    /// <summary>Scriban's words for its output limit and for its loop limit, in a range or across nested
    /// loops.</summary>
    private static bool IsLimit(string message) =>
        message.Contains("OutputLimit", StringComparison.Ordinal)
        || message.Contains("LoopLimit", StringComparison.Ordinal)
        || message.Contains("iteration limit", StringComparison.Ordinal);

    /// <summary>The message and its hint, as the refusing function wrote them: the hint is its last sentence.</summary>
    private static (string What, string Hint) SplitHint(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal) + 1;
        return (message[..cut], message[(cut + 1)..]);
    }

    private static string Plain(string message) => message.TrimEnd('.') + ".";

    private static string HintFor(string message) =>
        message.Contains("not found", StringComparison.OrdinalIgnoreCase)
            ? "Check the spelling: names are in snake_case, such as story.card.action_1 or profile.target_role."
            : "Check the expression at this line against the variables listed in docs/templates.md.";

    private static RenderedTemplate Failed(IReadOnlyList<string> partials, DiagnosticBag diagnostics) =>
        new(null, null, null, partials, diagnostics.Sorted());
}
