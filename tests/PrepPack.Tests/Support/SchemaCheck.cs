using NJsonSchema;
using PrepPack.Content.Schema;

namespace PrepPack.Tests.Support;

/// <summary>Checks YAML against a content schema as an editor would: the schema as PrepPack writes it, read by
/// NJsonSchema.</summary>
internal static class SchemaCheck
{
    private static readonly Dictionary<string, JsonSchema> Schemas = ContentSchemas.All.ToDictionary(
        s => s.Name,
        s => JsonSchema.FromJsonAsync(JsonSchemaWriter.Write(s)).GetAwaiter().GetResult()
    );

    /// <summary>Each problem as "path: kind", none when the YAML is valid.</summary>
    public static IReadOnlyList<string> Problems(string schema, string yaml) =>
        Schemas[schema].Validate(YamlAsJson.ReadText(yaml)).Select(e => $"{e.Path}: {e.Kind}").ToList();

    /// <summary>The schema a content file of the repository or of a bank is checked against, by its folder.</summary>
    public static string For(string contentFile) =>
        Path.GetFileName(Path.GetDirectoryName(contentFile)) switch
        {
            "stories" => "story",
            "frameworks" => "framework",
            "questions" => "question",
            "practice" => "practice-log",
            _ => "profile",
        };
}
