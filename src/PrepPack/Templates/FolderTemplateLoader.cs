using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PrepPack.Templates;

/// <summary>
/// Finds <c>include 'name'</c> partials as <c>name.sbn</c> in the templates folder, and only
/// there: a name that leads out of it ('../x', an absolute path, a link to a file elsewhere) is
/// an error at the include, so no template can put another file of the computer into a PDF.
/// A build's outputs share one snapshot of the folder, so a partial many outputs include is read once.
/// </summary>
internal sealed class FolderTemplateLoader(string folder, Content.IFileSource files) : ITemplateLoader
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
    private readonly List<string> _loaded = [];

    /// <summary>Every partial a render included, so a rebuild knows what the output depends on.</summary>
    public IReadOnlyList<string> Loaded => _loaded;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase)
            ? templateName
            : templateName + ".sbn";
        var path = Path.IsPathRooted(name) ? null : Path.GetFullPath(Path.Combine(_root, name));
        if (path is null || !Inside(path) || LinksOutside(path))
            throw new ScriptRuntimeException(
                callerSpan,
                $"The include '{templateName}' leads outside the templates folder; a partial must be a file in that "
                    + "folder, such as '_card_bullets'."
            );
        // Named as the folder was given, as every other input is, so the build's records read alike.
        return Path.Combine(folder, Path.GetRelativePath(_root, path));
    }

    private bool Inside(string full) => full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private bool LinksOutside(string path)
    {
        try
        {
            return File.Exists(path)
                && new FileInfo(path).LinkTarget is not null
                && File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target
                && !Inside(Path.GetFullPath(target.FullName));
        }
        catch (IOException)
        {
            return true;
        }
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        if (!File.Exists(templatePath))
            throw new ScriptRuntimeException(
                callerSpan,
                $"There is no partial '{Path.GetFileName(templatePath)}' in the templates folder."
            );
        if (!_loaded.Contains(templatePath))
            _loaded.Add(templatePath);
        var problems = new PrepPack.Diagnostics.DiagnosticBag();
        return Content.UserFile.ReadText(templatePath, problems, files)
            ?? throw new ScriptRuntimeException(
                callerSpan,
                $"The partial '{Path.GetFileName(templatePath)}' cannot be read: {problems.First().Message}"
            );
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
