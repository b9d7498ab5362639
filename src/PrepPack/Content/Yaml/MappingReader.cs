using System.Globalization;
using PrepPack.Content.Model;
using PrepPack.Content.Schema;
using PrepPack.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Content.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping into typed values. Every problem (missing, empty, wrong
/// type, out of range, unknown field) becomes a diagnostic at the key or value that caused it,
/// and reading goes on, so one pass reports everything wrong with a file.
/// </summary>
internal sealed partial class MappingReader
{
    private readonly YamlMappingNode _node;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<string> _fields = [];
    private readonly List<string> _missing = [];

    // Fields read as groups or lists of fields, and whether each is a list: the lines meant for one
    // written at its own column are explained by it (see Complete).
    private readonly Dictionary<string, bool> _groups = [];
    private readonly List<string> _emptyGroups = [];

    public MappingReader(YamlMappingNode node, string file, string what, DiagnosticBag diagnostics)
    {
        _node = node;
        File = file;
        What = what;
        _diagnostics = diagnostics;
    }

    public string File { get; }

    /// <summary>How messages name this mapping: "the story", "scores", "a follow-up".</summary>
    public string What { get; }

    public SourceLocation Location => Positions.At(File, _node);

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>Whether the key is written; either way it counts as a known field.</summary>
    public bool Has(string key)
    {
        if (!_fields.Contains(key))
            _fields.Add(key);
        return Find(key) is not null;
    }

    public SourceLocation LocationOf(string key) => Find(key) is { } entry ? Positions.At(File, entry.Key) : Location;

    /// <summary>Where the value of a key is written (the key itself when it has no value).</summary>
    public SourceLocation ValueLocationOf(string key) =>
        Find(key) is { } entry ? Positions.At(File, entry.Value) : Location;

    /// <summary>Where the first character of a value's text is: after its opening quote when it is quoted.</summary>
    public SourceLocation TextLocationOf(string key)
    {
        var at = ValueLocationOf(key);
        return Find(key) is { Value: YamlScalarNode { Style: ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted } }
            ? at with
            {
                Column = at.Column + 1,
            }
            : at;
    }

    /// <summary>The last id <see cref="Id"/> refused, in the form ids are compared in; null when none was.</summary>
    public string? RefusedId { get; private set; }

    /// <summary>An id (see <see cref="ContentId"/>), in the form ids are compared in.</summary>
    public string? Id(string key, bool required = false)
    {
        var id = String(key, required);
        Note(key, FieldKind.Id, required);
        if (id is null)
            return null;
        id = ContentId.Normal(id);
        if (ContentId.IsValid(id))
            return id;
        RefusedId = id;
        _diagnostics.Error(
            ValueLocationOf(key),
            DiagnosticCodes.InvalidId,
            id.Length > ContentId.MaxLength || System.Text.Encoding.UTF8.GetByteCount(id) > 200
                ? $"The id '{id[..Math.Min(id.Length, 40)]}…' is too long for a file name."
                : $"The id '{id}' may hold only letters and digits (of any language), '-' and '_'; {Unfit(id)} is not "
                    + "one of them.",
            "Use the file's name without '.yaml', such as 'quote-funnel' or 'café-報'."
        );
        return null;
    }

    /// <summary>The first character an id may not hold, named so the user can find it.</summary>
    private static string Unfit(string id)
    {
        var rune = id.EnumerateRunes().First(r => !ContentId.IsValid(r.ToString()));
        return rune.Value switch
        {
            ' ' => "a space",
            '/' or '\\' => $"'{rune}', which would name a folder,",
            _ when System.Text.Rune.IsControl(rune) || System.Text.Rune.IsWhiteSpace(rune) =>
                $"the character U+{rune.Value:X4}",
            _ => $"'{rune}'",
        };
    }

    public string? String(string key, bool required = false)
    {
        Note(key, FieldKind.Text, required);
        var value = Value(key, required);
        if (value is null)
            return null;
        if (value is not YamlScalarNode scalar)
        {
            WrongType(key, value, "a line of text");
            return null;
        }
        if (IsNull(scalar))
        {
            if (required)
                Empty(key);
            return null;
        }
        return scalar.Value!.Trim();
    }

    public int? Integer(string key, int min, int max, bool required = false)
    {
        NoteRange(key, FieldKind.Integer, required, min, max);
        var value = Value(key, required);
        if (value is null)
            return null;
        var text = (value as YamlScalarNode)?.Value;
        if (
            value is not YamlScalarNode
            || !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
        )
        {
            WrongType(key, value, $"a whole number from {min} to {max}");
            return null;
        }
        if (number < min || number > max)
        {
            _diagnostics.Error(
                Positions.At(File, value),
                DiagnosticCodes.ScoreOutOfRange,
                $"'{key}' in {What} is {number}, but it must be from {min} to {max}.",
                $"Use a whole number from {min} (lowest) to {max} (highest)."
            );
            return null;
        }
        return number;
    }

    public float? Number(string key, float min, float max)
    {
        NoteRange(key, FieldKind.Number, false, min, max);
        var value = Value(key, required: false);
        if (value is null)
            return null;
        var text = (value as YamlScalarNode)?.Value;
        if (
            value is not YamlScalarNode
            || !float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        )
        {
            WrongType(key, value, $"a number from {min} to {max}");
            return null;
        }
        if (number < min || number > max)
        {
            _diagnostics.Error(
                Positions.At(File, value),
                DiagnosticCodes.ScoreOutOfRange,
                $"'{key}' in {What} is {text}, but it must be from {min} to {max}.",
                $"Use a number from {min} to {max}."
            );
            return null;
        }
        return number;
    }

    /// <summary>
    /// A scalar that <paramref name="parse"/> turns into a value (a colour, a length), or a
    /// wrong-type error saying what was <paramref name="expected"/>. The <paramref name="pattern"/>, a
    /// regular expression of the form, tells editors what to expect; <paramref name="whole"/> tells them
    /// the form may also be written as a bare whole number in that range (a time as 105 seconds).
    /// </summary>
    public T? Parsed<T>(
        string key,
        Func<string, T?> parse,
        string expected,
        string? pattern = null,
        bool required = false,
        (int Least, int Most)? whole = null
    )
        where T : struct
    {
        if (Note(key, FieldKind.Formatted, required) is { } field)
        {
            (field.Pattern, field.Expected) = (pattern, expected);
            if (whole is { } range)
                (field.Min, field.Max) = (range.Least, range.Most);
        }
        var value = Value(key, required);
        if (value is null)
            return null;
        var text = (value as YamlScalarNode)?.Value ?? "";
        if (parse(text) is { } parsed)
            return parsed;
        WrongType(key, value, expected);
        return null;
    }

    public bool Boolean(string key)
    {
        Note(key, FieldKind.Boolean, false);
        var value = Value(key, required: false);
        if (value is null)
            return false;
        var text = (value as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
        switch (text)
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off" or "" or "~" or "null":
                return false;
            default:
                WrongType(key, value, "true or false");
                return false;
        }
    }

    /// <summary>A list of short texts; a single text is taken as a list of one.</summary>
    public IReadOnlyList<string> Strings(string key, bool required = false)
    {
        Note(key, FieldKind.Texts, required);
        var value = Value(key, required);
        return value is null ? [] : ReadStrings(key, value);
    }

    /// <summary>The id of another content file: a story's, or with <paramref name="kind"/> a question's.</summary>
    public SourceRef? Reference(
        string key,
        bool required = false,
        string expected = "the id of one story",
        FieldKind kind = FieldKind.StoryId
    )
    {
        Note(key, kind, required);
        var value = Value(key, required);
        if (value is null)
            return null;
        if (value is not YamlScalarNode scalar || IsNull(scalar))
        {
            if (value is not YamlScalarNode)
                WrongType(key, value, expected);
            else if (required)
                Empty(key);
            return null;
        }
        return new SourceRef(ContentId.Normal(scalar.Value!.Trim()), Positions.At(File, scalar));
    }

    /// <summary>One of a few known words (<c>needs: failure</c>); anything else is an error with the closest
    /// word.</summary>
    public string? OneOf(string key, IReadOnlyList<string> allowed)
    {
        var text = String(key);
        if (Note(key, FieldKind.Choice, false) is { } field)
            field.Allowed = allowed;
        if (text is null || allowed.Contains(text))
            return text;
        var words = string.Join(" or ", allowed.Select(a => $"'{a}'"));
        _diagnostics.Error(
            ValueLocationOf(key),
            DiagnosticCodes.WrongType,
            $"'{key}' in {What} should be {words}, not '{text}'.",
            DidYouMean.Closest(text, allowed) is { } closest
                ? $"Did you mean '{closest}'?"
                : $"Write {words}, or remove the line."
        );
        return null;
    }

    /// <summary>
    /// A value written either as one line (<c>backup: quote-funnel</c>) or as a group of fields
    /// (<c>backup: {story: quote-funnel, weak: "needs a number"}</c>), so a short form stays valid
    /// when a longer one is added.
    /// </summary>
    public (SourceRef? Line, MappingReader? Fields) LineOrFields(
        string key,
        string what,
        string expected,
        bool required = false
    )
    {
        if (Describes)
            return (null, Inner(key, FieldKind.LineOrGroup, required, what, ""));
        _groups[key] = false;
        var value = Value(key, required);
        switch (value)
        {
            case null:
                return (null, null);
            case YamlScalarNode scalar when IsNull(scalar):
                if (required)
                    Empty(key);
                return (null, null);
            case YamlScalarNode scalar:
                return (new SourceRef(ContentId.Normal(scalar.Value!.Trim()), Positions.At(File, scalar)), null);
            case YamlMappingNode mapping:
                return (null, new MappingReader(mapping, File, what, _diagnostics));
            default:
                WrongType(key, value, expected);
                return (null, null);
        }
    }

    /// <summary>
    /// A list whose items are each one line or a group of fields (a practice question as a plain
    /// question, or with the stories chosen for it); a single line is taken as a list of one.
    /// </summary>
    public IReadOnlyList<T> LinesOrItems<T>(
        string key,
        string itemWhat,
        Func<SourceRef, T> readLine,
        Func<MappingReader, T?> readFields
    )
        where T : class
    {
        if (Describes)
        {
            readFields(Inner(key, FieldKind.LinesOrItems, false, itemWhat, "[]"));
            return [];
        }
        _groups[key] = true;
        var value = Value(key, required: false);
        if (value is null || value is YamlScalarNode s && IsNull(s))
            return [];
        if (value is YamlScalarNode single)
            return [readLine(new SourceRef(single.Value!.Trim(), Positions.At(File, single)))];
        if (value is not YamlSequenceNode sequence)
        {
            WrongType(key, value, "a list of items, each starting with '- '");
            return [];
        }
        var items = new List<T>();
        foreach (var item in sequence)
        {
            switch (item)
            {
                case YamlScalarNode scalar when !IsNull(scalar):
                    items.Add(readLine(new SourceRef(scalar.Value!.Trim(), Positions.At(File, scalar))));
                    break;
                case YamlMappingNode mapping:
                    if (readFields(new MappingReader(mapping, File, itemWhat, _diagnostics)) is { } read)
                        items.Add(read);
                    break;
                default:
                    _diagnostics.Error(
                        Positions.At(File, item),
                        DiagnosticCodes.WrongType,
                        $"Each item of '{key}' should be a line of text, or {itemWhat} with its own fields.",
                        "Remove the empty item or write it out."
                    );
                    break;
            }
        }
        return items;
    }

    public MappingReader? Mapping(string key, string what, bool required = false)
    {
        if (Describes)
            return Inner(key, FieldKind.Group, required, what, "");
        _groups[key] = false;
        var value = Value(key, required);
        if (value is null)
            return null;
        if (value is YamlMappingNode mapping)
            return new MappingReader(mapping, File, what, _diagnostics);
        if (value is YamlScalarNode scalar && IsNull(scalar))
        {
            if (required)
                _emptyGroups.Add(key);
            return null;
        }
        WrongType(key, value, "a group of indented fields");
        return null;
    }

    /// <summary>A list whose items are mappings, each read by <paramref name="readItem"/>.</summary>
    public IReadOnlyList<T> Items<T>(
        string key,
        string itemWhat,
        Func<MappingReader, T?> readItem,
        bool required = false
    )
        where T : class
    {
        if (Describes)
        {
            readItem(Inner(key, FieldKind.Items, required, itemWhat, "[]"));
            return [];
        }
        _groups[key] = true;
        var value = Value(key, required);
        if (value is null)
            return [];
        if (value is YamlScalarNode scalar && IsNull(scalar))
        {
            if (required)
                _emptyGroups.Add(key);
            return [];
        }
        if (value is not YamlSequenceNode sequence)
        {
            WrongType(key, value, "a list of items, each starting with '- '");
            return [];
        }
        // 'principles: []' leaves the list as empty as 'principles:' does, and is told the same.
        if (required && sequence.Children.Count == 0)
        {
            _emptyGroups.Add(key);
            return [];
        }
        var items = new List<T>();
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode mapping)
            {
                _diagnostics.Error(
                    Positions.At(File, item),
                    DiagnosticCodes.WrongType,
                    $"Each item of '{key}' should be {itemWhat} with its own fields.",
                    GluedHint(item)
                        ?? $"Write each item of '{key}' as '- ' followed by its fields, as in the sample content."
                );
                continue;
            }
            if (readItem(new MappingReader(mapping, File, itemWhat, _diagnostics)) is { } read)
                items.Add(read);
        }
        return items;
    }

    /// <summary>A free-form mapping (for example framework id to principle ids), read entry by entry.</summary>
    public IReadOnlyList<(SourceRef Key, IReadOnlyList<SourceRef> Values)> ReferenceLists(string key)
    {
        Note(key, FieldKind.NamedLists, false);
        _groups[key] = false;
        var value = Value(key, required: false);
        if (value is null || value is YamlScalarNode { } s && IsNull(s))
            return [];
        if (value is not YamlMappingNode mapping)
        {
            WrongType(key, value, "a group of lines such as 'amazon: [ownership, dive-deep]'");
            return [];
        }
        return mapping
            .Children.Select(pair =>
                (
                    new SourceRef(ContentId.Normal(KeyText(pair.Key)), Positions.At(File, pair.Key)),
                    ReadReferences(KeyText(pair.Key), pair.Value)
                )
            )
            .ToList();
    }

    /// <summary>A free-form mapping of names to lines of text, keeping where each name stands.</summary>
    /// <summary>The names of a free-form mapping, each read by <paramref name="readEntry"/>.</summary>
    public IReadOnlyList<(string Name, T Value)> Entries<T>(
        string key,
        string entryWhat,
        Func<MappingReader, T> readEntry
    )
    {
        if (Describes)
        {
            readEntry(Inner(key, FieldKind.NamedGroups, false, entryWhat, ".*"));
            return [];
        }
        _groups[key] = false;
        var value = Value(key, required: false);
        if (value is null || value is YamlScalarNode { } s && IsNull(s))
            return [];
        if (value is not YamlMappingNode mapping)
        {
            WrongType(key, value, "a group of named entries");
            return [];
        }
        var result = new List<(string, T)>();
        foreach (var (k, v) in mapping.Children)
        {
            if (v is YamlMappingNode entry)
                result.Add(
                    (KeyText(k), readEntry(new MappingReader(entry, File, $"{entryWhat} '{KeyText(k)}'", _diagnostics)))
                );
            else
                WrongType(KeyText(k), v, "a group of indented fields");
        }
        return result;
    }

    public IReadOnlyList<(SourceRef Key, string Text)> TextsByName(string key)
    {
        Note(key, FieldKind.NamedTexts, false);
        _groups[key] = false;
        var value = Value(key, required: false);
        if (value is null || value is YamlScalarNode { } s && IsNull(s))
            return [];
        if (value is not YamlMappingNode mapping)
        {
            WrongType(key, value, "a group of lines such as 'meta: …'");
            return [];
        }
        var result = new List<(SourceRef, string)>();
        foreach (var (k, v) in mapping.Children)
        {
            if (v is YamlScalarNode text && !IsNull(text))
                result.Add((new SourceRef(KeyText(k), Positions.At(File, k)), text.Value!.Trim()));
            else
                WrongType(KeyText(k), v, "a line of text");
        }
        return result;
    }

    /// <summary>
    /// Reports every key that no read asked for, and every required field that is missing;
    /// call once all fields are read. A misspelt required field is reported once, as misspelt.
    /// </summary>
    public void Complete()
    {
        var explained = new HashSet<string>();
        var notIndented = NotIndented(explained);
        foreach (var key in _node.Children.Keys)
        {
            var name = KeyText(key);
            if (_fields.Contains(name) || notIndented.Contains(key))
                continue;
            var glued = YamlCauses.Glued(name) is var (field, _) && _fields.Contains(field) ? field : null;
            var suggestion = glued ?? DidYouMean.Closest(name, _fields);
            if (suggestion is not null)
                explained.Add(suggestion);
            var hint =
                glued is not null ? GluedHint(key)
                : suggestion is not null ? $"Did you mean '{suggestion}'?"
                : $"The fields of {What} are: {string.Join(", ", _fields)}.";
            _diagnostics.Error(
                Positions.At(File, key),
                DiagnosticCodes.UnknownField,
                $"'{name}' is not a field of {What}.",
                hint
            );
        }
        foreach (var key in _missing.Where(k => !explained.Contains(k)))
            _diagnostics.Error(
                Location,
                DiagnosticCodes.RequiredFieldMissing,
                $"'{key}' is missing from {What}.",
                $"Add a line '{key}: …' to {What}."
            );
        foreach (var key in _emptyGroups.Where(k => !explained.Contains(k)))
            Empty(key);
        _missing.Clear();
        _emptyGroups.Clear();
    }

    private YamlNode? Value(string key, bool required)
    {
        if (!_fields.Contains(key))
            _fields.Add(key);
        if (Find(key) is { } entry)
            return entry.Value;
        if (required)
            _missing.Add(key);
        return null;
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var pair in _node.Children)
            if (KeyText(pair.Key) == key)
                return pair;
        return null;
    }

    private IReadOnlyList<string> ReadStrings(string key, YamlNode value) =>
        ReadReferences(key, value).Select(r => r.Id).ToList();

    private IReadOnlyList<SourceRef> ReadReferences(string key, YamlNode value)
    {
        if (value is YamlScalarNode single)
            return IsNull(single)
                ? []
                : [new SourceRef(ContentId.Normal(single.Value!.Trim()), Positions.At(File, single))];
        if (value is not YamlSequenceNode sequence)
        {
            WrongType(key, value, "a list such as [one, two]");
            return [];
        }
        var items = new List<SourceRef>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode scalar && !IsNull(scalar))
                items.Add(new SourceRef(ContentId.Normal(scalar.Value!.Trim()), Positions.At(File, scalar)));
            else
                _diagnostics.Error(
                    Positions.At(File, item),
                    DiagnosticCodes.WrongType,
                    $"Each item of '{key}' should be a short line of text.",
                    "Remove the empty item or write it out."
                );
        }
        return items;
    }

    private void WrongType(string key, YamlNode value, string expected)
    {
        var found = value switch
        {
            YamlScalarNode s => $"'{s.Value}'",
            YamlSequenceNode => "a list",
            _ => "a group of fields",
        };
        _diagnostics.Error(
            Positions.At(File, value),
            DiagnosticCodes.WrongType,
            $"'{key}' in {What} should be {expected}, not {found}.",
            GluedHint(value) ?? $"Write '{key}' as {expected}, as in the sample content."
        );
    }

    private void Empty(string key) =>
        _diagnostics.Error(
            LocationOf(key),
            DiagnosticCodes.EmptyValue,
            $"'{key}' in {What} is empty.",
            $"Write its value after '{key}:', or its items under it, as in the sample content: {What} needs it."
        );

    private static string KeyText(YamlNode key) => (key as YamlScalarNode)?.Value ?? key.ToString();

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null"
        || string.IsNullOrWhiteSpace(scalar.Value);
}
