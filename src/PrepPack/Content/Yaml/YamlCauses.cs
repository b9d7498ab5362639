using System.Text.RegularExpressions;

namespace PrepPack.Content.Yaml;

/// <summary>
/// Reads the text of a file that YAML could not read, line by line as a person lays it out, and
/// names the mistakes that make YAML fail: a tab in the indentation, a field with no space after its
/// colon (<c>impact:5</c>), and a line not lined up with the lines it belongs with. YamlDotNet often
/// reports these a line later, in its own words; the cause is found here so the message can be at
/// the line of the mistake, with the fix that works.
/// </summary>
internal static partial class YamlCauses
{
    public static IReadOnlyList<YamlCause> Find(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var causes = new List<YamlCause>();
        if (DirectiveWithoutStart(lines) is { } directive)
        {
            causes.Add(directive);
            return causes;
        }
        var open = new List<Level>();
        var opens = true; // the line before opened a group or list (or the file starts)
        Level? textOf = null; // the field whose plain text the line before began, which deeper lines continue
        var blockOf = -1; // lines deeper than this column are a block of text ('|' or '>')
        var quote = '\0'; // a quoted value still open from a line above
        var flow = 0; // '[' and '{' still open from lines above
        Level? opener = null; // the field of the line before, when it opened a group
        (Level Group, Level First)? leftEmpty = null; // a group whose lines were written at its own column

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (quote != '\0')
            {
                if (QuoteCloses(line, 0, quote) >= 0)
                    quote = '\0';
                continue;
            }
            var content = line.TrimStart(' ');
            if (content.Trim().Length == 0 || content.StartsWith('#'))
                continue;
            var indent = line.Length - content.Length;
            if (blockOf >= 0 && indent > blockOf)
                continue;
            blockOf = -1;
            if (content.StartsWith('\t'))
            {
                causes.Add(
                    new YamlCause(
                        number,
                        indent + 1,
                        "This line is indented with a tab; YAML indents with spaces only.",
                        "Replace the tab with spaces, lined up with the lines around it.",
                        IsTab: true
                    )
                );
                return causes;
            }
            if (flow > 0)
            {
                flow = Math.Max(0, flow + FlowDepth(content));
                continue;
            }
            if (textOf is { } above && !opens && indent > above.Column)
            {
                // More of the plain text above, unless it is laid out as a field of its own.
                if (Field().Match(content) is { Success: true } f && !f.Groups["key"].Value.Contains(' '))
                    causes.Add(
                        leftEmpty is { } empty && empty.Group.Column == above.Column
                            ? NotIndented(empty.Group, empty.First)
                            : new YamlCause(
                                number,
                                indent + 1,
                                $"'{f.Groups["key"].Value}:' is indented more than {above.Name} on line {above.Line}, "
                                    + $"so YAML reads it as more of the text of {above.Name}.",
                                $"Line up '{f.Groups["key"].Value}:' with {above.Name} (column {above.Column + 1})."
                            )
                    );
                continue;
            }

            // The dashes of list items, then a field, then its value.
            var at = indent;
            var rest = content;
            var levels = new List<Level>();
            while (rest == "-" || rest.StartsWith("- ", StringComparison.Ordinal))
            {
                levels.Add(new Level(at, "'- '", number, Dash: true));
                var after = rest.Length == 1 ? "" : rest[2..];
                var skipped = after.Length - after.TrimStart(' ').Length;
                at += 2 + skipped;
                rest = after.TrimStart(' ');
            }
            string? value = null;
            var valueAt = at;
            string? name = null;
            if (Field().Match(rest) is { Success: true } field)
            {
                name = field.Groups["key"].Value;
                levels.Add(new Level(at, $"'{name}:'", number, Dash: false));
                value = rest[field.Length..].Trim();
                valueAt = at + field.Length + (rest.Length - field.Length - rest[field.Length..].TrimStart(' ').Length);
            }
            else if (NoSpace().Match(rest) is { Success: true } glued)
            {
                var key = glued.Groups["key"].Value;
                causes.Add(
                    new YamlCause(
                        number,
                        at + key.Length + 1,
                        $"'{key}:{glued.Groups["value"].Value}' has no space after the colon, so YAML does not read "
                            + $"it as the field '{key}'.",
                        $"Put a space after the colon: '{key}: {glued.Groups["value"].Value}'."
                    )
                );
                levels.Add(new Level(at, $"'{key}:'", number, Dash: false));
                value = glued.Groups["value"].Value;
            }
            else
                value = rest;

            if (levels.Count > 0 && Misplaced(levels[0], open, opens) is { } cause)
                causes.Add(cause);
            if (levels.Count > 0 && BadStart(value ?? "", number, valueAt, name) is { } start)
                causes.Add(start);
            if (levels.Count > 0 && CommentInBrackets(value ?? "", number, valueAt) is { } cut)
                causes.Add(cut);
            if (levels.Count == 0 && rest.StartsWith("* ", StringComparison.Ordinal))
                causes.Add(
                    new YamlCause(
                        number,
                        at + 1,
                        "'* ' does not start a list item in YAML; only '- ' does.",
                        "Start each item with '- ' instead of '* '."
                    )
                );
            if (levels.Count > 0)
            {
                if (opens && opener is { Dash: false } group && levels[0].Column == group.Column && !levels[0].Dash)
                    leftEmpty = (group, levels[0]);
                else if (leftEmpty is { } empty && levels[0].Column < empty.Group.Column)
                    leftEmpty = null;
            }
            Place(levels, open);

            // What the line leaves open for the lines after it.
            var bare = WithoutComment(value ?? "");
            opens = bare.Length == 0;
            opener = opens && levels.Count > 0 ? levels[^1] : null;
            textOf = null;
            if (bare.Length > 0 && (bare[0] is '|' or '>'))
                blockOf = levels.Count > 0 ? levels[^1].Column : indent;
            else if (bare.Length > 0 && (bare[0] is '"' or '\''))
            {
                if (QuoteCloses(bare, 1, bare[0]) < 0)
                    quote = bare[0];
            }
            else if (bare.Length > 0 && (bare[0] is '[' or '{'))
                flow = Math.Max(0, FlowDepth(bare));
            else if (bare.Length > 0 && levels.Count > 0)
                textOf = levels[^1];
        }
        return causes;
    }

    /// <summary>A field name glued to its value at the start of <paramref name="text"/> (<c>impact:5</c>), or
    /// null.</summary>
    public static (string Name, string Value)? Glued(string text) =>
        NoSpace().Match(text.Split('\n')[0].Split(' ')[0]) is { Success: true } m
            ? (m.Groups["key"].Value, m.Groups["value"].Value)
            : null;

    /// <summary>A line that starts where no line it could belong with starts, or a field at the column of list
    /// dashes.</summary>
    /// <summary>
    /// A directive line ("%YAML 1.2") that no "---" follows before the fields: YAML reads the fields as
    /// more directives, and YamlDotNet says only that it expected a document start, a line later.
    /// </summary>
    private static YamlCause? DirectiveWithoutStart(string[] lines)
    {
        int? first = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var content = lines[i].Trim();
            if (content.Length == 0 || content.StartsWith('#'))
                continue;
            if (lines[i].StartsWith('%'))
            {
                first ??= i + 1;
                continue;
            }
            if (first is not { } at || content.StartsWith("---", StringComparison.Ordinal))
                return null;
            return new YamlCause(
                at,
                1,
                $"'{lines[at - 1].Trim()}' is a YAML directive, and YAML needs a line '---' after it before the "
                    + "fields.",
                "Remove the line (PrepPack needs no directive), or put '---' on the line after it."
            );
        }
        return null;
    }

    private static YamlCause? Misplaced(Level first, List<Level> open, bool opens)
    {
        var deeper = open.LastOrDefault(l => l.Column > first.Column);
        var same = open.LastOrDefault(l => l.Column == first.Column);
        var outer = open.LastOrDefault(l => l.Column < first.Column);
        if (same is null && deeper is not null && !opens)
            return new YamlCause(
                first.Line,
                first.Column + 1,
                $"This line starts at column {first.Column + 1}, which lines up with no line above it: {deeper.Name} "
                    + $"on line {deeper.Line} starts at column "
                    + $"{deeper.Column + 1}"
                    + (outer is null ? "" : $", {outer.Name} on line {outer.Line} at column {outer.Column + 1}")
                    + ".",
                first.Dash
                    ? $"Line up the dashes: start this '- ' at column {deeper.Column + 1}, as on line {deeper.Line}, "
                        + "or at the column of the list it belongs to."
                    : $"Line up {first.Name} with {deeper.Name} (column "
                        + $"{deeper.Column + 1})"
                        + (outer is null ? "" : $", or with {outer.Name} (column {outer.Column + 1})")
                        + "."
            );
        if (
            same is { Dash: true }
            && !first.Dash
            && !open.Any(l => l.Column == first.Column && !l.Dash)
            && deeper is { Dash: false } fieldOfItem
        )
            return new YamlCause(
                first.Line,
                first.Column + 1,
                $"{first.Name} starts under the '- ' of the item above instead of under its first field, so YAML "
                    + "cannot tell which item it belongs to.",
                $"Indent {first.Name} by {fieldOfItem.Column - first.Column} more spaces, to line up with "
                    + $"{fieldOfItem.Name} on line {fieldOfItem.Line}."
            );
        return null;
    }

    /// <summary>
    /// A value whose first character means something else to YAML: '@' and '`' are reserved, '*'
    /// names a repeated value, a quote or bracket that closes before the value ends, '- ' or '>'
    /// on the field's own line. Each is fixed by putting the whole value in quotes.
    /// </summary>
    private static YamlCause? BadStart(string value, int line, int column, string? field)
    {
        var bare = WithoutComment(value);
        if (bare.Length == 0)
            return null;
        var written = field is null ? $"- {YamlQuote.Of(bare)}" : $"{field}: {YamlQuote.Of(bare)}";
        var quote = $"Put the whole value in quotes: {written}.";
        string? why = bare[0] switch
        {
            '@' or '`' => $"A value cannot start with '{bare[0]}' in YAML.",
            '*' => "A value cannot start with '*' in YAML: it names a value written elsewhere in the file.",
            '"'
            or '\''
                when QuoteCloses(bare, 1, bare[0]) is var close
                    && close >= 0
                    && bare[(close + 1)..].Trim().Length > 0 =>
                $"This value starts with a quote that closes before the value ends; YAML takes a value in quotes as "
                    + "the whole value.",
            '[' or '{' when FlowDepth(bare) == 0 && bare.TrimEnd()[^1] is not (']' or '}') =>
                $"This value starts with '{bare[0]}', which YAML reads as the start of a list, so the text after the "
                    + "closing bracket cannot follow.",
            '|'
            or '>'
                when bare.Length > 1
                    && bare.TrimStart('|', '>', '-', '+', '1', '2', '3', '4', '5', '6', '7', '8', '9').Trim().Length
                        > 0 =>
                $"'{bare[0]}' at the start of a value starts a block of text on the lines below, so nothing else may "
                    + "follow it on this line.",
            '-' when field is not null && (bare.Length == 1 || bare[1] == ' ') =>
                "A value cannot start with '- ' on its field's line: YAML reads it as a list, and a list starts on "
                    + "the line below.",
            _ => null,
        };
        if (bare[0] is '"' or '\'' && why is not null)
            written = field is null ? $"- {Requote(bare)}" : $"{field}: {Requote(bare)}";
        return why is null
            ? null
            : new YamlCause(
                line,
                column + 1,
                why,
                bare[0] is '"' or '\'' ? $"Put the whole value in quotes of the other kind: {written}." : quote
            );
    }

    /// <summary>A ' #' inside '[ ]' or '{ }': the rest of the line, closing bracket and all, is a comment.</summary>
    private static YamlCause? CommentInBrackets(string value, int line, int column)
    {
        if (value.Length == 0 || value[0] is not ('[' or '{'))
            return null;
        var (depth, quote, item) = (0, '\0', 1);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
                continue;
            }
            if (c is '"' or '\'' && value[..i].TrimEnd() is [.., '[' or '{' or ','])
                quote = c;
            else if (c is '[' or '{')
            {
                depth++;
                item = i + 1;
            }
            else if (c is ']' or '}')
                depth--;
            else if (c == ',')
                item = i + 1;
            else if (c == '#' && depth > 0 && value[i - 1] is ' ' or '\t')
            {
                var end = value.IndexOfAny([',', ']', '}'], i);
                var typed = value[item..(end < 0 ? value.Length : end)].Trim();
                return new YamlCause(
                    line,
                    column + i + 1,
                    $"In YAML ' #' starts a comment, even inside brackets, so the rest of this line is left out, its "
                        + $"closing '{(value[0] == '[' ? ']' : '}')}' too.",
                    $"Put the item in quotes: {YamlQuote.Of(typed)}."
                );
            }
        }
        return null;
    }

    /// <summary>A value that starts with one kind of quote, in the other kind.</summary>
    private static string Requote(string value) =>
        value[0] == '"'
            ? "'" + value.Replace("'", "''") + "'"
            : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Fields meant for a group, written at the group's own column: the group is read as empty.</summary>
    private static YamlCause NotIndented(Level group, Level first) =>
        new(
            first.Line,
            first.Column + 1,
            $"{first.Name} is not indented under {group.Name} on line {group.Line}, so it and the fields after it are "
                + $"read as fields of their own and {group.Name} is left empty.",
            $"Indent {first.Name} under {group.Name} by two spaces, and the lines after it that belong to "
                + $"{group.Name[..^2]}'."
        );

    /// <summary>Closes the levels the line steps out of and opens its own.</summary>
    private static void Place(List<Level> levels, List<Level> open)
    {
        if (levels.Count == 0)
            return;
        var column = levels[0].Column;
        // A field at the column of a list's dashes ends that list (a list may sit at its field's column).
        open.RemoveAll(l => l.Column > column || l.Column == column && (l.Dash == levels[0].Dash || !levels[0].Dash));
        open.AddRange(levels);
    }

    /// <summary>The value without a comment after it: a ' #' outside quotes.</summary>
    private static string WithoutComment(string value)
    {
        var quote = '\0';
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (quote != '\0')
            {
                if (quote == '"' && c == '\\')
                    i++;
                else if (c == quote)
                    quote = '\0';
            }
            else if (c is '"' or '\'' && (i == 0 || value[i - 1] is ' ' or '[' or '{' or ','))
                quote = c;
            else if (c == '#' && (i == 0 || value[i - 1] is ' ' or '\t'))
                return value[..i].Trim();
        }
        return value.Trim();
    }

    /// <summary>Where a quote opened before <paramref name="from"/> closes on this line, or -1.</summary>
    private static int QuoteCloses(string line, int from, char quote)
    {
        for (var i = from; i < line.Length; i++)
        {
            if (quote == '"' && line[i] == '\\')
            {
                i++;
                continue;
            }
            if (line[i] != quote)
                continue;
            if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    private static int FlowDepth(string text) => text.Count(c => c is '[' or '{') - text.Count(c => c is ']' or '}');

    /// <summary>A field: a name, then ':' and a space or the end of the line.</summary>
    [GeneratedRegex(@"^(?<key>[^\s#'""\[\]{}:,&*!|>%@`-][^:#]*?|-[^\s:][^:#]*?):(\s|$)")]
    private static partial Regex Field();

    /// <summary>A field name glued to its value: <c>impact:5</c>. A web address (<c>http://</c>) is not one.</summary>
    [GeneratedRegex(@"^(?<key>[\p{L}_][\p{L}\p{Nd}_-]*):(?<value>[^\s/:].*)$")]
    private static partial Regex NoSpace();

    /// <summary>Where a line's field or list dash starts (0-based), named as a message names it.</summary>
    private sealed record Level(int Column, string Name, int Line, bool Dash);
}
