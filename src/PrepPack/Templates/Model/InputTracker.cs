using System.Collections.Concurrent;

namespace PrepPack.Templates.Model;

/// <summary>
/// Records which content files a template read while it rendered, so a rebuild knows which
/// outputs an edit touches. Reading the list of stories reads every story: their scores decide
/// its order and their principles who is in it.
/// </summary>
public sealed class InputTracker
{
    private readonly ConcurrentDictionary<string, byte> _read = new(StringComparer.Ordinal);

    private bool _recording;

    public static InputTracker None { get; } = new();

    public IReadOnlyCollection<string> Files => _read.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>From now on, reads count. Building the model reads everything to sort and choose;
    /// only what the template then reads is an input of its output.</summary>
    public void Start() => _recording = !ReferenceEquals(this, None);

    public void Read(string file)
    {
        if (_recording) _read.TryAdd(file, 0);
    }

    public void ReadAll(IEnumerable<string> files)
    {
        foreach (var file in files) Read(file);
    }
}
