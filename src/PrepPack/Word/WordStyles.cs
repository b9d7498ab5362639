using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Theming;

namespace PrepPack.Word;

/// <summary>
/// Writes the style sheet as the document's styles part: the reference document's part as it is
/// (as pandoc's --reference-doc) when there is one, and every style of PrepPack's it lacks.
/// </summary>
internal static class WordStyles
{
    // A quote's bar: 2.25 pt wide (eighths of a point), 8 pt from the text.
    private const uint QuoteBarWidth = 18;
    private const uint QuoteBarSpace = 8;

    // A thematic break's line: three quarters of a point.
    private const uint RuleWidth = 6;

    // Table grid lines: half a point (eighths of a point).
    private const uint GridWidth = 4;

    public static void Add(MainDocumentPart main, WordStyleSheet sheet)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        var styles = sheet.Reference is { } reference ? (Styles)reference.CloneNode(true) : new Styles();
        if (styles.DocDefaults is null)
            styles.PrependChild(Defaults(sheet.Defaults));
        foreach (var style in sheet.Styles.Where(s => !s.FromReference))
            styles.Append(Write(style));
        part.Styles = styles;
    }

    private static DocDefaults Defaults(WordDefaults defaults)
    {
        var run = new RunPropertiesBaseStyle();
        if (defaults.Families is [var family, ..])
            run.Append(Fonts(family));
        if (defaults.Color is { } color)
            run.Append(new Color { Val = color });
        if (defaults.Size is { } size)
            run.Append(new FontSize { Val = HalfPoints(size) });
        if (defaults.Language is { } language)
            run.Append(new Languages { Val = language });
        return new DocDefaults(
            new RunPropertiesDefault(run),
            new ParagraphPropertiesDefault(
                new ParagraphPropertiesBaseStyle(
                    Spacing(defaults.SpaceBefore, defaults.SpaceAfter, defaults.Line) ?? new SpacingBetweenLines()
                )
            )
        );
    }

    private static Style Write(WordStyle style)
    {
        var written = new Style
        {
            Type = style.Kind switch
            {
                WordStyleKind.Character => StyleValues.Character,
                WordStyleKind.Table => StyleValues.Table,
                _ => StyleValues.Paragraph,
            },
            StyleId = style.Id,
            Default = style.IsDefault ? OnOffValue.FromBoolean(true) : null,
        };
        written.Append(new StyleName { Val = style.Name });
        if (style.BasedOn is not null)
            written.Append(new BasedOn { Val = style.BasedOn });
        written.Append(new PrimaryStyle());
        if (style.Kind != WordStyleKind.Character && ParagraphProperties(style) is { } paragraph)
            written.Append(paragraph);
        if (style.Kind == WordStyleKind.Table)
        {
            written.Append(TableProperties(style));
            // A box's fill is every cell's; a table's header row has its own.
            if (style.Fill is { } fill)
                written.Append(new StyleTableCellProperties(Shading(fill)));
            if (style.BoxBorder is null)
                written.Append(HeaderRow(style));
        }
        else
            written.Append(RunProperties(style));
        return written;
    }

    private static StyleParagraphProperties? ParagraphProperties(WordStyle style)
    {
        var properties = new StyleParagraphProperties();
        if (style.KeepWithNext)
            properties.Append(new KeepNext());
        if (style.LeftBar is not null || style.RuleBelow is not null)
        {
            var borders = new ParagraphBorders();
            if (style.LeftBar is { } bar)
                borders.Append(
                    new LeftBorder
                    {
                        Val = BorderValues.Single,
                        Size = QuoteBarWidth,
                        Color = bar,
                        Space = QuoteBarSpace,
                    }
                );
            if (style.RuleBelow is { } rule)
                borders.Append(
                    new BottomBorder
                    {
                        Val = BorderValues.Single,
                        Size = RuleWidth,
                        Color = rule,
                        Space = 1,
                    }
                );
            properties.Append(borders);
        }
        if (Spacing(style.SpaceBefore, style.SpaceAfter, style.Line) is { } spacing)
            properties.Append(spacing);
        if (style.Indent is { } indent)
            properties.Append(new Indentation { Left = Twips(indent) });
        if (style.OutlineLevel is { } level)
            properties.Append(new OutlineLevel { Val = level });
        return properties.HasChildren ? properties : null;
    }

    private static SpacingBetweenLines? Spacing(float? before, float? after, WordLine? line)
    {
        if (before is null && after is null && line is null)
            return null;
        var spacing = new SpacingBetweenLines();
        if (before is { } b)
            spacing.Before = Twips(b);
        if (after is { } a)
            spacing.After = Twips(a);
        if (line is { } l)
        {
            var auto = l.Rule == LineSpacingRuleValues.Auto;
            spacing.Line = ((int)Math.Round(l.Value * (auto ? 240 : 20))).ToString(CultureInfo.InvariantCulture);
            spacing.LineRule = l.Rule;
        }
        return spacing;
    }

    private static StyleRunProperties RunProperties(WordStyle style)
    {
        var run = new StyleRunProperties();
        if (style.Families is [var family, ..])
            run.Append(Fonts(family));
        if (style.Bold is { } bold)
            run.Append(bold ? new Bold() : new Bold { Val = false });
        if (style.Italic is { } italic)
            run.Append(italic ? new Italic() : new Italic { Val = false });
        if (style.Color is { } color)
            run.Append(new Color { Val = color });
        if (style.Size is { } size)
            run.Append(new FontSize { Val = HalfPoints(size) });
        // Shading, not Word's highlight, whose few fixed colours cannot follow the theme.
        if (style.Fill is { } fill)
            run.Append(Shading(fill));
        return run;
    }

    private static StyleTableProperties TableProperties(WordStyle style)
    {
        var properties = new StyleTableProperties();
        if (style.Grid is { } grid)
            properties.Append(
                new TableBorders(
                    new TopBorder
                    {
                        Val = BorderValues.Single,
                        Size = GridWidth,
                        Color = grid,
                    },
                    new LeftBorder
                    {
                        Val = BorderValues.Single,
                        Size = GridWidth,
                        Color = grid,
                    },
                    new BottomBorder
                    {
                        Val = BorderValues.Single,
                        Size = GridWidth,
                        Color = grid,
                    },
                    new RightBorder
                    {
                        Val = BorderValues.Single,
                        Size = GridWidth,
                        Color = grid,
                    },
                    new InsideHorizontalBorder
                    {
                        Val = BorderValues.Single,
                        Size = GridWidth,
                        Color = grid,
                    },
                    new InsideVerticalBorder
                    {
                        Val = BorderValues.Single,
                        Size = GridWidth,
                        Color = grid,
                    }
                )
            );
        if (style.BoxBorder is { } box)
            properties.Append(
                new TableBorders(
                    new TopBorder
                    {
                        Val = BorderValues.Single,
                        Size = (uint)box.Size,
                        Color = box.Color,
                    },
                    new LeftBorder
                    {
                        Val = BorderValues.Single,
                        Size = (uint)box.LeftSize,
                        Color = box.Color,
                    },
                    new BottomBorder
                    {
                        Val = BorderValues.Single,
                        Size = (uint)box.Size,
                        Color = box.Color,
                    },
                    new RightBorder
                    {
                        Val = BorderValues.Single,
                        Size = (uint)box.Size,
                        Color = box.Color,
                    }
                )
            );
        if (style.CellMargins is { } m)
            properties.Append(
                new TableCellMarginDefault(
                    new TopMargin { Width = Twips(m.Top), Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = (short)Math.Round(m.Left * 20), Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = Twips(m.Bottom), Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = (short)Math.Round(m.Right * 20), Type = TableWidthValues.Dxa }
                )
            );
        return properties;
    }

    /// <summary>The header row: bold, shaded.</summary>
    private static TableStyleProperties HeaderRow(WordStyle style)
    {
        var cell = new TableStyleConditionalFormattingTableCellProperties();
        if (style.HeaderFill is { } fill)
            cell.Append(
                new Shading
                {
                    Val = ShadingPatternValues.Clear,
                    Fill = fill,
                    Color = "auto",
                }
            );
        return new TableStyleProperties(new RunPropertiesBaseStyle(new Bold()), cell)
        {
            Type = TableStyleOverrideValues.FirstRow,
        };
    }

    private static Shading Shading(string fill) =>
        new()
        {
            Val = ShadingPatternValues.Clear,
            Color = "auto",
            Fill = fill,
        };

    private static RunFonts Fonts(string family) =>
        new()
        {
            Ascii = family,
            HighAnsi = family,
            ComplexScript = family,
            EastAsia = family,
        };

    private static string HalfPoints(float points) =>
        ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);

    private static string Twips(float points) => ((int)Math.Round(points * 20)).ToString(CultureInfo.InvariantCulture);

    public static string Hex(ThemeColor color) => color.Hex;
}
