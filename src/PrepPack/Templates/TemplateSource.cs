namespace PrepPack.Templates;

/// <summary>Where a build's templates folder came from, in the order <see cref="TemplateLookup"/> tries them.</summary>
public enum TemplateSource
{
    Given,
    BesideContent,
    CurrentFolder,
    BuiltIn,
}
