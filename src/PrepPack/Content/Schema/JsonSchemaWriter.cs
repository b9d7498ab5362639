using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PrepPack.Content.Schema;

/// <summary>
/// Writes a content schema as JSON Schema (draft-07, which the YAML language server reads best).
/// Each kind says what the reader accepts: a line of text may also be written as a number or
/// true/false, and an optional field may be left empty, as the reader allows both. An unknown
/// field is refused, as the reader refuses it.
/// </summary>
internal static class JsonSchemaWriter
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        // The descriptions are read by people: quotes, dashes and arrows stay as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>What a YAML scalar read as text may be after the editor parses it.</summary>
    private static readonly string[] Scalar = ["string", "number", "boolean"];

    public static string Write(ContentSchema schema)
    {
        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = schema.Title,
            ["description"] = $"{schema.Files} in a PrepPack content folder.",
        };
        Object(root, schema.Shape, schema, required: true);
        return root.ToJsonString(Options) + "\n";
    }

    private static void Object(JsonObject node, ObjectShape shape, ContentSchema schema, bool required)
    {
        node["type"] = Types(required, "object");
        var properties = new JsonObject();
        foreach (var field in shape.Fields)
            properties[field.Name] = Field(field, schema);
        node["properties"] = properties;
        var names = shape.Fields.Where(f => f.Required).Select(f => (JsonNode?)f.Name).ToArray();
        if (names.Length > 0)
            node["required"] = new JsonArray(names);
        node["additionalProperties"] = false;
    }

    private static JsonObject Field(FieldShape field, ContentSchema schema)
    {
        var node = new JsonObject { ["description"] = schema.Describe(field) };
        var required = field.Required;
        switch (field.Kind)
        {
            case FieldKind.Text:
                node["type"] = Types(required, Scalar);
                break;
            case FieldKind.Id:
                node["type"] = Types(required, "string");
                node["pattern"] = @"^[\p{L}\p{M}\p{Nd}_-]{1,100}$";
                break;
            case FieldKind.StoryId or FieldKind.QuestionId:
                node["type"] = Types(required, "string");
                break;
            case FieldKind.Integer or FieldKind.Number:
                node["type"] = Types(required, field.Kind == FieldKind.Integer ? "integer" : "number");
                node["minimum"] = field.Min;
                node["maximum"] = field.Max;
                break;
            case FieldKind.Boolean:
                node["enum"] = new JsonArray(true, false, "yes", "no", "on", "off", null);
                break;
            case FieldKind.Choice:
                node["enum"] = new JsonArray([
                    .. field.Allowed.Select(a => (JsonNode?)a),
                    .. required ? Array.Empty<JsonNode?>() : [null],
                ]);
                break;
            case FieldKind.Formatted when field.Min is not null:
                // A form that may also be written as a bare whole number (a time as 105 seconds).
                node["anyOf"] = AnyOf(
                    required,
                    Formed(field),
                    new JsonObject
                    {
                        ["type"] = "integer",
                        ["minimum"] = field.Min,
                        ["maximum"] = field.Max,
                    }
                );
                break;
            case FieldKind.Formatted:
                node["type"] = Types(required, "string");
                if (field.Pattern is not null)
                    node["pattern"] = field.Pattern;
                break;
            case FieldKind.Texts:
                node["anyOf"] = AnyOf(
                    required,
                    ScalarText(),
                    new JsonObject { ["type"] = "array", ["items"] = ScalarText() }
                );
                break;
            case FieldKind.Group:
                Object(node, field.Fields!, schema, required);
                break;
            case FieldKind.LineOrGroup:
                node["anyOf"] = AnyOf(required, new JsonObject { ["type"] = "string" }, Fields(field, schema));
                break;
            case FieldKind.Items:
                node["type"] = Types(required, "array");
                node["items"] = Fields(field, schema);
                break;
            case FieldKind.LinesOrItems:
                node["anyOf"] = AnyOf(
                    required,
                    new JsonObject { ["type"] = "string" },
                    new JsonObject
                    {
                        ["type"] = "array",
                        ["items"] = new JsonObject
                        {
                            ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, Fields(field, schema)),
                        },
                    }
                );
                break;
            case FieldKind.NamedGroups:
                node["type"] = Types(required, "object");
                node["additionalProperties"] = Fields(field, schema);
                break;
            case FieldKind.NamedTexts:
                node["type"] = Types(required, "object");
                node["additionalProperties"] = ScalarText();
                break;
            case FieldKind.NamedLists:
                node["type"] = Types(required, "object");
                node["additionalProperties"] = new JsonObject
                {
                    ["anyOf"] = new JsonArray(
                        new JsonObject { ["type"] = "string" },
                        new JsonObject
                        {
                            ["type"] = "array",
                            ["items"] = new JsonObject { ["type"] = "string" },
                        }
                    ),
                };
                break;
        }
        return node;
    }

    private static JsonObject Fields(FieldShape field, ContentSchema schema)
    {
        var node = new JsonObject();
        Object(node, field.Fields!, schema, required: true);
        return node;
    }

    private static JsonObject Formed(FieldShape field)
    {
        var node = new JsonObject { ["type"] = "string" };
        if (field.Pattern is not null)
            node["pattern"] = field.Pattern;
        return node;
    }

    private static JsonObject ScalarText() => new() { ["type"] = new JsonArray([.. Scalar.Select(t => (JsonNode?)t)]) };

    /// <summary>The JSON types of a value; an optional field may also be left empty (null).</summary>
    private static JsonNode Types(bool required, params string[] types)
    {
        var all = required ? types : [.. types, "null"];
        return all.Length == 1 ? all[0] : new JsonArray([.. all.Select(t => (JsonNode?)t)]);
    }

    private static JsonArray AnyOf(bool required, params JsonObject[] forms) =>
        new([.. forms, .. required ? Array.Empty<JsonNode?>() : [new JsonObject { ["type"] = "null" }]]);
}
