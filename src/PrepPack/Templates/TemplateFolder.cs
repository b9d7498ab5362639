using PrepPack.Diagnostics;

namespace PrepPack.Templates;

/// <summary>The templates folder: documents (<c>cards.sbn</c>), partials (<c>_card.sbn</c>), the theme and
/// fonts.</summary>
public sealed record TemplateFolder(string Root)
{
    public string Theme => Path.Combine(Root, "theme.yaml");
    public string Fonts => Path.Combine(Root, "fonts");

    /// <summary>Every template that makes an output; names starting with '_' are partials.</summary>
    public IReadOnlyList<string> Documents(DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(Root))
        {
            diagnostics.Error(
                SourceLocation.WholeOf(Root),
                DiagnosticCodes.NoTemplates,
                "The templates folder does not exist.",
                "Run PrepPack from the folder that holds 'templates/', or name it with --templates."
            );
            return [];
        }
        var documents = Directory
            .EnumerateFiles(Root, "*.sbn")
            .Where(f => !Path.GetFileName(f).StartsWith('_') && !Content.EditorFiles.Holds(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (documents.Count == 0)
            diagnostics.Error(
                SourceLocation.WholeOf(Root),
                DiagnosticCodes.NoTemplates,
                "The templates folder holds no templates (*.sbn files), so there is nothing to build.",
                "Copy the templates folder of PrepPack's sample, or add a template such as cards.sbn."
            );
        return documents;
    }
}
