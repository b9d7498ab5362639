using PrepPack.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Content.Yaml;

/// <summary>The one place where YamlDotNet's marks become PrepPack's source locations.</summary>
internal static class Positions
{
    // YamlDotNet marks are already 1-based, as users count lines and columns.
    public static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    /// <summary>From one mark to another: a YAML end mark is just after the text, as an editor's range ends.</summary>
    public static SourceLocation Between(string file, Mark start, Mark end) =>
        At(file, start).To((int)end.Line, (int)end.Column);

    /// <summary>A scalar from its first character to its last; a mapping or a list only where it starts, so an
    /// editor marks the word at fault, not a whole story.</summary>
    public static SourceLocation At(string file, YamlNode node) =>
        node is YamlScalarNode ? Between(file, node.Start, node.End) : At(file, node.Start);
}
