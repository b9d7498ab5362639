using PrepPack.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Content.Yaml;

/// <summary>
/// Where each field of a file is written, by its path (<c>card.result</c>, <c>star.actions[1]</c>,
/// <c>numbers[0].value</c>), so checks made after reading can point at the field they are about.
/// A field's place is its key; a list item's is the item.
/// </summary>
public sealed class FieldPlaces
{
    private readonly Dictionary<string, SourceLocation> _places = new(StringComparer.Ordinal);

    public static FieldPlaces None { get; } = new();

    internal static FieldPlaces Read(string file, YamlMappingNode root)
    {
        var places = new FieldPlaces();
        places.Walk(file, root, "");
        return places;
    }

    /// <summary>The place of the field, else of the nearest group that holds it, else <paramref
    /// name="otherwise"/>.</summary>
    public SourceLocation Of(string path, SourceLocation otherwise)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
            if (_places.TryGetValue(p, out var at))
                return at;
        return otherwise;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut < 0 ? "" : path[..cut];
    }

    private void Walk(string file, YamlNode node, string path)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name })
                        continue;
                    var field = path.Length == 0 ? name : $"{path}.{name}";
                    _places.TryAdd(field, Positions.At(file, key));
                    Walk(file, value, field);
                }
                break;
            case YamlSequenceNode sequence:
                var i = 0;
                foreach (var item in sequence)
                {
                    var field = $"{path}[{i++}]";
                    _places.TryAdd(field, Positions.At(file, item));
                    Walk(file, item, field);
                }
                break;
        }
    }
}
