namespace PrepPack.Diagnostics;

/// <summary>A place in a user's file. Line and column are 1-based, as people count them.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>The line where the text the message is about ends; 0 when only its start is known.</summary>
    public int EndLine { get; init; }

    /// <summary>The column just after the last character of that text, as editors count a range's end.</summary>
    public int EndColumn { get; init; }

    public bool HasEnd => EndLine > 0;

    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>A location with no line, for whole folders or files that could not be opened.</summary>
    public static SourceLocation WholeOf(string file) => new(file, 0, 0);

    /// <summary>The same start, reaching to the line and the column just after the text's last character.</summary>
    public SourceLocation To(int endLine, int endColumn) =>
        endLine > Line || endLine == Line && endColumn > Column
            ? this with
            {
                EndLine = endLine,
                EndColumn = endColumn,
            }
            : this;

    public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
}
