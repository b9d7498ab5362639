using PrepPack.Content.Schema;
using PrepPack.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Content.Yaml;

/// <summary>
/// A reader that describes instead of reading: run a content reader on it, and every field the
/// reader asks for is noted with its kind, limits and whether it is required, groups and list
/// items included. The editor schemas are made this way, so they say what the readers accept.
/// </summary>
internal sealed partial class MappingReader
{
    private readonly ObjectShape? _shape;

    private MappingReader(string what, ObjectShape shape)
        : this(new YamlMappingNode(), "", what, new DiagnosticBag()) => _shape = shape;

    /// <summary>A reader of an empty mapping that notes into <paramref name="shape"/> each field asked of it.</summary>
    public static MappingReader Describing(ObjectShape shape, string what) => new(what, shape);

    /// <summary>The mapping being read, for what needs the nodes themselves (the places of fields).</summary>
    public YamlMappingNode Node => _node;

    private bool Describes => _shape is not null;

    private FieldShape? Note(string key, FieldKind kind, bool required) => _shape?.Note(key, kind, required);

    private void NoteRange(string key, FieldKind kind, bool required, double min, double max)
    {
        if (Note(key, kind, required) is { } field)
            (field.Min, field.Max) = (min, max);
    }

    /// <summary>A describing reader for the fields inside <paramref name="key"/>: of the group, of each
    /// item (<paramref name="suffix"/> "[]") or of each named entry (".*").</summary>
    private MappingReader Inner(string key, FieldKind kind, bool required, string what, string suffix)
    {
        var field = _shape!.Note(key, kind, required);
        field.Fields ??= new ObjectShape(field.Path + suffix);
        return new MappingReader(what, field.Fields);
    }
}
