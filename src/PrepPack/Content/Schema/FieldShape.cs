namespace PrepPack.Content.Schema;

/// <summary>One field as a content reader reads it: its kind, whether it is required, its limits,
/// and for a group or a list of groups, the fields inside.</summary>
public sealed class FieldShape(string name, string path)
{
    public string Name { get; } = name;

    /// <summary>Where the field stands in its file: <c>card.context</c>, <c>numbers[].value</c>.</summary>
    public string Path { get; } = path;

    public FieldKind Kind { get; set; }
    public bool Required { get; set; }

    /// <summary>The range of a number; for a <see cref="FieldKind.Formatted"/> field, of the whole number it may be
    /// written as instead.</summary>
    public double? Min { get; set; }
    public double? Max { get; set; }

    /// <summary>The words a <see cref="FieldKind.Choice"/> takes.</summary>
    public IReadOnlyList<string> Allowed { get; set; } = [];

    /// <summary>For <see cref="FieldKind.Formatted"/>: the form as a regular expression, and in words.</summary>
    public string? Pattern { get; set; }
    public string? Expected { get; set; }

    /// <summary>The fields of a group, of each item, or of each named entry.</summary>
    public ObjectShape? Fields { get; set; }
}
