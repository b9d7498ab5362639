namespace PrepPack.Diagnostics;

/// <summary>A place in a user's file. Line and column are 1-based, as people count them.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>A location with no line, for whole folders or files that could not be opened.</summary>
    public static SourceLocation WholeOf(string file) => new(file, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
}
