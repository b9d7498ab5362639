using System.Text.Json;
using PrepPack.Diagnostics;
using PrepPack.Templates.Model;

namespace PrepPack.Build;

/// <summary>
/// The manifest as JSON, read and written field by field. A build with nothing to do is mostly
/// reading this file, and the general serializer takes longer to start than that build takes.
/// </summary>
internal static class ManifestJson
{
    public static byte[] Write(Manifest manifest)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", manifest.Format);
            json.WriteString("tool", manifest.Tool);
            json.WriteString("stamp", manifest.Stamp);
            Map(json, "content", manifest.Content);
            Diagnostics(json, "warnings", manifest.Warnings);
            json.WriteStartArray("changedOutputs");
            foreach (var name in manifest.ChangedOutputs) json.WriteStringValue(name);
            json.WriteEndArray();
            json.WriteStartObject("outputs");
            foreach (var (name, record) in manifest.Outputs.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject(name);
                json.WriteString("output", record.Output);
                json.WriteString("template", record.Template);
                json.WriteString("hash", record.Hash);
                json.WriteNumber("pages", record.Pages);
                json.WriteNumber("length", record.Length);
                json.WriteNumber("written", record.Written.Ticks);
                json.WriteStartObject("inputs");
                foreach (var (key, value) in record.Inputs.OrderBy(i => i.Key)) json.WriteString(key.Format(), value);
                json.WriteEndObject();
                Diagnostics(json, "warnings", record.Warnings);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteStartObject("failures");
            foreach (var (name, failure) in manifest.Failures.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject(name);
                json.WriteString("output", failure.Output);
                json.WriteString("template", failure.Template);
                Diagnostics(json, "diagnostics", failure.Diagnostics);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>The manifest, or null when the text is not one this PrepPack wrote.</summary>
    public static Manifest? Read(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        if (!root.TryGetProperty("format", out var format) || format.GetInt32() != Manifest.CurrentFormat) return null;
        return new Manifest
        {
            Tool = root.GetProperty("tool").GetString() ?? "",
            Stamp = root.GetProperty("stamp").GetString() ?? "",
            Content = Map(root.GetProperty("content")),
            Warnings = Diagnostics(root.GetProperty("warnings")),
            ChangedOutputs = root.GetProperty("changedOutputs").EnumerateArray().Select(n => Text(n)).ToList(),
            Outputs = root.GetProperty("outputs").EnumerateObject().ToDictionary(o => o.Name, o => new OutputRecord(
                Text(o.Value.GetProperty("output")),
                Text(o.Value.GetProperty("template")),
                InputMap(o.Value.GetProperty("inputs")),
                Text(o.Value.GetProperty("hash")),
                o.Value.GetProperty("pages").GetInt32(),
                o.Value.GetProperty("length").GetInt64(),
                new DateTime(o.Value.GetProperty("written").GetInt64(), DateTimeKind.Utc),
                Diagnostics(o.Value.GetProperty("warnings")))),
            Failures = root.GetProperty("failures").EnumerateObject().ToDictionary(o => o.Name, o => new FailedOutput(
                Text(o.Value.GetProperty("output")), Text(o.Value.GetProperty("template")), Diagnostics(o.Value.GetProperty("diagnostics")))),
        };
    }

    /// <summary>A string the manifest must hold; a null is damage, and sets the manifest aside.</summary>
    private static string Text(JsonElement element) => element.GetString() ?? throw new FormatException("A manifest value is missing.");

    private static void Map(Utf8JsonWriter json, string name, Dictionary<string, string> map)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in map.OrderBy(m => m.Key, StringComparer.Ordinal)) json.WriteString(key, value);
        json.WriteEndObject();
    }

    private static Dictionary<string, string> Map(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value));

    /// <summary>An output's inputs. An entry this PrepPack cannot read is kept as an unknown key,
    /// which makes that one output rebuild, rather than setting the whole record aside.</summary>
    private static Dictionary<InputKey, string> InputMap(JsonElement element)
    {
        var inputs = new Dictionary<InputKey, string>();
        foreach (var p in element.EnumerateObject()) inputs[InputKey.Parse(p.Name)] = Text(p.Value);
        return inputs;
    }

    private static void Diagnostics(Utf8JsonWriter json, string name, List<Diagnostic> diagnostics)
    {
        json.WriteStartArray(name);
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("file", d.File);
            json.WriteNumber("line", d.Line);
            json.WriteNumber("column", d.Column);
            json.WriteString("code", d.Code);
            json.WriteString("message", d.Message);
            if (d.Hint is not null) json.WriteString("hint", d.Hint);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static List<Diagnostic> Diagnostics(JsonElement element) => element.EnumerateArray()
        .Select(d => Diagnostic.Warning(
            new SourceLocation(Text(d.GetProperty("file")), d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()),
            Text(d.GetProperty("code")), Text(d.GetProperty("message")),
            d.TryGetProperty("hint", out var hint) ? hint.GetString() : null))
        .ToList();
}
