using DocumentFormat.OpenXml.Wordprocessing;

namespace PrepPack.Word;

/// <summary>
/// The document's language in its styles: the defaults every run starts from, and any style
/// (a reference document's own) that names another, so Word checks the spelling the text is in.
/// </summary>
internal static class WordLanguage
{
    public static void Set(Styles styles, string language)
    {
        var defaults = styles.DocDefaults ??= new DocDefaults();
        var runDefaults = defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
        var run = runDefaults.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
        if (run.Languages is null)
            run.Languages = new Languages();
        foreach (var named in styles.Descendants<Languages>())
            named.Val = language;
    }
}
