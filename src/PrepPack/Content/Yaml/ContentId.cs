using System.Globalization;
using System.Text;

namespace PrepPack.Content.Yaml;

/// <summary>
/// The ids of stories, frameworks and questions: letters and digits of any language, with '-' and
/// '_'. Such an id is a file name on every system and can never name a folder ('../x') or a path.
/// Ids are compared in one Unicode form (NFC), so 'café' typed in a file and 'café' in a file name
/// saved by a Mac (which may store the accent as a separate mark) are the same id.
/// </summary>
public static class ContentId
{
    public const int MaxLength = 100;

    /// <summary>The bytes a file system allows in a name are 255; an id leaves room for what outputs add ("star-",
    /// ".docx").</summary>
    private const int MaxBytes = 200;

    public static bool IsValid(string id) =>
        id.Length is > 0 and <= MaxLength
        && Encoding.UTF8.GetByteCount(id) <= MaxBytes
        && id.EnumerateRunes().All(IsIdRune);

    /// <summary>The one form ids are kept and compared in.</summary>
    public static string Normal(string id) => Nfc.Compose(id);

    /// <summary>The id a content file's name gives it: its name without '.yaml', in the same form.</summary>
    public static string OfFile(string path) => Normal(Path.GetFileNameWithoutExtension(path));

    // Marks are part of letters in many scripts (the vowel signs of Hindi, an accent written apart).
    private static bool IsIdRune(Rune r) =>
        Rune.IsLetterOrDigit(r)
        || r.Value is '-' or '_'
        || Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
