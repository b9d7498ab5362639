using PrepPack.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Content.Yaml;

/// <summary>The one place where YamlDotNet's marks become PrepPack's source locations.</summary>
internal static class Positions
{
    // YamlDotNet marks are already 1-based, as users count lines and columns.
    public static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    public static SourceLocation At(string file, YamlNode node) => At(file, node.Start);
}
