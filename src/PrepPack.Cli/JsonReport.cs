using System.Text.Encodings.Web;
using System.Text.Json;
using PrepPack.Content.Model;
using PrepPack.Content.Readiness;
using PrepPack.Coverage;
using PrepPack.Diagnostics;
using PrepPack.Pipeline;

namespace PrepPack.Cli;

/// <summary>
/// <c>--format json</c>: the diagnostics and a summary as one JSON document on standard output, and
/// nothing else there; for <c>check</c>, also the readiness and coverage the text prints, in its
/// words. The property names are part of PrepPack's interface: add, never rename.
/// </summary>
internal static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Paths, quotes and arrows read as they are; a JSON reader needs no escapes for them.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="bank">The bank read, or null when it has errors.</param>
    public static void Check(
        TextWriter output,
        IReadOnlyList<Diagnostic> diagnostics,
        int files,
        StoryBank? bank = null
    ) => Write(output, "check", diagnostics, files, null, json =>
        {
            // A bank with errors is not read into stories: no readiness and no coverage, as the text prints none.
            if (bank is not null)
            {
                Readiness(json, BankReadiness.Of(bank));
                Coverage(json, BankCoverage.Of(bank));
            }
            else
            {
                json.WriteNull("readiness");
                json.WriteNull("coverage");
            }
        });

    public static void Build(TextWriter output, BuildReport report) =>
        Write(output, "build", report.Diagnostics, report.FilesRead, report.Outputs, null);

    private static void Write(
        TextWriter output,
        string command,
        IReadOnlyList<Diagnostic> diagnostics,
        int files,
        IReadOnlyList<BuiltOutput>? outputs,
        Action<Utf8JsonWriter>? more
    )
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
                json.WriteNumber(
                    "rebuilt",
                    outputs.Count(o => o.Status is OutputStatus.Written or OutputStatus.Unchanged)
                );
                json.WriteNumber("upToDate", outputs.Count(o => o.Status == OutputStatus.UpToDate));
                json.WriteNumber("failed", outputs.Count(o => o.Status == OutputStatus.Failed));
            }
            json.WriteEndObject();

            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
                Diagnostic(json, d);
            json.WriteEndArray();

            if (outputs is not null)
            {
                json.WriteStartArray("outputs");
                foreach (var o in outputs)
                    Output(json, o);
                json.WriteEndArray();
            }
            more?.Invoke(json);
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Diagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("file", d.File);
        // A message about a whole file or folder has no line: null, never a made-up 0.
        if (d.Line > 0)
            json.WriteNumber("line", d.Line);
        else
            json.WriteNull("line");
        if (d.Line > 0)
            json.WriteNumber("column", d.Column);
        else
            json.WriteNull("column");
        // Where the text at fault ends, for an editor to mark the range: null when only its start is known.
        if (d.Location.HasEnd)
            json.WriteNumber("endLine", d.Location.EndLine);
        else
            json.WriteNull("endLine");
        if (d.Location.HasEnd)
            json.WriteNumber("endColumn", d.Location.EndColumn);
        else
            json.WriteNull("endColumn");
        json.WriteString("severity", d.IsError ? "error" : "warning");
        json.WriteString("code", d.Code);
        json.WriteString("message", d.Message);
        if (string.IsNullOrEmpty(d.Hint))
            json.WriteNull("hint");
        else
            json.WriteString("hint", d.Hint);
        json.WriteEndObject();
    }

    private static void Output(Utf8JsonWriter json, BuiltOutput o)
    {
        json.WriteStartObject();
        json.WriteString("name", o.Name);
        json.WriteString(
            "status",
            o.Status switch
            {
                OutputStatus.Written => "written",
                OutputStatus.Unchanged => "unchanged",
                OutputStatus.UpToDate => "up-to-date",
                OutputStatus.Removed => "removed",
                _ => "failed",
            }
        );
        if (o.Path is not null)
            json.WriteString("path", o.Path);
        else
            json.WriteNull("path");
        json.WriteNumber("pages", o.Pages);
        json.WriteBoolean("pagesEstimated", o.PagesEstimated);
        json.WriteNumber("bytes", o.Bytes);
        if (o.Reason is not null)
            json.WriteString("reason", o.Reason);
        else
            json.WriteNull("reason");
        json.WriteEndObject();
    }

    private static void Readiness(Utf8JsonWriter json, BankReadiness readiness)
    {
        json.WriteStartObject("readiness");
        json.WriteString("headline", readiness.Headline);
        json.WriteNumber("ready", readiness.ReadyCount);
        json.WriteNumber("total", readiness.Total);
        json.WriteString("meaning", readiness.Meaning);
        json.WriteStartArray("themes");
        foreach (var theme in readiness.Themes)
        {
            json.WriteStartObject();
            json.WriteString("theme", theme.Theme.Name);
            json.WriteString("question", theme.Theme.Question);
            NullableString(json, "story", theme.StoryId);
            json.WriteBoolean("ready", theme.Ready);
            if (theme.Story is { } story)
            {
                json.WriteBoolean("storyReady", story.Ready);
                json.WriteBoolean("metric", story.HasMetric);
                json.WriteNumber("followUps", story.FollowUps);
                json.WriteNumber("seconds", story.Seconds);
                json.WriteNumber("budgetSeconds", story.WholeBudget);
                json.WriteStartArray("toFix");
                foreach (var fix in story.ToFix)
                    json.WriteStringValue(fix);
                json.WriteEndArray();
            }
            NullableString(json, "sharedWith", theme.SharedWith);
            NullableString(json, "missing", theme.Missing);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("missing");
        foreach (var item in readiness.Missing)
            json.WriteStringValue(item);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Coverage(Utf8JsonWriter json, BankCoverage coverage)
    {
        json.WriteStartArray("coverage");
        foreach (var framework in coverage.Frameworks)
        {
            json.WriteStartObject();
            json.WriteString("framework", framework.Framework.Id);
            json.WriteString("company", framework.Framework.Company);
            json.WriteString("name", framework.Framework.Name);
            json.WriteString("summary", framework.Summary);
            json.WriteNumber("strong", framework.Strong);
            json.WriteNumber("thin", framework.Thin);
            json.WriteNumber("gaps", framework.Gaps);
            json.WriteStartArray("principles");
            foreach (var principle in framework.Principles)
            {
                json.WriteStartObject();
                json.WriteString("id", principle.Principle.Id);
                json.WriteString("name", principle.Principle.Name);
                json.WriteString("status", principle.StatusWord);
                Pick(json, "primary", principle.Primary);
                Pick(json, "backup", principle.Backup);
                NullableString(json, "reason", principle.Reason);
                json.WriteStartArray("reasons");
                foreach (var reason in principle.Reasons)
                    json.WriteStringValue(reason);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Pick(Utf8JsonWriter json, string place, StoryPick? pick)
    {
        if (pick is null)
        {
            json.WriteNull(place);
            return;
        }
        json.WriteStartObject(place);
        json.WriteString("story", pick.Story.Id);
        json.WriteBoolean("picked", pick.Picked);
        NullableString(json, "weak", pick.Weak);
        json.WriteBoolean("showsPrinciple", pick.Shows);
        json.WriteEndObject();
    }

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }
}
