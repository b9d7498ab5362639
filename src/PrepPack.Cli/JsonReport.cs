using System.Text.Encodings.Web;
using System.Text.Json;
using PrepPack.Build;
using PrepPack.Diagnostics;

namespace PrepPack.Cli;

/// <summary>
/// <c>--format json</c>: the diagnostics and a summary as one JSON document on standard output, and
/// nothing else there. The property names are part of PrepPack's interface: add, never rename.
/// </summary>
internal static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Paths, quotes and arrows read as they are; a JSON reader needs no escapes for them.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Check(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, int files) =>
        Write(output, "check", diagnostics, files, null);

    public static void Build(TextWriter output, BuildReport report) =>
        Write(output, "build", report.Diagnostics, report.FilesRead, report.Outputs);

    private static void Write(TextWriter output, string command, IReadOnlyList<Diagnostic> diagnostics, int files, IReadOnlyList<BuiltOutput>? outputs)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("command", command);
            json.WriteStartObject("summary");
            json.WriteBoolean("succeeded", !diagnostics.Any(d => d.IsError));
            json.WriteNumber("errors", diagnostics.Count(d => d.IsError));
            json.WriteNumber("warnings", diagnostics.Count(d => !d.IsError));
            json.WriteNumber("files", files);
            if (outputs is not null)
            {
                json.WriteNumber("outputs", outputs.Count(o => o.Status != OutputStatus.Removed));
                json.WriteNumber("rebuilt", outputs.Count(o => o.Status is OutputStatus.Written or OutputStatus.Unchanged));
                json.WriteNumber("upToDate", outputs.Count(o => o.Status == OutputStatus.UpToDate));
                json.WriteNumber("failed", outputs.Count(o => o.Status == OutputStatus.Failed));
            }
            json.WriteEndObject();

            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics) Diagnostic(json, d);
            json.WriteEndArray();

            if (outputs is not null)
            {
                json.WriteStartArray("outputs");
                foreach (var o in outputs) Output(json, o);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Diagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("file", d.File);
        // A message about a whole file or folder has no line: null, never a made-up 0.
        if (d.Line > 0) json.WriteNumber("line", d.Line); else json.WriteNull("line");
        if (d.Line > 0) json.WriteNumber("column", d.Column); else json.WriteNull("column");
        json.WriteString("severity", d.IsError ? "error" : "warning");
        json.WriteString("code", d.Code);
        json.WriteString("message", d.Message);
        if (string.IsNullOrEmpty(d.Hint)) json.WriteNull("hint"); else json.WriteString("hint", d.Hint);
        json.WriteEndObject();
    }

    private static void Output(Utf8JsonWriter json, BuiltOutput o)
    {
        json.WriteStartObject();
        json.WriteString("name", o.Name);
        json.WriteString("status", o.Status switch
        {
            OutputStatus.Written => "written",
            OutputStatus.Unchanged => "unchanged",
            OutputStatus.UpToDate => "up-to-date",
            OutputStatus.Removed => "removed",
            _ => "failed",
        });
        if (o.Path is not null) json.WriteString("path", o.Path); else json.WriteNull("path");
        json.WriteNumber("pages", o.Pages);
        json.WriteBoolean("pagesEstimated", o.PagesEstimated);
        json.WriteNumber("bytes", o.Bytes);
        if (o.Reason is not null) json.WriteString("reason", o.Reason); else json.WriteNull("reason");
        json.WriteEndObject();
    }
}
