using System.Text.Json;
using PrepPack.Diagnostics;

namespace PrepPack.Incremental;

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
            json.WriteNumber("checked", manifest.Checked.Ticks);
            json.WriteStartObject("files");
            foreach (var (path, state) in manifest.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject(path);
                json.WriteString("hash", state.Hash);
                json.WriteNumber("length", state.Length);
                json.WriteNumber("written", state.Written.Ticks);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            Map(json, "content", manifest.Content);
            Diagnostics(json, "warnings", manifest.Warnings);
            json.WriteStartArray("changedOutputs");
            foreach (var name in manifest.ChangedOutputs)
                json.WriteStringValue(name);
            json.WriteEndArray();
            json.WriteStartObject("printed");
            foreach (var (name, printed) in manifest.Printed.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject(name);
                json.WriteString("changed", printed.Changed);
                Map(json, "content", printed.Content);
                json.WriteEndObject();
            }
            json.WriteEndObject();
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
                foreach (var (key, value) in record.Inputs.OrderBy(i => i.Key))
                    json.WriteString(key.Format(), value);
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
    /// <remarks>Plain loops, not LINQ: LINQ over JSON elements is compiled when the program runs, which
    /// costs a build with nothing to do more than reading the file.</remarks>
    public static Manifest? Read(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        if (!root.TryGetProperty("format", out var format) || format.GetInt32() != Manifest.CurrentFormat)
            return null;
        var changed = new List<string>();
        foreach (var name in root.GetProperty("changedOutputs").EnumerateArray())
            changed.Add(Text(name));
        var outputs = new Dictionary<string, OutputRecord>();
        foreach (var o in root.GetProperty("outputs").EnumerateObject())
        {
            var inputs = o.Value.GetProperty("inputs").GetRawText();
            outputs[o.Name] = new OutputRecord(
                Text(o.Value.GetProperty("output")),
                Text(o.Value.GetProperty("template")),
                new RecordedInputs(() => InputMap(inputs)),
                Text(o.Value.GetProperty("hash")),
                o.Value.GetProperty("pages").GetInt32(),
                o.Value.GetProperty("length").GetInt64(),
                new DateTime(o.Value.GetProperty("written").GetInt64(), DateTimeKind.Utc),
                Diagnostics(o.Value.GetProperty("warnings"))
            );
        }
        // A record written before the cards could be marked printed has none: the changed cards then count from the
        // last build.
        var printed = new Dictionary<string, PrintedCards>();
        if (root.TryGetProperty("printed", out var marks))
            foreach (var p in marks.EnumerateObject())
                printed[p.Name] = new PrintedCards(
                    Text(p.Value.GetProperty("changed")),
                    Map(p.Value.GetProperty("content"))
                );
        var failures = new Dictionary<string, FailedOutput>();
        foreach (var o in root.GetProperty("failures").EnumerateObject())
            failures[o.Name] = new FailedOutput(
                Text(o.Value.GetProperty("output")),
                Text(o.Value.GetProperty("template")),
                Diagnostics(o.Value.GetProperty("diagnostics"))
            );
        return new Manifest
        {
            Tool = root.GetProperty("tool").GetString() ?? "",
            Stamp = root.GetProperty("stamp").GetString() ?? "",
            Checked = new DateTime(root.GetProperty("checked").GetInt64(), DateTimeKind.Utc),
            Files = Files(root.GetProperty("files")),
            Content = Map(root.GetProperty("content")),
            Warnings = Diagnostics(root.GetProperty("warnings")),
            ChangedOutputs = changed,
            Printed = printed,
            Outputs = outputs,
            Failures = failures,
        };
    }

    private static DiagnosticSeverity Severity(string name) =>
        name switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            _ => throw new FormatException($"A manifest diagnostic has the unknown severity '{name}'."),
        };

    /// <summary>A string the manifest must hold; a null is damage, and sets the manifest aside.</summary>
    private static string Text(JsonElement element) =>
        element.GetString() ?? throw new FormatException("A manifest value is missing.");

    private static void Map(Utf8JsonWriter json, string name, Dictionary<string, string> map)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in map.OrderBy(m => m.Key, StringComparer.Ordinal))
            json.WriteString(key, value);
        json.WriteEndObject();
    }

    private static Dictionary<string, FileState> Files(JsonElement element)
    {
        var files = new Dictionary<string, FileState>(StringComparer.Ordinal);
        foreach (var file in element.EnumerateObject())
            files[file.Name] = new FileState(
                Text(file.Value.GetProperty("hash")),
                file.Value.GetProperty("length").GetInt64(),
                new DateTime(file.Value.GetProperty("written").GetInt64(), DateTimeKind.Utc)
            );
        return files;
    }

    private static Dictionary<string, string> Map(JsonElement element)
    {
        var map = new Dictionary<string, string>();
        foreach (var p in element.EnumerateObject())
            map[p.Name] = Text(p.Value);
        return map;
    }

    /// <summary>An output's inputs. An entry this PrepPack cannot read is kept as an unknown key,
    /// which makes that one output rebuild, rather than setting the whole record aside; so does a
    /// damaged list, found only now that a build asks for it.</summary>
    private static Dictionary<InputKey, string> InputMap(string json)
    {
        var inputs = new Dictionary<InputKey, string>();
        try
        {
            using var document = JsonDocument.Parse(json);
            foreach (var p in document.RootElement.EnumerateObject())
                inputs[InputKey.Parse(p.Name)] = Text(p.Value);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            inputs = new Dictionary<InputKey, string> { [new InputKey(InputKind.Unknown, "inputs")] = "" };
        }
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
            if (d.Location.HasEnd)
            {
                json.WriteNumber("endLine", d.Location.EndLine);
                json.WriteNumber("endColumn", d.Location.EndColumn);
            }
            json.WriteString("code", d.Code);
            // A failed output's errors must stay errors: read back as warnings, the next build
            // would say "no errors" and succeed.
            json.WriteString("severity", d.IsError ? "error" : "warning");
            json.WriteString("message", d.Message);
            if (d.Hint is not null)
                json.WriteString("hint", d.Hint);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static List<Diagnostic> Diagnostics(JsonElement element)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var d in element.EnumerateArray())
            diagnostics.Add(
                new Diagnostic(
                    Location(d),
                    Severity(Text(d.GetProperty("severity"))),
                    Text(d.GetProperty("code")),
                    Text(d.GetProperty("message")),
                    d.TryGetProperty("hint", out var hint) ? hint.GetString() : null
                )
            );
        return diagnostics;
    }

    /// <summary>A recorded warning's place; one recorded before ranges were kept has its start alone.</summary>
    private static SourceLocation Location(JsonElement d)
    {
        var at = new SourceLocation(
            Text(d.GetProperty("file")),
            d.GetProperty("line").GetInt32(),
            d.GetProperty("column").GetInt32()
        );
        return d.TryGetProperty("endLine", out var endLine) && d.TryGetProperty("endColumn", out var endColumn)
            ? at.To(endLine.GetInt32(), endColumn.GetInt32())
            : at;
    }
}
