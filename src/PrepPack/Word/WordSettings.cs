using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PrepPack.Word;

/// <summary>
/// The document settings part, with what a file saved by Word carries that changes how Word opens
/// it: without compatibility mode 15 Word opens the file in compatibility mode ("[Compatibility
/// Mode]" in its title bar) and lays it out as Word 2007 did. Also the zoom, the default tab stop,
/// character spacing and the number separators, as Word writes them. The language is set in the styles.
/// </summary>
internal static class WordSettings
{
    /// <summary>Word 2013 and later: the mode Word 2013, 2016, 2019, 2021 and Microsoft 365 save in.</summary>
    public const int CompatibilityMode = 15;

    // Half an inch, in twentieths of a point: Word's own default tab stop.
    private const int DefaultTabStop = 720;

    public static void Add(MainDocumentPart main)
    {
        var settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = DefaultTabStop },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(
                Setting(
                    CompatSettingNameValues.CompatibilityMode,
                    CompatibilityMode.ToString(System.Globalization.CultureInfo.InvariantCulture)
                ),
                Setting(CompatSettingNameValues.OverrideTableStyleFontSizeAndJustification, "1"),
                Setting(CompatSettingNameValues.EnableOpenTypeFeatures, "1"),
                Setting(CompatSettingNameValues.DoNotFlipMirrorIndents, "1"),
                Setting(CompatSettingNameValues.DifferentiateMultirowTableHeaders, "1")
            ),
            new DecimalSymbol { Val = "." },
            new ListSeparator { Val = "," }
        );
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = settings;
    }

    private static CompatibilitySetting Setting(CompatSettingNameValues name, string value) =>
        new()
        {
            Name = name,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = value,
        };
}
