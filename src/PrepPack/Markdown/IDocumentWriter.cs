using PrepPack.Diagnostics;

namespace PrepPack.Markdown;

/// <summary>
/// Turns a rendered Markdown document into a file of one <see cref="OutputFormat"/>: the PDF writer,
/// the Word writer, and whatever comes next. The build picks one by the front matter's <c>format:</c>.
/// </summary>
public interface IDocumentWriter
{
    OutputFormat Format { get; }

    /// <summary>Files besides the template that every document of this format is made from (Word's
    /// reference document), so editing one makes the documents again.</summary>
    IEnumerable<string> Reads { get; }

    /// <param name="path">Where the Markdown is kept, which the writer's messages name.</param>
    /// <param name="fileName">The file the document becomes, as the output folder names it.</param>
    WrittenDocument Write(string path, string fileName, FrontMatter settings, string body, DiagnosticBag diagnostics);
}
