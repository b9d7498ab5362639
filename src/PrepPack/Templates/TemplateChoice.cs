namespace PrepPack.Templates;

/// <summary>The templates folder a build uses, and how it was found.</summary>
public sealed record TemplateChoice(string Folder, TemplateSource Source)
{
    /// <summary>In words, for the build's first line: "templates (beside the content)".</summary>
    public string Describe() =>
        Source switch
        {
            TemplateSource.Given => $"{Folder} (--templates)",
            TemplateSource.BesideContent => $"{Folder} (beside the content folder)",
            TemplateSource.CurrentFolder => $"{Folder} (in the current folder)",
            _ => "PrepPack's built-in templates (to edit them: preppack templates --out templates)",
        };
}
