using PrepPack.Content.Yaml;

namespace PrepPack.Content.Schema;

/// <summary>
/// The editor schema of one kind of content file, made by running its reader on a describing
/// reader: the fields, kinds and limits are the reader's own, and only the descriptions are
/// written here, in <see cref="Descriptions"/>, one for every field the reader asks for.
/// </summary>
public sealed class ContentSchema
{
    private readonly Lazy<ObjectShape> _shape;

    internal ContentSchema(
        string name,
        string title,
        string files,
        string what,
        Func<MappingReader, object?> read,
        IReadOnlyDictionary<string, string> descriptions
    )
    {
        Name = name;
        Title = title;
        Files = files;
        Descriptions = descriptions;
        _shape = new(() =>
        {
            var shape = new ObjectShape("");
            read(MappingReader.Describing(shape, what));
            return shape;
        });
    }

    /// <summary>"story": the schema's file is <c>story.schema.json</c>.</summary>
    public string Name { get; }

    public string Title { get; }

    /// <summary>Which files in the content folder it describes: <c>stories/&lt;id&gt;.yaml</c>.</summary>
    public string Files { get; }

    public string FileName => $"{Name}.schema.json";

    /// <summary>What each field holds, by its path (<c>card.context</c>, <c>numbers[].value</c>).</summary>
    public IReadOnlyDictionary<string, string> Descriptions { get; }

    public ObjectShape Shape => _shape.Value;

    /// <summary>The first line of a content file of this kind, so the YAML extension of VS Code (and any
    /// editor with the YAML language server) completes and checks its fields: the schema is found in
    /// <c>schemas/</c> beside the content folder, as <c>preppack init</c> and the repository lay them out.</summary>
    public string Modeline
    {
        get
        {
            var depth = Files.Count(c => c == '/');
            return $"# yaml-language-server: "
                + $"$schema={string.Concat(Enumerable.Repeat("../", depth + 1))}{ContentSchemas.Folder}/{FileName}";
        }
    }

    /// <summary>The description of a field; a field without one is a fault of PrepPack, caught by its tests.</summary>
    public string Describe(FieldShape field) =>
        Descriptions.TryGetValue(field.Path, out var text)
            ? text
            : throw new InvalidOperationException($"The field '{field.Path}' of the {Name} schema has no description.");
}
