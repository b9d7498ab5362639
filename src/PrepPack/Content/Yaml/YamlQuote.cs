namespace PrepPack.Content.Yaml;

/// <summary>A value written in quotes as YAML reads it back unchanged, for hints that say "write it so".</summary>
internal static class YamlQuote
{
    public static string Of(string value) =>
        value.Contains('"') || value.Contains('\\') ? "'" + value.Replace("'", "''") + "'" : "\"" + value + "\"";
}
