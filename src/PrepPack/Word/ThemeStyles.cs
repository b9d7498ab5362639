using PrepPack.Theming;

namespace PrepPack.Word;

/// <summary>PrepPack's own Word styles, from the theme's fonts, sizes, colours and spacing.</summary>
internal static class ThemeStyles
{
    // The title stands a fifth larger than the first heading.
    private const float TitleScale = 1.2f;

    // Table text a little smaller than body text, so follow-up answers fit beside their questions.
    private const float TableTextScale = 0.95f;

    // Below a heading or title: set close to what it heads.
    private const float HeadingBelow = 4;
    private const float TitleBelow = 12;

    // Quotes are indented a centimetre, as Word's own Quote style is.
    private const float QuoteIndent = 28.35f;

    // A paragraph that continues a list item lines up with the item's text (see WordNumbering).
    private const float ListContinueIndent = 18;

    public static WordDefaults Defaults(Theme theme) =>
        new()
        {
            Families = theme.Fonts.Body,
            Color = theme.Colors.Text.Hex,
            Size = theme.Sizes.Body,
            Language = Content.Model.LanguageTag.Default.Value,
            SpaceAfter = theme.Spacing.Paragraph,
            Line = WordLine.Multiple(theme.Spacing.LineHeight),
        };

    // A box's border: half a point all round, or a bar three points wide down the left (eighths of a point).
    private const int BoxEdge = 6;
    private const int BoxBar = 24;

    // The fill of a box whose theme style gives none.
    private const string BoxFill = "F1F3F5";

    public static IReadOnlyList<WordStyle> All(Theme theme) => [.. Text(theme), .. Boxes(theme)];

    /// <summary>
    /// A table style per box class, and "Box" for boxes the theme does not name: border, fill and inner space.
    /// </summary>
    private static IEnumerable<WordStyle> Boxes(Theme theme)
    {
        var named = theme.Boxes.Keys.Where(k => k != "box").Order(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in named.Prepend("box"))
        {
            // "tip-box" and "tip box" share an id: the first keeps it, as a style sheet holds each id once.
            if (!ids.Add(StyleIds.Box(name)))
                continue;
            var box = theme.Box(name);
            yield return new WordStyle(StyleIds.Box(name), name == "box" ? "Box" : $"Box {name}", WordStyleKind.Table)
            {
                BasedOn = "TableNormal",
                SpaceAfter = 0,
                Fill = box.Background?.Hex ?? BoxFill,
                BoxBorder = (
                    (box.Border ?? box.LeftBar ?? theme.Colors.Rule).Hex,
                    BoxEdge,
                    box.LeftBar is null ? BoxEdge : BoxBar
                ),
                CellMargins = new WordCellMargins(box.Padding, box.Padding, box.Padding, box.Padding),
            };
        }
    }

    private static IReadOnlyList<WordStyle> Text(Theme theme)
    {
        var heading = theme.Fonts.Heading;
        var accent = theme.Colors.Heading.Hex;
        var muted = theme.Colors.Muted.Hex;
        var sizes = theme.Sizes;
        var spacing = theme.Spacing;

        WordStyle Paragraph(string id, string name) =>
            new(id, name, WordStyleKind.Paragraph) { BasedOn = StyleIds.Normal };
        WordStyle Heading(string id, string name, int level, float size) =>
            Paragraph(id, name) with
            {
                Families = heading,
                Size = size,
                Bold = true,
                Color = accent,
                SpaceBefore = spacing.HeadingAbove,
                SpaceAfter = HeadingBelow,
                KeepWithNext = true,
                OutlineLevel = level,
            };

        return
        [
            new(StyleIds.Normal, "Normal", WordStyleKind.Paragraph) { IsDefault = true },
            Paragraph(StyleIds.Title, "Title") with
            {
                Families = heading,
                Size = sizes.H1 * TitleScale,
                Bold = true,
                Color = accent,
                SpaceAfter = TitleBelow,
            },
            Heading(StyleIds.Heading1, "heading 1", 0, sizes.H1),
            Heading(StyleIds.Heading2, "heading 2", 1, sizes.H2),
            Heading(StyleIds.Heading3, "heading 3", 2, sizes.H3),
            Paragraph(StyleIds.Quote, "Quote") with
            {
                Italic = true,
                Color = muted,
                LeftBar = theme.Colors.QuoteBar.Hex,
                Indent = QuoteIndent,
            },
            Paragraph(StyleIds.ListBullet, "List Bullet") with
            {
                SpaceAfter = spacing.ListItem,
            },
            Paragraph(StyleIds.ListNumber, "List Number") with
            {
                SpaceAfter = spacing.ListItem,
            },
            Paragraph(StyleIds.ListContinue, "List Continue") with
            {
                Indent = ListContinueIndent,
            },
            Paragraph(StyleIds.TableText, "Table Text") with
            {
                Size = sizes.Body * TableTextScale,
                SpaceAfter = 0,
                Line = WordLine.Single,
            },
            Paragraph(StyleIds.BoxText, "Box Text") with
            {
                SpaceAfter = spacing.Paragraph / 2,
            },
            Paragraph(StyleIds.Small, "Small") with
            {
                Size = sizes.Small,
                Color = muted,
            },
            Paragraph(StyleIds.Header, "header") with
            {
                Size = sizes.Small,
                Color = muted,
                SpaceAfter = 0,
            },
            Paragraph(StyleIds.Footer, "footer") with
            {
                Size = sizes.Small,
                Color = muted,
                SpaceAfter = 0,
            },
            Paragraph(StyleIds.Code, "Code") with
            {
                Families = theme.Fonts.Mono,
                Size = sizes.Code,
            },
            new(StyleIds.StarLabel, "STAR Label", WordStyleKind.Character)
            {
                Families = heading,
                Bold = true,
                Color = accent,
            },
            new(StyleIds.KeyNumber, "Key Number", WordStyleKind.Character) { Bold = true, Color = accent },
            new(StyleIds.Strong, "Strong", WordStyleKind.Character) { Bold = true },
            new(StyleIds.Emphasis, "Emphasis", WordStyleKind.Character) { Italic = true },
            new(StyleIds.StrongEmphasis, "Strong Emphasis", WordStyleKind.Character) { Bold = true, Italic = true },
            new(StyleIds.Marked, "Marked", WordStyleKind.Character) { Fill = theme.Colors.Mark.Hex },
            new(StyleIds.CodeChar, "Code Char", WordStyleKind.Character)
            {
                Families = theme.Fonts.Mono,
                Fill = theme.Colors.CodeBackground.Hex,
            },
            Paragraph(StyleIds.Rule, "Horizontal Rule") with
            {
                RuleBelow = theme.Colors.Rule.Hex,
            },
            new(StyleIds.Table, "PrepPack Table", WordStyleKind.Table)
            {
                BasedOn = "TableNormal",
                SpaceAfter = 0,
                Line = WordLine.Single,
                Grid = theme.Colors.TableGrid.Hex,
                HeaderFill = theme.Colors.TableHeader.Hex,
                CellMargins = new WordCellMargins(2, 4, 2, 4),
            },
        ];
    }
}
