using System.Diagnostics;
using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;
using PrepPack.Layout.Text;
using PrepPack.Pdf;
using PrepPack.Templates;
using PrepPack.Templates.Model;
using PrepPack.Word;

namespace PrepPack.Build;

/// <summary>
/// Builds the pack: checks the content, renders every template to Markdown, lays each out and
/// writes it. Content errors stop the build before anything is written; a template that fails
/// costs only its own output; every file is replaced atomically.
/// </summary>
public static class PackBuilder
{
    public static BuildReport Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var load = StoryBankLoader.Load(options.Content);
        diagnostics.AddRange(load.Diagnostics);
        var templates = new TemplateFolder(options.Templates);
        var documents = templates.Documents(diagnostics);
        var theme = ThemeReader.Read(templates.Theme, diagnostics);
        if (diagnostics.HasErrors || load.Bank is null)
            return new BuildReport([], diagnostics.Sorted(), load.Files.Count);

        using var fonts = new FontLibrary([templates.Fonts]);
        var model = new PackModel(load.Bank, theme.Cards, ContentDate.Of(load.Bank, load.Files));
        var targets = BuildTargets.For(documents, model, diagnostics);
        var rendered = targets.AsParallel().AsOrdered()
            .Select(target => Render(target, model, theme, fonts, options.Output))
            .ToList();
        foreach (var output in rendered) diagnostics.AddRange(output.Diagnostics);
        var outputs = Write(rendered, options.Output, diagnostics);
        return new BuildReport(outputs, diagnostics.Sorted(), load.Files.Count);
    }

    private static RenderedOutput Render(BuildTarget target, PackModel model, Theme theme, FontLibrary fonts, string outputFolder)
    {
        var clock = Stopwatch.StartNew();
        var template = target.Template;
        var name = target.Name;
        var failed = new BuiltOutput { Name = name + ".pdf", Template = template, MarkdownName = name, Status = OutputStatus.Failed };
        var scriban = TemplateRenderer.Render(template, model, target.Globals);
        if (!scriban.Succeeded) return new RenderedOutput(failed, null, scriban.Diagnostics);

        var diagnostics = new DiagnosticBag();
        var markdownPath = Path.Combine(outputFolder, ".preppack", "markdown", name + ".md");
        var (settings, body) = FrontMatterReader.Read(markdownPath, scriban.Markdown!, diagnostics);
        var fileName = settings.Output ?? $"{name}.{settings.Format}";
        failed = failed with { Name = fileName, Markdown = scriban.Markdown };
        if (fileName.IndexOfAny(['/', '\\']) >= 0 || fileName.StartsWith('.'))
        {
            diagnostics.Error(SourceLocation.StartOf(template), DiagnosticCodes.FrontMatterInvalid,
                $"The output name '{fileName}' must be a plain file name such as cards.pdf.", "Remove any folder from 'output:' in the template's front matter.");
            return new RenderedOutput(failed, null, diagnostics.Sorted());
        }
        if (diagnostics.HasErrors) return new RenderedOutput(failed, null, diagnostics.Sorted());

        var (bytes, pages, problems) = settings.Format == "docx"
            ? Word(markdownPath, settings, body, theme, fonts, diagnostics, model)
            : Pdf(markdownPath, settings, body, theme, fonts, diagnostics);
        var output = failed with
        {
            Status = bytes is not null ? OutputStatus.Written : OutputStatus.Failed,
            Pages = pages,
            Bytes = bytes?.Length ?? 0,
            Elapsed = clock.Elapsed,
        };
        return new RenderedOutput(output, bytes, problems);
    }

    private static (byte[]?, int, IReadOnlyList<Diagnostic>) Pdf(string path, FrontMatter settings, string body, Theme theme, FontLibrary fonts, DiagnosticBag diagnostics)
    {
        var pdf = MarkdownPdf.Render(path, settings, body, theme, fonts, diagnostics);
        return (pdf.Bytes, pdf.PageCount, pdf.Diagnostics);
    }

    private static (byte[]?, int, IReadOnlyList<Diagnostic>) Word(string path, FrontMatter settings, string body, Theme theme, FontLibrary fonts,
        DiagnosticBag diagnostics, PackModel model)
    {
        // A one-pager opens with a heading bookmarked "story-<id>": its warnings point at the story's file.
        var stories = model.Stories.ToDictionary(s => "story-" + s.Id, s => s.Source.IdAt);
        var word = MarkdownWord.Render(path, settings, body, theme, fonts, diagnostics,
            anchor => stories.TryGetValue(anchor, out var at) ? at : null);
        return (word.Bytes, word.Pages, word.Diagnostics);
    }

    private static List<BuiltOutput> Write(List<RenderedOutput> rendered, string folder, DiagnosticBag diagnostics)
    {
        var outputs = new List<BuiltOutput>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, ".preppack", "markdown"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.WholeOf(folder), DiagnosticCodes.OutputNotWritten,
                $"The output folder could not be made: {e.Message}", "Name a folder you may write to with --out.");
            return rendered.Select(r => r.Output with { Status = OutputStatus.Failed }).ToList();
        }

        foreach (var (output, bytes, _) in rendered)
        {
            if (output.Markdown is { } markdown)
                TryWrite(Path.Combine(folder, ".preppack", "markdown", output.MarkdownName + ".md"),
                    System.Text.Encoding.UTF8.GetBytes(markdown), diagnostics);
            if (!names.Add(output.Name))
            {
                diagnostics.Error(SourceLocation.StartOf(output.Template), DiagnosticCodes.OutputNamedTwice,
                    $"Two templates write {output.Name}; this one's output was not written.", "Give one of them another 'output:' name in its front matter.");
                outputs.Add(output with { Status = OutputStatus.Failed });
                continue;
            }
            if (bytes is null)
            {
                outputs.Add(output);
                continue;
            }
            var path = Path.Combine(folder, output.Name);
            outputs.Add(TryWrite(path, bytes, diagnostics) ? output with { Path = path } : output with { Status = OutputStatus.Failed });
        }
        return outputs;
    }

    private static bool TryWrite(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        try
        {
            AtomicFile.Write(path, bytes);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.WholeOf(path), DiagnosticCodes.OutputNotWritten,
                $"{Path.GetFileName(path)} could not be written: {e.Message}",
                "Close it if a viewer has it open, check you may write to the output folder, then build again. The other outputs were written.");
            return false;
        }
    }
}
