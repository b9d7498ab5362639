using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Markdown;

/// <summary>
/// Splits a text into the YAML between its opening "---" lines and the body after them. The
/// settings are read by YAML's own rules into entries that keep their lines and columns; the
/// body starts with blank lines, so its line numbers are the file's.
/// </summary>
internal sealed record FrontMatterBlock(IReadOnlyList<FrontMatterEntry> Entries, string Body)
{
    public static FrontMatterBlock Read(string path, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines[0].TrimEnd() != "---")
            return new([], text);
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            diagnostics.Error(
                new SourceLocation(path, 1, 1),
                DiagnosticCodes.FrontMatterInvalid,
                "The front matter that starts on line 1 has no closing '---' line.",
                "Add a line with just '---' after the settings."
            );
            return new([], text);
        }
        // A leading newline makes YAML's line numbers the file's: line 1 is the opening "---".
        var yaml = "\n" + string.Join("\n", lines[1..end]);
        var body = new string('\n', end + 1) + string.Join("\n", lines[(end + 1)..]);
        return new(yaml.Trim().Length == 0 ? [] : ReadEntries(path, yaml, diagnostics), body);
    }

    private static IReadOnlyList<FrontMatterEntry> ReadEntries(string path, string yaml, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            diagnostics.Error(
                Positions.At(path, e.Start),
                DiagnosticCodes.YamlSyntax,
                $"The front matter is not valid YAML: {YamlMessages.Explain(e)}",
                HintFor(e, yaml)
            );
            return [];
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet throws this, with no position, for a bracket or brace left open.
            diagnostics.Error(
                new SourceLocation(path, 1, 1),
                DiagnosticCodes.YamlSyntax,
                $"The front matter is not valid YAML: {e.Message.TrimEnd('.')}.",
                "Check that every [ and { has its ] and }, and every quote is closed."
            );
            return [];
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(
                new SourceLocation(path, 2, 1),
                DiagnosticCodes.FrontMatterInvalid,
                "The front matter should hold settings such as 'title: …', one per line.",
                "Write one 'name: value' per line between the '---' lines."
            );
            return [];
        }
        var entries = new List<FrontMatterEntry>();
        foreach (var (key, value) in root.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (Text(value, yaml) is { } text)
                entries.Add(new FrontMatterEntry(name, Positions.At(path, key), text, TextStart(path, value)));
            else
                diagnostics.Error(
                    Positions.At(path, value),
                    DiagnosticCodes.WrongType,
                    $"'{name}' in the front matter should be a line of text, not "
                        + $"{(value is YamlSequenceNode ? "a list" : "a group of fields")}.",
                    $"Write '{name}' as one value on its line; put it in quotes if it holds ': ' or starts with {{{{."
                );
        }
        return entries;
    }

    /// <summary>A scalar's text; for a value written <c>{{ name }}</c> without quotes (which YAML reads as braces), the
    /// text as written.</summary>
    private static string? Text(YamlNode value, string yaml)
    {
        if (value is YamlScalarNode scalar)
            return scalar.Style == ScalarStyle.Plain && scalar.Value is null or "~" or "null" ? "" : scalar.Value ?? "";
        var start = (int)value.Start.Index;
        if (start < 0 || start >= yaml.Length || !yaml.AsSpan(start).StartsWith("{{"))
            return null;
        var line = yaml.IndexOf('\n', start) is var stop and >= 0 ? yaml[start..stop] : yaml[start..];
        var close = line.LastIndexOf("}}", StringComparison.Ordinal);
        return close < 0 ? null : line[..(close + 2)];
    }

    /// <summary>Where a value's text begins: after its opening quote, or on the line after '|' or '>'.</summary>
    private static SourceLocation TextStart(string path, YamlNode value)
    {
        var at = Positions.At(path, value);
        return (value as YamlScalarNode)?.Style switch
        {
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => at with { Column = at.Column + 1 },
            ScalarStyle.Literal or ScalarStyle.Folded => at with { Line = at.Line + 1 },
            _ => at,
        };
    }

    private static string HintFor(YamlException e, string yaml)
    {
        var lines = yaml.Split('\n');
        var line = e.Start.Line >= 1 && e.Start.Line <= lines.Length ? lines[e.Start.Line - 1] : "";
        return line.Contains("{{")
            ? "Put a value that holds {{ … }} in quotes, for example: subject: \"{{ framework.company }} {{ "
                + "framework.name }}\"."
            : YamlMessages.HintFor(e);
    }
}
