using System.Text.RegularExpressions;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// PP0268: Markdown marks in a story's text (<c>**15 min**</c>, <c>__two__</c>, <c>`dbt`</c>, <c>\$1.5M</c>),
/// as in a prep document pasted into the YAML. The pack sets its own type and prints the marks as typed,
/// so the card shows the asterisks and the backslash.
/// </summary>
internal sealed partial class MarkdownInText : IStoryRule
{
    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        foreach (var (field, text) in StoryText.All(story))
        {
            if (Marks().Match(text) is not { Success: true } mark)
                continue;
            var plain = Plain(mark.Value);
            diagnostics.Warning(
                story.At(field),
                DiagnosticCodes.MarkdownInText,
                $"'{mark.Value}' in '{field}' is written as Markdown, which the pack prints as typed: the marks "
                    + "appear on the page.",
                $"Write '{plain}': the pack sets the type of each part itself."
            );
        }
    }

    private static string Plain(string mark) => mark.StartsWith('\\') ? mark[1..] : mark.Trim('*', '_', '`');

    // Bold and code spans, and a backslash escaping a sign; a lone '*' or '_' (a footnote, snake_case) is text.
    [GeneratedRegex(@"\*\*[^*\n]+?\*\*|(?<![\w])__[^_\n]+?__(?![\w])|`[^`\n]+`|\\[$*_#`\[\]]")]
    private static partial Regex Marks();
}
