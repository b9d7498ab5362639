using System.Text;
using Scriban;
using Scriban.Runtime;

namespace PrepPack.Templates;

/// <summary>
/// Scriban's output, remembering for each piece of text the template line that wrote it, so a
/// problem found later in the Markdown can be reported at the line the user edits.
/// </summary>
internal sealed class MappedOutput(TemplateContext context) : IScriptOutput
{
    private readonly StringBuilder _text = new();
    private readonly List<(int Offset, string File, int Line, int Column)> _writes = [];

    public void Write(string value, int offset, int count)
    {
        if (count <= 0)
            return;
        var span = context.CurrentSpan;
        // Scriban gives no span for the value of an expression ({{ story.title }}); it belongs to
        // the statement written just before it, on the same template line.
        if (span.Start.Line == 0 && span.Start.Column == 0 && _writes.Count > 0)
            _writes.Add(_writes[^1] with { Offset = _text.Length });
        else
            _writes.Add((_text.Length, span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1));
        _text.Append(value, offset, count);
    }

    public ValueTask WriteAsync(string value, int offset, int count, CancellationToken cancellationToken)
    {
        Write(value, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => _text.ToString();

    /// <summary>The template place of each line of the text, for the first thing written on it that is not
    /// blank.</summary>
    public IReadOnlyList<Diagnostics.SourceLocation?> Lines(string fallbackFile)
    {
        var text = _text.ToString();
        var lines = new List<Diagnostics.SourceLocation?> { null };
        var write = 0;
        for (var i = 0; i < text.Length; i++)
        {
            while (write + 1 < _writes.Count && _writes[write + 1].Offset <= i)
                write++;
            if (text[i] == '\n')
            {
                lines.Add(null);
                continue;
            }
            if (lines[^1] is null && !char.IsWhiteSpace(text[i]) && write < _writes.Count)
            {
                var (start, file, line, column) = _writes[write];
                // Raw text starts where the tag before it ends: each newline in it moves to the next template line.
                var newlines = text.AsSpan(start, i - start).Count('\n');
                lines[^1] = new Diagnostics.SourceLocation(
                    file.Length == 0 ? fallbackFile : file,
                    line + newlines,
                    newlines > 0 ? 1 : column
                );
            }
        }
        return lines;
    }
}
