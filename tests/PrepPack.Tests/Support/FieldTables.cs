using System.Text;
using PrepPack.Content.Schema;

namespace PrepPack.Tests.Support;

/// <summary>The docs' table of every field of a content file, made from the same schema the editor reads.</summary>
internal static class FieldTables
{
    public static string Markdown(ContentSchema schema)
    {
        var table = new StringBuilder("| field | kind | what it holds |\n|---|---|---|\n");
        foreach (var field in schema.Shape.All())
            table.Append(
                $"| `{field.Path}` | {Kind(field)}{(field.Required ? ", required" : "")} | {schema.Describe(field)} |\n"
            );
        return table.ToString();
    }

    private static string Kind(FieldShape field) =>
        field.Kind switch
        {
            FieldKind.Text => "text",
            FieldKind.Id => "id",
            FieldKind.StoryId => "story id",
            FieldKind.QuestionId => "question id",
            FieldKind.Integer => $"whole number, {field.Min} to {field.Max}",
            FieldKind.Number => $"number, {field.Min} to {field.Max}",
            FieldKind.Boolean => "true or false",
            FieldKind.Texts => "list of texts",
            FieldKind.Choice => string.Join(" or ", field.Allowed.Select(a => $"`{a}`")),
            FieldKind.Formatted => field.Expected?.StartsWith("a ", StringComparison.Ordinal) == true
                ? field.Expected[2..]
                : field.Expected ?? "text",
            FieldKind.Group => "group",
            FieldKind.LineOrGroup => "story id, or group",
            FieldKind.Items => "list of groups",
            FieldKind.LinesOrItems => "list of texts or groups",
            FieldKind.NamedGroups => "groups by name",
            FieldKind.NamedTexts => "texts by name",
            FieldKind.NamedLists => "lists of ids by name",
            _ => field.Kind.ToString(),
        };
}
