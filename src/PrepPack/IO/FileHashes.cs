using System.Security.Cryptography;
using System.Text;

namespace PrepPack.IO;

/// <summary>How the build record writes what an input was: a short hash of its bytes, of the list of
/// names in a folder, of why a file could not be read, or that it is missing.</summary>
public static class FileHashes
{
    public const string Missing = "missing";

    /// <summary>How the hash of a file that could not be read begins.</summary>
    public const string Unreadable = "unreadable:";

    public static string Of(byte[] bytes) => Hex(SHA256.HashData(bytes));

    /// <summary>A folder: the hash of its file names, so adding or removing a story counts as a change.</summary>
    public static string OfList(IEnumerable<string> names) =>
        "list:" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", names))));

    /// <summary>A file that cannot be read has a hash of its own, and the content load reports why.</summary>
    public static string OfUnreadable(string why) => Unreadable + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(why)));

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash)[..32];
}
