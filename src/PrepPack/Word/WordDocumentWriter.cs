using PrepPack.Diagnostics;
using PrepPack.Layout.Text;
using PrepPack.Markdown;
using PrepPack.Theming;

namespace PrepPack.Word;

/// <summary>Writes documents as Word files, styled from the theme or its reference document.</summary>
/// <param name="locate">Where the user wrote what a bookmarked heading shows ("story-&lt;id&gt;"), for warnings
/// about it; null for a bookmark with no such place.</param>
/// <param name="date">The date written into every file (SOURCE_DATE_EPOCH), or null.</param>
public sealed class WordDocumentWriter(
    Theme theme,
    Lazy<FontLibrary> fonts,
    Func<string, SourceLocation?> locate,
    DateTime? date
) : IDocumentWriter
{
    public OutputFormat Format => OutputFormat.Docx;

    // A Word file takes its styles from the reference document, so editing it makes the file again.
    public IEnumerable<string> Reads => WordReference.PathOf(theme) is { } reference ? [reference] : [];

    public WrittenDocument Write(RenderedDocument document, DiagnosticBag diagnostics)
    {
        var word = MarkdownWord.Render(
            document.Path,
            document.Settings,
            document.Body,
            theme,
            fonts.Value,
            diagnostics,
            locate,
            date
        );
        return new WrittenDocument(word.Bytes, word.Pages, word.Diagnostics);
    }
}
