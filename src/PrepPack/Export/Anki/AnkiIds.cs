using System.Security.Cryptography;
using System.Text;

namespace PrepPack.Export.Anki;

/// <summary>
/// Ids and guids worked out from names, never from the clock, so every export of a story gives its
/// note the same id and guid: Anki finds the note it imported before and updates it instead of
/// adding a copy. The deck and the note type are named the same way.
/// </summary>
internal static class AnkiIds
{
    // Anki counts ids in milliseconds since 1970; these fall between 2017 and 2049, as Anki's own do,
    // and well inside the 2^53 a JSON reader keeps exactly.
    private const long Least = 1_500_000_000_000;
    private const long Span = 1_000_000_000_000;

    /// <summary>Anki's 91 characters for guids: letters, digits and the printable ASCII marks but quotes, backslash and
    /// space.</summary>
    private const string Base91 =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

    public static long Note(string storyId) => Id("note/" + storyId);

    public static long Card(string storyId) => Id("card/" + storyId);

    public static long Deck(string deckName) => Id("deck/" + deckName);

    /// <summary>The note type's id names its version: a change to its fields or templates must come with a new
    /// one.</summary>
    public static long NoteType(string version) => Id("notetype/" + version);

    public static string Guid(string storyId)
    {
        var value = BitConverter.ToUInt64(Hash("guid/" + storyId).AsSpan(0, 8));
        var text = new StringBuilder();
        do
        {
            text.Insert(0, Base91[(int)(value % 91)]);
            value /= 91;
        } while (value > 0);
        return text.ToString();
    }

    /// <summary>Anki's duplicate check: the first 8 hex digits of the SHA-1 of the first field's text, as a
    /// number.</summary>
    public static long Checksum(string firstField) =>
        Convert.ToInt64(Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(firstField)))[..8], 16);

    private static long Id(string name) => Least + (long)(BitConverter.ToUInt64(Hash(name).AsSpan(0, 8)) % Span);

    private static byte[] Hash(string name) => SHA256.HashData(Encoding.UTF8.GetBytes("preppack/" + name));
}
