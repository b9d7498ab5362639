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

    WrittenDocument Write(RenderedDocument document, DiagnosticBag diagnostics);
}
