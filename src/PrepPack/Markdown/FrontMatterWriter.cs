using YamlDotNet.Serialization;

namespace PrepPack.Markdown;

/// <summary>
/// Writes front matter with YAML's own serializer, so any value (quotes, ': ', several lines)
/// comes out as valid YAML that reads back as the same text.
/// </summary>
public static class FrontMatterWriter
{
    /// <summary>"---", the settings in the order given, "---"; nothing when there are none.</summary>
    public static string Write(IEnumerable<FrontMatterEntry> entries)
    {
        var values = new OrderedDictionary<string, string>();
        foreach (var entry in entries) values[entry.Key] = entry.Text;
        if (values.Count == 0) return "";
        // Quoting what would otherwise read as a number, true or null keeps every value text.
        var yaml = new SerializerBuilder().WithQuotingNecessaryStrings().Build().Serialize(values);
        return "---\n" + yaml.ReplaceLineEndings("\n") + "---\n";
    }
}
