using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// Finds where a figure is typed in the user's file, so a warning points at the figure itself and
/// not only at its field: the field's place is known, and the figure is the first match of its
/// text from there on. When the file cannot be read or the text is not found (a figure folded
/// over two lines), the field's place is used.
/// </summary>
internal sealed class SourcePlaces
{
    private readonly Dictionary<string, string[]?> _lines = new(StringComparer.Ordinal);

    /// <param name="field">Where the field holding the figure is written.</param>
    /// <param name="written">The figure as typed.</param>
    /// <param name="skip">How many earlier matches of the same text in the field to pass over.</param>
    /// <param name="linesBack">How many lines before the field's place the value may start (a highlight's 'says' may
    /// come before its 'story').</param>
    public SourceLocation Of(SourceLocation field, string written, int skip, int linesBack = 0)
    {
        if (field.Line <= 0 || Lines(field.File) is not { } lines)
            return field;
        foreach (var text in new[] { written, written.Split(' ')[0] }.Distinct())
        {
            var left = skip;
            for (var line = Math.Max(1, field.Line - linesBack); line <= lines.Length; line++)
            {
                var from =
                    line == field.Line && linesBack == 0 ? Math.Clamp(field.Column - 1, 0, lines[line - 1].Length) : 0;
                for (
                    var at = lines[line - 1].IndexOf(text, from, StringComparison.Ordinal);
                    at >= 0;
                    at = lines[line - 1].IndexOf(text, at + 1, StringComparison.Ordinal)
                )
                {
                    if (!Whole(lines[line - 1], at, text.Length))
                        continue;
                    if (left-- == 0)
                        return new SourceLocation(field.File, line, at + 1);
                }
            }
        }
        return field;
    }

    // "12" inside "120" or "2012" is not the figure, nor "5" inside "0.5", "1,500" or "5.5".
    private static bool Whole(string line, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(line[at - 1]))
        && (
            at + length >= line.Length
            || !char.IsLetterOrDigit(line[at + length])
            || !char.IsLetterOrDigit(line[at + length - 1])
        )
        && !(at >= 2 && line[at - 1] is '.' or ',' && char.IsDigit(line[at - 2]) && char.IsDigit(line[at]))
        && !(
            at + length + 1 < line.Length
            && line[at + length] is '.' or ','
            && char.IsDigit(line[at + length + 1])
            && char.IsDigit(line[at + length - 1])
        );

    private string[]? Lines(string file)
    {
        if (_lines.TryGetValue(file, out var lines))
            return lines;
        try
        {
            lines = new FileInfo(file) is { Exists: true, Length: <= UserFile.MaxBytes }
                ? File.ReadAllText(file).Replace("\r\n", "\n").Split('\n')
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            lines = null;
        }
        return _lines[file] = lines;
    }
}
