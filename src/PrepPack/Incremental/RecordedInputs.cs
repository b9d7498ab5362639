using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PrepPack.Incremental;

/// <summary>
/// What one output was made from, each input with its hash or fingerprint then. Read from the
/// manifest only when a build first asks: a build with nothing to do never does, and reading the
/// hundreds of inputs a pack records would cost it more than all its other work.
/// </summary>
public sealed class RecordedInputs : IReadOnlyDictionary<InputKey, string>
{
    private readonly Lazy<Dictionary<InputKey, string>> _inputs;

    public RecordedInputs(Dictionary<InputKey, string> inputs) => _inputs = new(inputs);

    /// <param name="read">Reads the inputs, once, when they are first asked for.</param>
    public RecordedInputs(Func<Dictionary<InputKey, string>> read) => _inputs = new(read);

    public string this[InputKey key] => _inputs.Value[key];

    public IEnumerable<InputKey> Keys => _inputs.Value.Keys;

    public IEnumerable<string> Values => _inputs.Value.Values;

    public int Count => _inputs.Value.Count;

    public bool ContainsKey(InputKey key) => _inputs.Value.ContainsKey(key);

    public bool TryGetValue(InputKey key, [MaybeNullWhen(false)] out string value) =>
        _inputs.Value.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<InputKey, string>> GetEnumerator() => _inputs.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
