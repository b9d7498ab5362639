using YamlDotNet.Core;

namespace PrepPack.Content.Yaml;

/// <summary>Turns YamlDotNet's parser messages into words a non-programmer can act on.</summary>
internal static class YamlMessages
{
    public static string Explain(YamlException e)
    {
        if (IsUnclosedQuote(e))
            return "a quote opened here is never closed, so YAML reads the lines after it as part of this value.";
        if (IsColonInValue(e))
            return "this value has ': ' inside it, which YAML reads as the start of another field.";
        var message = (e.InnerException?.Message ?? e.Message).Trim();
        // YamlDotNet prefixes positions like "(Line: 3, Col: 5, Idx: 20) - (…): "; we print our own.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && cut >= 0)
            message = message[(cut + 3)..];
        return message.TrimEnd('.') + ".";
    }

    public static bool IsAboutTabs(YamlException e) => e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase);

    // YamlDotNet's words for a quoted value that runs on: it meets the next field's indentation, or the file's end.
    private static bool IsUnclosedQuote(YamlException e) =>
        Has(e, "quoted scalar") && (Has(e, "wrong indentation") || Has(e, "end of stream") || Has(e, "document"));

    private static bool IsColonInValue(YamlException e) =>
        Has(e, "mapping values are not allowed") || (Has(e, "plain scalar") && Has(e, "invalid mapping"));

    private static bool Has(YamlException e, string words) =>
        e.Message.Contains(words, StringComparison.OrdinalIgnoreCase);

    public static string HintFor(YamlException e)
    {
        var message = e.Message;
        if (IsAboutTabs(e))
            return "YAML indents with spaces only: replace the tab at the start of this line with spaces.";
        if (IsUnclosedQuote(e))
            return "Add the closing quote at the end of the value, or remove the opening one.";
        if (IsColonInValue(e))
            return "A value that contains ': ' must be put in quotes, for example: result: \"cut time: 5 days to 1\".";
        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
            return "Each field may appear once; remove or rename the second one.";
        if (message.Contains("did not find expected", StringComparison.OrdinalIgnoreCase))
            return "Check the indentation of this line and the one before it, and that quotes and brackets are closed.";
        return "Check the indentation (spaces, not tabs) and that quotes and brackets are closed.";
    }
}
