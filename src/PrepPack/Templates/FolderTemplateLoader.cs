using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PrepPack.Templates;

/// <summary>Finds <c>include 'name'</c> partials as <c>name.sbn</c> in the templates folder.</summary>
internal sealed class FolderTemplateLoader(string folder) : ITemplateLoader
{
    private readonly List<string> _loaded = [];

    /// <summary>Every partial a render included, so a rebuild knows what the output depends on.</summary>
    public IReadOnlyList<string> Loaded => _loaded;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase) ? templateName : templateName + ".sbn";
        return Path.Combine(folder, name);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        if (!File.Exists(templatePath))
            throw new ScriptRuntimeException(callerSpan,
                $"There is no partial '{Path.GetFileName(templatePath)}' in the templates folder.");
        if (!_loaded.Contains(templatePath)) _loaded.Add(templatePath);
        return File.ReadAllText(templatePath);
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
