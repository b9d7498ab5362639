namespace PrepPack.Content.Schema;

/// <summary>The fields of one mapping (a file, a group, a list item), in the order the reader asks for them.</summary>
public sealed class ObjectShape(string path)
{
    private readonly List<FieldShape> _fields = [];

    /// <summary>"" for the file itself, else the path of the group: <c>card</c>, <c>numbers[]</c>.</summary>
    public string Path { get; } = path;

    public IReadOnlyList<FieldShape> Fields => _fields;

    /// <summary>The field's shape, made on first mention; a later mention refines it (an id is read as text
    /// first).</summary>
    public FieldShape Note(string name, FieldKind kind, bool required)
    {
        var field = _fields.Find(f => f.Name == name);
        if (field is null)
        {
            field = new FieldShape(name, Path.Length == 0 ? name : $"{Path}.{name}");
            _fields.Add(field);
        }
        field.Kind = kind;
        field.Required |= required;
        return field;
    }

    /// <summary>Every field at every depth, parents before their fields.</summary>
    public IEnumerable<FieldShape> All()
    {
        foreach (var field in _fields)
        {
            yield return field;
            if (field.Fields is { } inner)
                foreach (var nested in inner.All())
                    yield return nested;
        }
    }
}
