using System.Text.RegularExpressions;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Theming;

/// <summary>
/// The words a header or footer may hold in braces, filled in on each page: <c>{title}</c>, <c>{page}</c> and
/// <c>{pages}</c>. Any other word in braces would print as typed on every page, so it is a warning at it.
/// </summary>
public static partial class PagePlaceholders
{
    public static readonly IReadOnlyList<string> Known = ["title", "page", "pages"];

    /// <param name="at">Where the text starts in the file.</param>
    /// <param name="asTyped">Whether the text is as the file holds it, so the column can move to each word found; a
    /// template's value has been rendered, so its columns are not the file's.</param>
    public static void Check(string? text, SourceLocation at, DiagnosticBag diagnostics, bool asTyped = true)
    {
        if (string.IsNullOrEmpty(text))
            return;
        foreach (Match match in Placeholder().Matches(text))
        {
            var name = match.Groups[1].Value;
            if (Known.Contains(name))
                continue;
            var closest = DidYouMean.Closest(name, Known);
            diagnostics.Warning(
                asTyped && at.Line > 0 && !text[..match.Index].Contains('\n')
                    ? at with
                    {
                        Column = at.Column + match.Index,
                    }
                    : at,
                DiagnosticCodes.UnknownPlaceholder,
                $"'{{{name}}}' is not a word a header or footer fills in, so it prints as typed on every page."
                    + (closest is null ? "" : $" Did you mean '{{{closest}}}'?"),
                "A header or footer fills in {title}, {page} and {pages}; write any other word without braces."
            );
        }
    }

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
