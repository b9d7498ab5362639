using System.Security.Cryptography;
using System.Text;

namespace PrepPack.Word;

/// <summary>
/// A heading's id as the name of a Word bookmark. Word reads at most 40 characters of a bookmark
/// name (the Open XML schema's limit) and wants it to start with a letter; a longer id (a story id
/// may hold 100) keeps its start and ends in a short hash of the whole, so two long ids that start
/// alike still name two bookmarks, and links to the id find it. Letters of any language are kept.
/// </summary>
internal static class WordBookmarkName
{
    private const int MaxLength = 40;
    private const int HashLength = 8;

    public static string For(string id)
    {
        var name = id.Length > 0 && char.IsLetter(id[0]) ? id : "x" + id;
        if (name.Length <= MaxLength)
            return name;
        var keep = MaxLength - HashLength - 1;
        if (char.IsHighSurrogate(name[keep - 1]))
            keep--;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..HashLength];
        return name[..keep] + "_" + hash;
    }
}
