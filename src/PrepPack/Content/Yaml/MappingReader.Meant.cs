using PrepPack.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Content.Yaml;

/// <summary>
/// The reader's part that explains what a user meant when the file says something else: fields
/// written without indenting them under their group, a field name glued to its value, and a list
/// of names written without brackets.
/// </summary>
internal sealed partial class MappingReader
{
    /// <summary>
    /// A list of short names, such as a story's themes. A name with commas in it, written without
    /// quotes, is a list written without brackets: it is kept as typed, one name, and a warning says
    /// what to write.
    /// </summary>
    /// <param name="one">What one name is called: "theme".</param>
    public IReadOnlyList<string> Names(string key, string one)
    {
        var names = Strings(key);
        var value = Describes ? null : Find(key)?.Value;
        var written = value switch
        {
            YamlScalarNode single => [single],
            YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().ToList(),
            _ => new List<YamlScalarNode>(),
        };
        foreach (
            var scalar in written.Where(s =>
                s.Style == YamlDotNet.Core.ScalarStyle.Plain && s.Value?.Contains(',') == true
            )
        )
        {
            var parts = scalar.Value!.Split(
                ',',
                StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
            );
            if (parts.Length < 2)
                continue;
            var list = string.Join(", ", parts);
            _diagnostics.Warning(
                Positions.At(File, scalar),
                DiagnosticCodes.ListWithoutBrackets,
                $"'{scalar.Value.Trim()}' is read as one {one}: without brackets, commas do not make a list, so "
                    + $"{What} is not found under {string.Join(" or ", parts.Select(p => $"'{p}'"))}.",
                value is YamlSequenceNode
                    ? $"Write each {one} as an item of its own ('- {parts[0]}'), or the list in brackets: {key}: "
                        + $"[{list}]."
                    : $"Write the list in brackets: {key}: [{list}]. To keep the commas in one {one}, put it in quotes."
            );
        }
        return names;
    }

    /// <summary>
    /// Unknown fields that follow a group left empty (<c>card:</c> with nothing after it) were meant
    /// for the group and written without indenting them: one error at the first says so, instead of
    /// one "not a field" each and "'card' is empty". The group is added to <paramref name="explained"/>.
    /// </summary>
    private HashSet<YamlNode> NotIndented(HashSet<string> explained)
    {
        var run = new HashSet<YamlNode>();
        string? group = null;
        var keys = new List<YamlNode>();
        foreach (var (key, value) in _node.Children.Append(default))
        {
            var name = key is null ? null : KeyText(key);
            if (group is not null && name is not null && !_fields.Contains(name))
            {
                keys.Add(key!);
                continue;
            }
            if (group is not null && keys.Count > 0)
                Report(group, keys);
            group = null;
            keys.Clear();
            if (name is not null && _groups.ContainsKey(name) && value is YamlScalarNode empty && IsNull(empty))
                group = name;
        }
        return run;

        void Report(string group, List<YamlNode> keys)
        {
            // One field close to a field of this mapping is more likely misspelt than misplaced.
            if (keys.Count == 1 && DidYouMean.Closest(KeyText(keys[0]), _fields) is not null)
                return;
            run.UnionWith(keys);
            explained.Add(group);
            var first = KeyText(keys[0]);
            var more = keys.Count switch
            {
                1 => "",
                2 => " and the field after it",
                _ => $" and the {keys.Count - 1} fields after it",
            };
            var hint = _groups[group]
                ? $"Write them under '{group}:' as an item of its list: indent '- {first}:' by two spaces under "
                    + $"'{group}:', and line up the fields after it with '{first}:'."
                : $"Indent '{first}:' under '{group}:' by two "
                    + $"spaces{(keys.Count > 1 ? $", and the lines after it up to '{KeyText(keys[^1])}:'" : "")}.";
            _diagnostics.Error(
                Positions.At(File, keys[0]),
                DiagnosticCodes.FieldNotIndented,
                $"'{first}:'{more} {(keys.Count == 1 ? "is" : "are")} not indented under '{group}:', so "
                    + $"{(keys.Count == 1 ? "it is" : "they are")} read as {(keys.Count == 1 ? "a field" : "fields")} "
                    + $"of {What} and '{group}' is left empty.",
                hint
            );
        }
    }

    /// <summary>For text such as <c>impact:5</c> where fields were expected: the missing space is the fix.</summary>
    private static string? GluedHint(YamlNode value) =>
        value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } text }
        && YamlCauses.Glued(text) is var (name, rest)
            ? $"'{name}:{rest}' has no space after the colon, so YAML reads it as text, not as the field '{name}'. "
                + $"Put a space after the colon: '{name}: {rest}'."
            : null;
}
