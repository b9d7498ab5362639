using PrepPack.Content.Model;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Readers;

/// <summary>
/// A story's <c>short_title</c> is what the one-page outputs print in place of its title, so one
/// that is no shorter than the title, or too long for a table cell on a one-page sheet, defeats it.
/// </summary>
internal static class ShortTitleCheck
{
    /// <summary>The most characters a short title may have: a few words, one line of a matrix cell.</summary>
    public const int Most = 60;

    public static void Run(Story story, MappingReader reader)
    {
        if (story.ShortTitle is not { } shortTitle)
            return;
        var at = reader.ValueLocationOf("short_title");
        var length = shortTitle.Trim().Length;
        if (length > Most)
            reader.Diagnostics.Warning(
                at,
                DiagnosticCodes.ShortTitleTooLong,
                $"The short title has {length} characters; the one-page outputs print it in a table cell, "
                    + $"where more than {Most} make its column wide and the page shrink.",
                $"Cut short_title to a few words (at most {Most} characters); the title keeps the whole name."
            );
        else if (length >= story.Title.Trim().Length)
            reader.Diagnostics.Warning(
                at,
                DiagnosticCodes.ShortTitleTooLong,
                $"The short title has {length} characters, no fewer than the title's {story.Title.Trim().Length}, "
                    + "so the one-page outputs gain nothing from it.",
                "Make short_title a few words shorter than the title, or remove it."
            );
    }
}
