using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Templates;
using PrepPack.Theming;

namespace PrepPack.Word;

/// <summary>
/// The style part: every style PrepPack uses, from the theme's fonts, sizes and colours, or the
/// styles of the user's reference document (as pandoc's --reference-doc), with any it lacks added.
/// </summary>
internal static class WordStyles
{
    public static void Add(MainDocumentPart main, Theme theme, string? referenceDocx)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        var styles = referenceDocx is not null ? FromReference(referenceDocx) : new Styles();
        var present = styles.Elements<Style>().Select(s => s.StyleId?.Value).ToHashSet();
        if (styles.DocDefaults is null) styles.PrependChild(Defaults(theme));
        foreach (var style in Defined(theme).Where(s => !present.Contains(s.StyleId?.Value)))
            styles.Append(style);
        part.Styles = styles;
    }

    private static Styles FromReference(string path)
    {
        using var reference = WordprocessingDocument.Open(path, false);
        var styles = reference.MainDocumentPart?.StyleDefinitionsPart?.Styles;
        return styles is null ? new Styles() : (Styles)styles.CloneNode(true);
    }

    private static DocDefaults Defaults(Theme theme) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            Fonts(theme.Fonts.Body[0]),
            new Color { Val = Hex(theme.Colors.Text) },
            new FontSize { Val = HalfPoints(theme.Sizes.Body) },
            new Languages { Val = "en-GB" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = Twips(theme.Spacing.Paragraph), Line = Line(theme.Spacing.LineHeight), LineRule = LineSpacingRuleValues.Auto })));

    private static IEnumerable<Style> Defined(Theme theme)
    {
        var heading = theme.Fonts.Heading[0];
        var accent = Hex(theme.Colors.Heading);
        yield return Paragraph(StyleIds.Normal, "Normal", null, new StyleRunProperties(), isDefault: true);
        yield return Paragraph(StyleIds.Title, "Title", StyleIds.Normal, Run(heading, theme.Sizes.H1 * 1.2f, accent, bold: true),
            new StyleParagraphProperties(new SpacingBetweenLines { After = Twips(12) }));
        yield return HeadingStyle(StyleIds.Heading1, "heading 1", 0, heading, theme.Sizes.H1, accent, theme);
        yield return HeadingStyle(StyleIds.Heading2, "heading 2", 1, heading, theme.Sizes.H2, accent, theme);
        yield return HeadingStyle(StyleIds.Heading3, "heading 3", 2, heading, theme.Sizes.H3, accent, theme);
        yield return Paragraph(StyleIds.Quote, "Quote", StyleIds.Normal, Run(null, null, Hex(theme.Colors.Muted), italic: true),
            new StyleParagraphProperties(new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Color = Hex(theme.Colors.QuoteBar), Space = 8 }), new Indentation { Left = "567" }));
        yield return Paragraph(StyleIds.ListBullet, "List Bullet", StyleIds.Normal, new StyleRunProperties(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = Twips(theme.Spacing.ListItem) }));
        yield return Paragraph(StyleIds.ListNumber, "List Number", StyleIds.Normal, new StyleRunProperties(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = Twips(theme.Spacing.ListItem) }));
        yield return Paragraph(StyleIds.ListContinue, "List Continue", StyleIds.Normal, new StyleRunProperties(),
            new StyleParagraphProperties(new Indentation { Left = "360" }));
        yield return Paragraph(StyleIds.TableText, "Table Text", StyleIds.Normal, Run(null, theme.Sizes.Body * 0.95f, null),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }));
        yield return Paragraph(StyleIds.BoxText, "Box Text", StyleIds.Normal, new StyleRunProperties(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = Twips(theme.Spacing.Paragraph / 2) }));
        yield return Paragraph(StyleIds.Small, "Small", StyleIds.Normal, Run(null, theme.Sizes.Small, Hex(theme.Colors.Muted)));
        yield return Paragraph(StyleIds.Header, "header", StyleIds.Normal, Run(null, theme.Sizes.Small, Hex(theme.Colors.Muted)),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }));
        yield return Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, Run(null, theme.Sizes.Small, Hex(theme.Colors.Muted)),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }));
        yield return Paragraph(StyleIds.Code, "Code", StyleIds.Normal, Run(theme.Fonts.Mono[0], theme.Sizes.Code, null));
        yield return Character(StyleIds.StarLabel, "STAR Label", Run(heading, null, accent, bold: true));
        yield return Character(StyleIds.KeyNumber, "Key Number", Run(null, null, accent, bold: true));
        yield return TableStyleFor(theme);
    }

    private static Style HeadingStyle(string id, string name, int level, string font, float size, string color, Theme theme) =>
        Paragraph(id, name, StyleIds.Normal, Run(font, size, color, bold: true),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = Twips(theme.Spacing.HeadingAbove), After = Twips(4) },
                new OutlineLevel { Val = level }));

    private static Style Paragraph(string id, string name, string? basedOn, StyleRunProperties run, StyleParagraphProperties? paragraph = null, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new PrimaryStyle());
        if (paragraph is not null) style.Append(paragraph);
        style.Append(run);
        return style;
    }

    private static Style Character(string id, string name, StyleRunProperties run) =>
        new(new StyleName { Val = name }, new PrimaryStyle(), run) { Type = StyleValues.Character, StyleId = id };

    private static Style TableStyleFor(Theme theme)
    {
        var border = Hex(theme.Colors.TableGrid);
        TableBorders Borders() => new(
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = border }, new LeftBorder { Val = BorderValues.Single, Size = 4, Color = border },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = border }, new RightBorder { Val = BorderValues.Single, Size = 4, Color = border },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = border }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = border });
        var style = new Style(new StyleName { Val = "PrepPack Table" }, new BasedOn { Val = "TableNormal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleTableProperties(Borders(), new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(new RunPropertiesBaseStyle(new Bold()),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = Hex(theme.Colors.TableHeader), Color = "auto" }))
            { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = StyleIds.Table };
        return style;
    }

    private static StyleRunProperties Run(string? font, float? size, string? color, bool bold = false, bool italic = false)
    {
        var run = new StyleRunProperties();
        if (font is not null) run.Append(Fonts(font));
        if (bold) run.Append(new Bold());
        if (italic) run.Append(new Italic());
        if (color is not null) run.Append(new Color { Val = color });
        if (size is { } s) run.Append(new FontSize { Val = HalfPoints(s) });
        return run;
    }

    private static RunFonts Fonts(string family) => new() { Ascii = family, HighAnsi = family, ComplexScript = family, EastAsia = family };

    public static string HalfPoints(float points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);

    public static string Twips(float points) => ((int)Math.Round(points * 20)).ToString(CultureInfo.InvariantCulture);

    private static string Line(float multiple) => ((int)Math.Round(multiple * 240)).ToString(CultureInfo.InvariantCulture);

    public static string Hex(ThemeColor color) => color.Hex;
}
