using System.Collections.Concurrent;

namespace PrepPack.Incremental;

/// <summary>
/// Records what a template read while it rendered, so a rebuild knows which outputs an edit
/// touches: whole files (the profile, a framework), or single values ("a story's card", "the
/// order of the stories") with a fingerprint of what was read.
/// </summary>
public sealed class InputTracker
{
    private readonly ConcurrentDictionary<InputKey, string?> _read = new();
    private bool _recording;

    public static InputTracker None { get; } = new();

    /// <summary>Everything read: files (no fingerprint: hashed when recorded) and values with their
    /// fingerprints.</summary>
    public IReadOnlyDictionary<InputKey, string?> Read => _read;

    /// <summary>From now on, reads count. Building the model reads everything to sort and choose;
    /// only what the template then reads is an input of its output.</summary>
    public void Start() => _recording = !ReferenceEquals(this, None);

    /// <summary>A whole file was read.</summary>
    public void File(string path)
    {
        if (_recording)
            _read.TryAdd(InputKey.OfFile(path), null);
    }

    /// <summary>One value was read; <paramref name="fingerprint"/> says what it was.</summary>
    public void Value(InputKey key, Func<string> fingerprint)
    {
        if (_recording && !_read.ContainsKey(key))
            _read.TryAdd(key, fingerprint());
    }
}
