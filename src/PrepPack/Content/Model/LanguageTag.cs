using System.Text.RegularExpressions;

namespace PrepPack.Content.Model;

/// <summary>
/// The language the text is written in, as a BCP 47 tag in its common form: a language, then
/// subtags such as a region ("en-GB", "zh-Hant-TW"). Every PDF and Word file says it, so screen
/// readers pick the voice and spelling checkers the dictionary.
/// </summary>
public readonly partial record struct LanguageTag(string Value)
{
    /// <summary>British English: the sample's spelling, and what a profile without <c>language</c> gets.</summary>
    public static LanguageTag Default { get; } = new("en-GB");

    /// <summary>The form a tag takes, for the editor schema.</summary>
    public const string Pattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";

    public static LanguageTag? Parse(string text) => Form().IsMatch(text.Trim()) ? new LanguageTag(text.Trim()) : null;

    public static bool IsValid(string text) => Form().IsMatch(text);

    public override string ToString() => Value;

    [GeneratedRegex(Pattern)]
    private static partial Regex Form();
}
