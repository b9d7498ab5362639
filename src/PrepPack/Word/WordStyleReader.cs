using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PrepPack.Word;

/// <summary>
/// Reads a styles part (a reference document's) into style sheet records: the fonts, sizes and
/// spacing the one-page estimate needs. What it does not read stays in the part, written as it is.
/// </summary>
internal static class WordStyleReader
{
    /// <param name="themeFonts">The document theme's heading (major) and body (minor) fonts, which styles may name
    /// instead of a font.</param>
    public static (WordDefaults? Defaults, IReadOnlyList<WordStyle> Styles) Read(
        Styles part,
        (string? Major, string? Minor) themeFonts
    )
    {
        var defaults = part.DocDefaults is { } d ? Defaults(d, themeFonts) : null;
        var styles = part.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null && Kind(s) is not null)
            .Select(s => Read(s, themeFonts))
            .ToList();
        return (defaults, styles);
    }

    private static WordDefaults Defaults(DocDefaults defaults, (string?, string?) themeFonts)
    {
        var run = defaults.RunPropertiesDefault?.RunPropertiesBaseStyle;
        var spacing = defaults.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle?.SpacingBetweenLines;
        return new WordDefaults
        {
            Families = Family(run?.RunFonts, themeFonts),
            Size = HalfPoints(run?.FontSize?.Val?.Value),
            Color = run?.Color?.Val?.Value,
            Language = run?.Languages?.Val?.Value,
            SpaceBefore = Points(spacing?.Before?.Value),
            SpaceAfter = Points(spacing?.After?.Value),
            Line = Line(spacing),
        };
    }

    private static WordStyle Read(Style style, (string?, string?) themeFonts)
    {
        var run = style.StyleRunProperties;
        var paragraph = style.StyleParagraphProperties;
        var spacing = paragraph?.SpacingBetweenLines;
        var indentation = paragraph?.Indentation;
        return new WordStyle(
            style.StyleId!.Value!,
            style.StyleName?.Val?.Value ?? style.StyleId.Value!,
            Kind(style)!.Value
        )
        {
            BasedOn = style.BasedOn?.Val?.Value,
            IsDefault = style.Default?.Value == true,
            Families = Family(run?.RunFonts, themeFonts),
            Size = HalfPoints(run?.FontSize?.Val?.Value),
            Bold = On(run?.Bold),
            Italic = On(run?.Italic),
            Color = run?.Color?.Val?.Value,
            SpaceBefore = Points(spacing?.Before?.Value),
            SpaceAfter = Points(spacing?.After?.Value),
            Line = Line(spacing),
            Indent = Points(indentation?.Left?.Value ?? indentation?.Start?.Value),
            KeepWithNext = On(paragraph?.KeepNext) == true,
            OutlineLevel = paragraph?.OutlineLevel?.Val?.Value,
            CellMargins = Margins(style.StyleTableProperties?.TableCellMarginDefault),
            FromReference = true,
        };
    }

    private static WordStyleKind? Kind(Style style)
    {
        var type = style.Type?.Value;
        if (type == StyleValues.Paragraph)
            return WordStyleKind.Paragraph;
        if (type == StyleValues.Character)
            return WordStyleKind.Character;
        if (type == StyleValues.Table)
            return WordStyleKind.Table;
        return null;
    }

    /// <summary>The font a style names, or the theme font it names instead (Word's own templates do).</summary>
    private static IReadOnlyList<string>? Family(RunFonts? fonts, (string? Major, string? Minor) themeFonts)
    {
        if (fonts?.Ascii?.Value is { Length: > 0 } family)
            return [family];
        var theme = fonts?.AsciiTheme?.Value;
        if (theme is null)
            return null;
        var major = theme == ThemeFontValues.MajorAscii || theme == ThemeFontValues.MajorHighAnsi;
        return (major ? themeFonts.Major : themeFonts.Minor) is { Length: > 0 } named ? [named] : null;
    }

    private static bool? On(OnOffType? value) => value is null ? null : value.Val?.Value ?? true;

    private static WordLine? Line(SpacingBetweenLines? spacing)
    {
        if (Number(spacing?.Line?.Value) is not { } line)
            return null;
        var rule = spacing!.LineRule?.Value ?? LineSpacingRuleValues.Auto;
        return rule == LineSpacingRuleValues.Auto ? WordLine.Multiple(line / 240) : new WordLine(line / 20, rule);
    }

    private static WordCellMargins? Margins(TableCellMarginDefault? margins)
    {
        if (margins is null)
            return null;
        var top = Points(margins.TopMargin?.Width?.Value) ?? 0;
        var bottom = Points(margins.BottomMargin?.Width?.Value) ?? 0;
        var left = margins.TableCellLeftMargin?.Width?.Value is { } l
            ? l / 20f
            : Points(margins.StartMargin?.Width?.Value) ?? 0;
        var right = margins.TableCellRightMargin?.Width?.Value is { } r
            ? r / 20f
            : Points(margins.EndMargin?.Width?.Value) ?? 0;
        return new WordCellMargins(top, left, bottom, right);
    }

    private static float? HalfPoints(string? value) => Number(value) / 2;

    private static float? Points(string? twips) => Number(twips) / 20;

    private static float? Number(string? value) =>
        float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
