using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PrepPack.Content.Yaml;

/// <summary>
/// Passes YamlDotNet's parser events through, refusing what a story file never needs and what
/// would hang or crash the reader: a key that is a list, a group or an alias of one (an alias
/// bomb used as a key takes minutes to hash), and a second document. It also remembers where
/// each '[' or '{' opened, because YamlDotNet reports an unclosed one without a position.
/// </summary>
internal sealed class CheckedParser(IParser inner) : IParser
{
    private readonly Stack<Frame> _frames = new();
    private readonly HashSet<string> _collectionAnchors = [];
    private int _documents;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the innermost '[' or '{' still open began, if any.</summary>
    public Mark? OpenFlow => _frames.FirstOrDefault(f => f.Flow)?.Start;

    /// <summary>Where the last event began: the best position for an error the parser gives none for.</summary>
    public Mark? Last { get; private set; }

    public bool MoveNext()
    {
        if (!inner.MoveNext())
            return false;
        var e = inner.Current!;
        Last = e.Start;
        switch (e)
        {
            case DocumentStart when ++_documents > 1:
                throw new Refused(
                    e.Start,
                    "The file holds a second YAML document after a '---' line; PrepPack reads one per file.",
                    "Remove the '---' line and merge the fields into one document, or move the second part to a file "
                        + "of its own."
                );
            case MappingStart m:
                Key(m, collection: true);
                Remember(m.Anchor, collection: true);
                _frames.Push(new Frame(true, m.Style == MappingStyle.Flow, m.Start));
                break;
            case SequenceStart s:
                Key(s, collection: true);
                Remember(s.Anchor, collection: true);
                _frames.Push(new Frame(false, s.Style == SequenceStyle.Flow, s.Start));
                break;
            case MappingEnd or SequenceEnd:
                _frames.Pop();
                Completed();
                break;
            case Scalar scalar
                when scalar.Style == ScalarStyle.DoubleQuoted && FirstControl(scalar.Value) is { } control:
                // Written as an escape ("\x1f", "\u0000"): not in the file's text, yet in the value all the same.
                throw new Refused(
                    scalar.Start,
                    $"This value holds {ControlCharacter.Describe(control)}, written as an escape inside its quotes; "
                        + "an invisible character has no place in the text, and it would break the exports.",
                    "Remove the escape that starts with a backslash (such as \\x1f or \\u0000) from the value.",
                    Diagnostics.DiagnosticCodes.ControlCharacter
                );
            case Scalar scalar:
                Key(scalar, collection: false);
                Remember(scalar.Anchor, collection: false);
                Completed();
                break;
            case AnchorAlias alias when _collectionAnchors.Contains(alias.Value.Value):
                // Aliases of lists and groups are how a few lines of YAML grow to billions of
                // values; no story needs one, so they are refused before they are expanded.
                throw new Refused(
                    alias.Start,
                    $"'*{alias.Value.Value}' repeats a whole list or group of fields; PrepPack reads each value "
                        + "written out.",
                    "Write the values out in full here instead of the alias."
                );
            case AnchorAlias alias:
                Key(alias, collection: false);
                Completed();
                break;
        }
        return true;
    }

    private void Key(ParsingEvent e, bool collection)
    {
        if (!collection || _frames.Count == 0 || !_frames.Peek().IsMapping || !_frames.Peek().ExpectKey)
            return;
        throw new Refused(
            e.Start,
            "A field name here is a list or a group of fields; a field name must be a plain word.",
            "Write the field name as a word followed by ':', for example 'title: ...'."
        );
    }

    private void Remember(AnchorName anchor, bool collection)
    {
        if (!anchor.IsEmpty && collection)
            _collectionAnchors.Add(anchor.Value);
    }

    /// <summary>A node ended: in a mapping, a key is followed by its value and a value by the next key.</summary>
    private void Completed()
    {
        if (_frames.Count > 0 && _frames.Peek().IsMapping)
            _frames.Peek().ExpectKey = !_frames.Peek().ExpectKey;
    }

    private static char? FirstControl(string value)
    {
        for (var i = 0; i < value.Length; i++)
            if (ControlCharacter.IsRefused(value[i], i + 1 < value.Length ? value[i + 1] : '\0'))
                return value[i];
        return null;
    }

    public void Reset() => throw new NotSupportedException();

    private sealed class Frame(bool isMapping, bool flow, Mark start)
    {
        public bool IsMapping { get; } = isMapping;
        public bool Flow { get; } = flow;
        public Mark Start { get; } = start;
        public bool ExpectKey { get; set; } = true;
    }

    /// <summary>Something the file holds that PrepPack will not read, with where and what to do.</summary>
    public sealed class Refused(
        Mark at,
        string message,
        string hint,
        string code = Diagnostics.DiagnosticCodes.YamlSyntax
    ) : Exception(message)
    {
        public Mark At { get; } = at;
        public string Hint { get; } = hint;
        public string Code { get; } = code;
    }
}
