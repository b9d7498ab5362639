using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PrepPack.Markdown;

/// <summary>
/// Writes front matter with YAML's own emitter, so any value (quotes, ': ', several lines) comes
/// out as valid YAML that reads back as the same text. Written event by event rather than by
/// YamlDotNet's serializer, which finds its way through objects by reflection (no use for a
/// dictionary of strings, and not available in a Native AOT program); the text is the same.
/// </summary>
public static partial class FrontMatterWriter
{
    /// <summary>"---", the settings in the order given, "---"; nothing when there are none.</summary>
    public static string Write(IEnumerable<FrontMatterEntry> entries)
    {
        var values = new OrderedDictionary<string, string>();
        foreach (var entry in entries)
            values[entry.Key] = entry.Text;
        if (values.Count == 0)
            return "";
        var text = new StringWriter();
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Any));
        foreach (var (key, value) in values)
        {
            emitter.Emit(Text(key));
            emitter.Emit(Text(value));
        }
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return "---\n" + text.ToString().ReplaceLineEndings("\n") + "---\n";
    }

    // Quoting what would otherwise read as a number, true or null keeps every value text; the
    // emitter picks the style of the rest (plain where it can be).
    private static Scalar Text(string value) =>
        new(
            null,
            null,
            value,
            value.Trim().Length == 0 || ReadsAsOtherThanText().IsMatch(value)
                ? ScalarStyle.DoubleQuoted
                : ScalarStyle.Any,
            true,
            true
        );

    /// <summary>Null, a boolean or a number in YAML 1.2, or text starting with a space: what a plain scalar would not
    /// read back as the same text.</summary>
    [GeneratedRegex(
        @"^(null|Null|NULL|\~|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|"
            + @"[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?(\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN|\s.*)$"
    )]
    private static partial Regex ReadsAsOtherThanText();
}
