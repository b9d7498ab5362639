using System.Collections.Concurrent;
using PrepPack.Content;

namespace PrepPack.Tests.Support;

/// <summary>Reads from the disk like a build does, counting how many times each file is read.</summary>
internal sealed class CountingFiles : IFileSource
{
    private readonly ConcurrentDictionary<string, int> _reads = new(StringComparer.Ordinal);

    /// <summary>Each file read, by file name within the folder it was in ("stories/gamma.yaml"), with how many
    /// times.</summary>
    public IReadOnlyDictionary<string, int> Reads =>
        _reads.ToDictionary(
            r => Path.Combine(Path.GetFileName(Path.GetDirectoryName(r.Key)!), Path.GetFileName(r.Key)),
            r => r.Value
        );

    public bool ReadBytes(string path, out byte[] bytes, out (string Message, string Hint)? problem)
    {
        _reads.AddOrUpdate(path, 1, (_, n) => n + 1);
        return DiskFiles.Instance.ReadBytes(path, out bytes, out problem);
    }
}
