using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PrepPack.Diagnostics;

namespace PrepPack.Markdown;

/// <summary>
/// Warns about Markdown a writer leaves out, at its line in the generated Markdown file, so nothing
/// disappears without a word. The PDF writer lays a document out several times; each place is
/// reported once. The messages are the same for both writers, which differ only in their name.
/// </summary>
internal sealed class UnsupportedMarkdown(string file, string writer, DiagnosticBag diagnostics)
{
    private const string TemplateHint =
        "Write it in Markdown in the template that made this line (see \"How documents are made\" in "
        + "docs/templates.md), or remove it.";

    private readonly HashSet<(int, int, string)> _reported = [];

    /// <summary>Raw HTML prints nothing. A comment is meant to print nothing, so only other HTML is reported.</summary>
    public void Html(HtmlBlock block)
    {
        if (block.Type != HtmlBlockType.Comment)
            Html(block, block.Lines.ToString());
    }

    /// <summary>Inline HTML prints nothing (the text between tags still prints). A closing tag was
    /// reported at its opening one.</summary>
    public void Html(HtmlInline inline)
    {
        if (
            !inline.Tag.StartsWith("<!--", StringComparison.Ordinal)
            && !inline.Tag.StartsWith("</", StringComparison.Ordinal)
        )
            Html(inline, inline.Tag);
    }

    public void Image(LinkInline image) =>
        Report(
            image,
            $"The image '{image.Url}' is not shown in {writer}; it is left out.",
            "PrepPack prints no images: describe it in words, or remove it from the template that made this line."
        );

    public void RelativeLink(LinkInline link) =>
        Report(
            link,
            $"The link to '{link.Url}' goes nowhere in {writer}, so its text is shown without a link.",
            "Link to a heading with '#id' or to a full address such as https://example.org."
        );

    public void Footnote(LinkReferenceDefinition definition) =>
        Report(
            definition,
            $"The footnote '[{definition.Label}]' is not shown in {writer}; it is left out.",
            "Put the note in the text, in brackets, in the template that made this line."
        );

    /// <summary>Markdown the writer has no renderer for, named by Markdig's type for want of a better name.</summary>
    public void Unknown(MarkdownObject node) =>
        Report(node, $"This Markdown ({node.GetType().Name}) is not shown in {writer}; it is left out.", TemplateHint);

    /// <summary>
    /// PP0435: a line of a <c>```chart</c> block that cannot be read, at its line (from 0, as Markdig counts)
    /// and column.
    /// </summary>
    public void ChartLine(int line, int column, string message)
    {
        var at = new SourceLocation(file, line + 1, column);
        lock (_reported)
            if (_reported.Add((at.Line, at.Column, message)))
                diagnostics.Warning(
                    at,
                    DiagnosticCodes.ChartLineUnreadable,
                    message,
                    "Write each row as 'date | value | value', values as numbers (3.5) or times (1:45), "
                        + "'—' for none; settings as 'alt: …' or 'budget: 2:00'."
                );
    }

    private void Html(MarkdownObject node, string html) =>
        Report(node, $"Raw HTML '{Shorten(html)}' is not shown in {writer}; it is left out.", TemplateHint);

    private void Report(MarkdownObject node, string message, string hint)
    {
        // Markdig counts lines and columns from 0; the body keeps the file's line numbers.
        var at = new SourceLocation(file, node.Line + 1, node.Column + 1);
        lock (_reported)
            if (_reported.Add((at.Line, at.Column, message)))
                diagnostics.Warning(at, DiagnosticCodes.UnsupportedMarkdown, message, hint);
    }

    private static string Shorten(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= 40 ? text : text[..39].TrimEnd() + "…";
    }
}
