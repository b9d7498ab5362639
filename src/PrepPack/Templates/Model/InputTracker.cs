using System.Collections.Concurrent;

namespace PrepPack.Templates.Model;

/// <summary>
/// Records what a template read while it rendered, so a rebuild knows which outputs an edit
/// touches: whole files (the profile, a framework), or single values of a story ("its card",
/// "the order of the stories") with a fingerprint of what was read.
/// </summary>
public sealed class InputTracker
{
    private readonly ConcurrentDictionary<string, string?> _read = new(StringComparer.Ordinal);
    private bool _recording;

    public static InputTracker None { get; } = new();

    /// <summary>Everything read: a file path (hashed later), or a "file#value" key with its fingerprint.</summary>
    public IReadOnlyDictionary<string, string?> Read => _read;

    /// <summary>From now on, reads count. Building the model reads everything to sort and choose;
    /// only what the template then reads is an input of its output.</summary>
    public void Start() => _recording = !ReferenceEquals(this, None);

    /// <summary>A whole file was read.</summary>
    public void File(string path)
    {
        if (_recording) _read.TryAdd(path, null);
    }

    /// <summary>One value was read; <paramref name="fingerprint"/> says what it was.</summary>
    public void Value(string key, Func<string> fingerprint)
    {
        if (_recording && !_read.ContainsKey(key)) _read.TryAdd(key, fingerprint());
    }

    /// <summary>The key of a value: the file it comes from and what it is.</summary>
    public static string Key(string file, string what) => $"{file}#{what}";
}
