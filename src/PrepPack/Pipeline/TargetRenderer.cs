using System.Diagnostics;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;
using PrepPack.Incremental;
using PrepPack.IO;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Text;
using PrepPack.Markdown;
using PrepPack.Pdf;
using PrepPack.Pdf.Pieces;
using PrepPack.Templates;
using PrepPack.Templates.Model;
using PrepPack.Theming;
using PrepPack.Word;

namespace PrepPack.Pipeline;

/// <summary>Makes one target: Scriban to Markdown, then the PDF or Word writer. Records every input it read.</summary>
/// <param name="sourceDate">The date written into every file (SOURCE_DATE_EPOCH), or null.</param>
/// <param name="interview">The framework of the interview at hand, which the cheat sheet shows, or null.</param>
/// <param name="laidOut">Given each PDF's pages as laid out, by output file name (for <c>preview</c>), or null.</param>
/// <param name="files">The build's snapshot of its inputs, which partials and templates are read from.</param>
internal sealed class TargetRenderer(
    StoryBank bank,
    Theme theme,
    string? interview,
    Lazy<FontLibrary> fonts,
    string date,
    TemplateFolder templates,
    string outputFolder,
    DateTime? sourceDate,
    Content.IFileSource files,
    Action<string, LaidOutDocument>? laidOut = null
)
{
    // From the whole bank, so the changed-cards document (a few stories) runs under the same limits.
    private readonly TemplateLimits limits = TemplateLimits.For(bank);

    private readonly DocumentWriters writers = new(
        new PdfDocumentWriter(
            theme,
            fonts,
            sourceDate,
            laidOut,
            keptPages: document => KeptPages(document, files, templates.Theme, outputFolder),
            pageLimit: TemplateLimits.For(bank).Pages
        ),
        new WordDocumentWriter(theme, fonts, Anchors(bank), sourceDate)
    );

    public RenderedOutput Render(BuildTarget target, string reason, StoryBank? only = null, string? outputName = null)
    {
        var clock = Stopwatch.StartNew();
        var tracker = new InputTracker();
        var (model, globals) = ModelFor(target, only ?? bank, tracker);

        var name = outputName is null ? target.Name : Path.GetFileNameWithoutExtension(outputName);
        var failed = new BuiltOutput
        {
            Name = outputName ?? $"{name}.{target.Source.Settings.Extension}",
            Template = target.Template,
            MarkdownName = name,
            Status = OutputStatus.Failed,
            Reason = reason,
        };
        tracker.Start();
        var scriban = TemplateRenderer.Render(target.Source, model, globals, limits, files);
        var inputs = new Dictionary<InputKey, string?>(tracker.Read)
        {
            [InputKey.OfFile(target.Template)] = null,
            [InputKey.OfFile(templates.Theme)] = null,
            [InputKey.OfFile(templates.Fonts)] = null,
        };
        foreach (var partial in scriban.Partials)
            inputs[InputKey.OfFile(partial)] = null;
        if (!scriban.Succeeded)
            return new RenderedOutput(failed, null, scriban.Diagnostics, inputs);

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(scriban.Diagnostics);
        var markdownPath = Path.Combine(outputFolder, ".preppack", "markdown", name + ".md");
        var (settings, body) = (scriban.Settings!, scriban.Body!);
        // One language for every output: the profile's, unless a template names its own.
        settings = settings with { Lang = settings.Lang ?? bank.Profile.Language };
        var writer = writers.For(settings.Format);
        foreach (var read in writer.Reads)
            inputs[InputKey.OfFile(read)] = null;
        var fileName = outputName ?? settings.Output ?? $"{name}.{settings.Extension}";
        failed = failed with { Name = fileName, Markdown = scriban.Markdown };
        if (!OutputFolder.IsPlainName(fileName))
        {
            // The name came from 'changed_output:' when the changed cards are made, from 'output:' otherwise.
            var key = outputName is null ? "output" : "changed_output";
            var at = target.Source.Entries.FirstOrDefault(e => e.Key == key)?.TextAt
                ?? SourceLocation.StartOf(target.Template);
            diagnostics.Error(
                at,
                DiagnosticCodes.FrontMatterInvalid,
                $"The output name '{(fileName.Length > 60 ? fileName[..60] + "…" : fileName)}' must be a plain file "
                    + "name such as cards.pdf, of at most 150 characters.",
                $"Remove any folder from '{key}:' in the template's front matter, and keep the name short."
            );
            return new RenderedOutput(failed, null, diagnostics.Sorted(), inputs);
        }

        // Blank pages are never what a template is for: an `if` that is never true, a loop over nothing.
        if (string.IsNullOrWhiteSpace(body))
            diagnostics.Warning(
                SourceLocation.StartOf(target.Template),
                DiagnosticCodes.EmptyOutput,
                $"{Path.GetFileName(target.Template)} wrote no text, so {fileName} is blank.",
                "Check the template's 'if' and 'for' blocks and the content they read, or remove the template."
            );

        var setup = DocumentSetup.From(settings, theme.Page);
        if (!setup.HasRoom)
        {
            var at = target.Source.Entries.FirstOrDefault(e => e.Key == "margin")?.TextAt
                ?? target.Source.Entries.FirstOrDefault(e => e.Key == "page")?.TextAt
                ?? SourceLocation.StartOf(target.Template);
            diagnostics.Error(
                at,
                DiagnosticCodes.FrontMatterInvalid,
                $"Margins of {setup.Margin / 72:0.##}in leave {Math.Max(0, setup.TextWidth) / 72:0.##}in x "
                    + $"{Math.Max(0, setup.TextHeight) / 72:0.##}in for text on a {setup.Width / 72:0.##}in x "
                    + $"{setup.Height / 72:0.##}in page.",
                $"Use smaller margins (at most "
                    + $"{(Math.Min(setup.Width, setup.Height) - DocumentSetup.LeastText) / 2 / 72:0.##}in) or a "
                    + "larger page."
            );
            return new RenderedOutput(failed, null, diagnostics.Sorted(), inputs);
        }

        var rest = body.TrimStart('\n');
        var frontMatter =
            scriban.Markdown is { } text && text.EndsWith(rest, StringComparison.Ordinal)
                ? text[..^rest.Length]
                : scriban.Markdown ?? "";
        var document = new RenderedDocument(markdownPath, name, fileName, settings, frontMatter, body);
        var (bytes, pages, problems) = writer.Write(document, diagnostics);
        // Problems the writers found are reported where the user can fix them, not in the Markdown.
        var contentFiles = inputs
            .Keys.Select(k => k.File)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();
        var map = new SourceMap(markdownPath, body, scriban.Lines, contentFiles, target.Template, files);
        problems = problems.Select(map.Remap).ToList();
        var output = failed with
        {
            Status = bytes is not null ? OutputStatus.Written : OutputStatus.Failed,
            Pages = pages,
            Bytes = bytes?.Length ?? 0,
            Elapsed = clock.Elapsed,
        };
        return new RenderedOutput(
            output,
            bytes,
            [.. problems, .. LeftOutWarnings.For(model, target.Template, fileName)],
            inputs
        );
    }

    /// <summary>The file a target writes, from its front matter alone: what <c>--only</c> matches before anything is
    /// made.</summary>
    public string OutputName(BuildTarget target)
    {
        var (model, globals) = ModelFor(target, bank, tracker: null);
        return TemplateRenderer.OutputName(target.Source, model, globals, files)?.Trim() is { Length: > 0 } named
            ? named
            : $"{target.Name}.{target.Source.Settings.Extension}";
    }

    /// <summary>What a target's template sees: the pack, and the framework or story it is made for.</summary>
    private (PackModel Model, Dictionary<string, object?> Globals) ModelFor(
        BuildTarget target,
        StoryBank stories,
        InputTracker? tracker
    )
    {
        var model = new PackModel(stories, theme.Cards, date, tracker, theme.OnePage, target.Interview ?? interview);
        var globals = new Dictionary<string, object?>();
        if (target.ForEach == ForEach.Framework)
            globals["framework"] = model.Framework(target.Key);
        if (target.ForEach == ForEach.Story)
            globals["story"] = model.Story(target.Key);
        return (model, globals);
    }

    /// <summary>A one-pager opens with a heading bookmarked "story-&lt;id&gt;" (or "question-&lt;id&gt;"): its warnings
    /// point at that file. Gathered once, when the first Word file needs them.</summary>
    private static Func<string, SourceLocation?> Anchors(StoryBank bank)
    {
        var places = new Lazy<Dictionary<string, SourceLocation>>(() =>
        {
            var stories = bank.Stories.ToDictionary(s => "story-" + s.Id, s => s.IdAt);
            foreach (var question in bank.Questions)
                stories.TryAdd("question-" + question.Id, question.IdAt);
            return stories;
        });
        return anchor => places.Value.TryGetValue(anchor, out var at) ? at : null;
    }

    /// <summary>The pages of a document's pieces kept from the last build, in the output folder: keyed by
    /// the theme and the front matter too.</summary>
    private static PieceCache KeptPages(
        RenderedDocument document,
        Content.IFileSource files,
        string themeFile,
        string outputFolder
    )
    {
        var themeText = files.ReadBytes(themeFile, out var bytes, out _)
            ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))
            : "";
        return new PieceCache(
            Path.Combine(outputFolder, ".preppack", "layout", document.Name),
            themeText + "\n" + document.FrontMatter
        );
    }
}
