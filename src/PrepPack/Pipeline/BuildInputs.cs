using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Coverage;
using PrepPack.Diagnostics;
using PrepPack.Incremental;
using PrepPack.Templates;
using PrepPack.Theming;

namespace PrepPack.Pipeline;

/// <summary>What a build reads before it plans: the checked bank, the templates, the theme and the
/// interview at hand.</summary>
/// <param name="Documents">The templates that make documents, each a path.</param>
/// <param name="Interview">The id of the framework of the interview at hand, or null for none.</param>
/// <param name="InterviewWarnings">What choosing it found, kept with the content's warnings for builds with
/// nothing to do.</param>
internal sealed record BuildInputs(
    LoadResult Load,
    TemplateFolder Templates,
    IReadOnlyList<string> Documents,
    Theme Theme,
    string? Interview,
    IReadOnlyList<Diagnostic> InterviewWarnings
)
{
    /// <summary>The bank, once the load has no errors.</summary>
    public StoryBank Bank => Load.Bank ?? throw new InvalidOperationException("The bank has errors.");

    public static BuildInputs Read(BuildOptions options, InputSnapshot files, DiagnosticBag diagnostics)
    {
        var load = CheckedBank.Load(options.Content, files);
        diagnostics.AddRange(load.Diagnostics);
        var templates = new TemplateFolder(options.Templates);
        var documents = templates.Documents(diagnostics);
        var theme = ThemeReader.Read(templates.Theme, diagnostics, files);
        // Checked here, where the theme and the bank are both known.
        var interviewWarnings = new DiagnosticBag();
        var frameworks = new ContentFolder(options.Content).FrameworksFolder;
        var interview = load.Bank is null
            ? null
            : InterviewFramework.Choose(load.Bank, theme, options.Framework, frameworks, interviewWarnings);
        diagnostics.AddRange(interviewWarnings);
        return new BuildInputs(load, templates, documents, theme, interview, [.. interviewWarnings]);
    }
}
