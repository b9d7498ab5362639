namespace PrepPack.Markdown;

/// <summary>A rendered Markdown document on its way to a writer.</summary>
/// <param name="Path">Where the Markdown is kept, which the writer's messages name.</param>
/// <param name="Name">The output's name without its extension, as the build knows it.</param>
/// <param name="FileName">The file the document becomes, as the output folder names it.</param>
/// <param name="FrontMatter">The front matter's own text, for keying what is kept between builds.</param>
/// <param name="Body">The Markdown after its front matter, the front matter's lines left blank.</param>
public sealed record RenderedDocument(
    string Path,
    string Name,
    string FileName,
    FrontMatter Settings,
    string FrontMatter,
    string Body
);
