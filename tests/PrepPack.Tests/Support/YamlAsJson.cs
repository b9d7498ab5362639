using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Tests.Support;

/// <summary>
/// A YAML file as the YAML language server of an editor sees it before checking it against a
/// schema: the YAML 1.2 core schema, so a plain 5 is a number, true a boolean, ~ null, and
/// anything quoted text.
/// </summary>
internal static partial class YamlAsJson
{
    public static JToken Read(string path) => ReadText(File.ReadAllText(path));

    public static JToken ReadText(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JToken Convert(YamlNode node) =>
        node switch
        {
            YamlMappingNode mapping => new JObject(
                mapping.Children.Select(p => new JProperty(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))
            ),
            YamlSequenceNode sequence => new JArray(sequence.Children.Select(Convert)),
            YamlScalarNode scalar => Scalar(scalar),
            _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType}"),
        };

    private static JToken Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
            return new JValue(text);
        if (text is "" or "~" or "null" or "Null" or "NULL")
            return JValue.CreateNull();
        if (text is "true" or "True" or "TRUE")
            return new JValue(true);
        if (text is "false" or "False" or "FALSE")
            return new JValue(false);
        if (Integer().IsMatch(text))
            return new JValue(long.Parse(text, CultureInfo.InvariantCulture));
        if (Float().IsMatch(text))
            return new JValue(double.Parse(text, CultureInfo.InvariantCulture));
        return new JValue(text);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
