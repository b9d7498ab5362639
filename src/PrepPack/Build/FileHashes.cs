using System.Collections.Concurrent;
using System.Security.Cryptography;
using PrepPack.Content;

namespace PrepPack.Build;

/// <summary>
/// Hashes of inputs, each read once per build. A folder's hash is that of its list of file
/// names, so adding or removing a story counts as a change.
/// </summary>
public sealed class FileHashes
{
    public const string Missing = "missing";
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);

    public string Of(string path) => _hashes.GetOrAdd(path, Compute);

    private static string Compute(string path)
    {
        if (Directory.Exists(path))
        {
            var names = Directory.EnumerateFiles(path).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            return "list:" + Hex(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", names))));
        }
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null) return Missing;
        // Read as the content reader reads it, so a pipe or a looping link never hangs or crashes
        // the stamp; an unreadable file gets a hash of its own, and the load reports it.
        return UserFile.ReadBytes(path, out var bytes, out var problem)
            ? Hex(SHA256.HashData(bytes))
            : "unreadable:" + Hex(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(problem?.Message ?? "")));
    }

    public static string Of(byte[] bytes) => Hex(SHA256.HashData(bytes));

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash)[..32];
}
