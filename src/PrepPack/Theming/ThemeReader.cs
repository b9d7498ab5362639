using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Theming;

/// <summary>Reads <c>templates/theme.yaml</c>, reporting every problem with its line.</summary>
public static class ThemeReader
{
    /// <param name="files">Where the theme is read from: the disk unless a build hands over its snapshot.</param>
    public static Theme Read(string path, DiagnosticBag diagnostics, Content.IFileSource? files = null)
    {
        if (!System.IO.File.Exists(path))
            return new Theme { File = path };
        if (
            YamlFile.LoadMapping(
                path,
                diagnostics,
                files ?? Content.DiskFiles.Instance,
                "'fonts:', 'sizes:' and 'page:'",
                "Delete the empty theme.yaml to use PrepPack's own theme, or copy it out with 'preppack templates' "
                    + "and change what you need."
            )
            is not { } root
        )
            return new Theme { File = path };
        var m = new MappingReader(root, path, "the theme", diagnostics);
        var d = new Theme();
        var theme = new Theme
        {
            File = path,
            Fonts = Read(m.Mapping("fonts", "fonts"), f => new ThemeFonts
            {
                Body = Families(f, "body") ?? d.Fonts.Body,
                Heading = Families(f, "heading") ?? d.Fonts.Heading,
                Mono = Families(f, "mono") ?? d.Fonts.Mono,
                Fallback = Families(f, "fallback") ?? d.Fonts.Fallback,
                Lines = new[] { "body", "heading", "mono", "fallback" }
                    .Where(f.Has)
                    .ToDictionary(r => r, f.ValueLocationOf),
            }) ?? d.Fonts,
            Sizes = Read(m.Mapping("sizes", "sizes"), s => new ThemeSizes
            {
                Body = s.Number("body", 4, 72) ?? d.Sizes.Body,
                Small = s.Number("small", 4, 72) ?? d.Sizes.Small,
                Code = s.Number("code", 4, 72) ?? d.Sizes.Code,
                H1 = s.Number("h1", 4, 96) ?? d.Sizes.H1,
                H2 = s.Number("h2", 4, 96) ?? d.Sizes.H2,
                H3 = s.Number("h3", 4, 96) ?? d.Sizes.H3,
                H4 = s.Number("h4", 4, 96) ?? d.Sizes.H4,
            }) ?? d.Sizes,
            Colors = Read(m.Mapping("colors", "colors"), c => new ThemeColors
            {
                Text = c.Colour("text") ?? d.Colors.Text,
                Heading = c.Colour("heading") ?? d.Colors.Heading,
                Muted = c.Colour("muted") ?? d.Colors.Muted,
                Link = c.Colour("link") ?? d.Colors.Link,
                Rule = c.Colour("rule") ?? d.Colors.Rule,
                CodeBackground = c.Colour("code_background") ?? d.Colors.CodeBackground,
                Mark = c.Colour("mark") ?? d.Colors.Mark,
                QuoteBar = c.Colour("quote_bar") ?? d.Colors.QuoteBar,
                TableHeader = c.Colour("table_header") ?? d.Colors.TableHeader,
                TableGrid = c.Colour("table_grid") ?? d.Colors.TableGrid,
            }) ?? d.Colors,
            Spacing = Read(m.Mapping("spacing", "spacing"), s => new ThemeSpacing
            {
                Paragraph = s.Number("paragraph", 0, 72) ?? d.Spacing.Paragraph,
                LineHeight = s.Number("line_height", 0.8f, 3) ?? d.Spacing.LineHeight,
                ListIndent = s.Number("list_indent", 0, 144) ?? d.Spacing.ListIndent,
                ListItem = s.Number("list_item", 0, 72) ?? d.Spacing.ListItem,
                HeadingAbove = s.Number("heading_above", 0, 144) ?? d.Spacing.HeadingAbove,
                CellPadding = s.Number("cell_padding", 0, 36) ?? d.Spacing.CellPadding,
            }) ?? d.Spacing,
            Page = Read(m.Mapping("page", "page"), ReadPage) ?? d.Page,
            Justify = m.Has("justify") ? m.Boolean("justify") : d.Justify,
            FitFloor = m.Number("fit_floor", 0.3f, 1) ?? d.FitFloor,
            Boxes = Merge(Theme.DefaultBoxes, m.Entries("boxes", "the box", ReadBox)),
            Cells = CellGrey.Check(
                m.Entries("cells", "the cell", c =>
                        (Colour: c.Colour("background"), At: c.ValueLocationOf("background"))
                    )
                    .Where(e => e.Value.Colour is not null)
                    .Select(e => (e.Name, e.Value.Colour!.Value, e.Value.At))
                    .ToList(),
                m.Diagnostics
            ),
            WordReference = m.String("word_reference"),
            Cards = Read(m.Mapping("cards", "cards"), ReadCards) ?? d.Cards,
            OnePage = Read(m.Mapping("one_page", "one_page"), ReadOnePage) ?? d.OnePage,
            Interview = Read(m.Mapping("interview", "interview"), i => new ThemeInterview
            {
                Framework = i.String("framework"),
                FrameworkAt = i.ValueLocationOf("framework"),
            }) ?? d.Interview,
        };
        m.Complete();
        return theme;
    }

    private static ThemePage ReadPage(MappingReader p)
    {
        var d = new ThemePage();
        var size = p.String("size") ?? d.Size;
        var points = PaperSize.Parse(size);
        if (points is null)
        {
            p.Diagnostics.Error(
                p.ValueLocationOf("size"),
                DiagnosticCodes.ThemeInvalid,
                $"'{size}' is not a page size PrepPack knows.",
                $"Use one of {string.Join(", ", PaperSize.Names)}, or a size such as '8.5in x 11in' or '210mm x 297mm'."
            );
            size = d.Size;
            points = PaperSize.Parse(size);
        }
        var margin = p.Margin("margin") ?? d.Margin;
        var shorter = Math.Min(points!.Value.Width, points.Value.Height);
        if (margin * 2 >= shorter * 0.8f)
        {
            p.Diagnostics.Error(
                p.ValueLocationOf("margin"),
                DiagnosticCodes.ThemeInvalid,
                $"A margin of {margin / PaperSize.PointsPerInch:0.##}in on each side leaves almost no room on a "
                    + $"{size} page ({points.Value.Width / PaperSize.PointsPerInch:0.##}in x "
                    + $"{points.Value.Height / PaperSize.PointsPerInch:0.##}in).",
                "Use a margin such as 0.75in or 18mm."
            );
            margin = d.Margin;
        }
        var page = new ThemePage
        {
            Size = size,
            Margin = margin,
            Header = p.String("header"),
            Footer = p.Has("footer") ? p.String("footer") : d.Footer,
        };
        if (p.Has("header"))
            PagePlaceholders.Check(page.Header, p.TextLocationOf("header"), p.Diagnostics);
        if (p.Has("footer"))
            PagePlaceholders.Check(page.Footer, p.TextLocationOf("footer"), p.Diagnostics);
        return page;
    }

    private static T? Read<T>(MappingReader? reader, Func<MappingReader, T> read)
        where T : class
    {
        if (reader is null)
            return null;
        var value = read(reader);
        reader.Complete();
        return value;
    }

    private static IReadOnlyList<string>? Families(MappingReader reader, string key)
    {
        var families = reader.Strings(key);
        return families.Count == 0 ? null : families;
    }

    private static CardSettings ReadCards(MappingReader c)
    {
        var d = new CardSettings();
        var size = c.String("size") ?? d.Size;
        if (!CardSettings.Sizes.Contains(size))
        {
            c.Diagnostics.Error(
                c.ValueLocationOf("size"),
                DiagnosticCodes.ThemeInvalid,
                $"Cards come in 3x5, 4x6 or 5x8 inches, not '{size}'.",
                "Write 'size: 3x5', 'size: 4x6' or 'size: 5x8'."
            );
            size = d.Size;
        }
        return new CardSettings
        {
            Size = size,
            PerSheet = c.Integer("per_sheet", 1, 32) ?? 1,
            Sheet = c.String("sheet") ?? "letter",
            CutMarks = !c.Has("cut_marks") || c.Boolean("cut_marks"),
            Flip = Flip(c),
            TypeSizes = Read(c.Mapping("type_size", "type_size"), t =>
                CardSettings.DefaultTypeSizes.ToDictionary(s => s.Key, s => t.Number(s.Key, 4, 72) ?? s.Value)
            ) ?? d.TypeSizes,
            FitFloor = c.Number("fit_floor", 0.3f, 1) ?? d.FitFloor,
            Lines = new[] { "size", "per_sheet", "sheet", "cut_marks", "duplex" }
                .Where(c.Has)
                .ToDictionary(k => k, c.LocationOf),
        };
    }

    /// <summary><c>duplex: long-edge</c>, <c>short-edge</c>, or true (long edge, as most printers default to) or
    /// false.</summary>
    private static DuplexEdge Flip(MappingReader c)
    {
        var text = c.String("duplex");
        if (string.IsNullOrWhiteSpace(text))
            return DuplexEdge.None;
        if (DuplexValue.Parse(text) is { } edge)
            return edge;
        c.Diagnostics.Error(
            c.ValueLocationOf("duplex"),
            DiagnosticCodes.ThemeInvalid,
            $"'duplex' in cards must be {DuplexValue.Expected}, not '{text.Trim().ToLowerInvariant()}'.",
            "Write 'duplex: long-edge' when your printer turns the sheet over on its long edge (most do), "
                + "'duplex: short-edge' otherwise, or 'duplex: false'."
        );
        return DuplexEdge.None;
    }

    private static OnePageLimits ReadOnePage(MappingReader o)
    {
        var d = new OnePageLimits();
        return new OnePageLimits
        {
            MatrixStories = o.Integer("matrix_stories", 1, OnePageLimits.Most) ?? d.MatrixStories,
            CheatsheetStories = o.Integer("cheatsheet_stories", 1, OnePageLimits.Most) ?? d.CheatsheetStories,
            Readable = o.Number("readable", 3, 72) ?? d.Readable,
        };
    }

    private static ThemeBox ReadBox(MappingReader b)
    {
        // More than two inches of padding leaves a box almost no room for its text on any page.
        var padding = b.Length("padding", 2 * PaperSize.PointsPerInch) ?? 8;
        var box = new ThemeBox
        {
            Background = b.Colour("background"),
            Border = b.Colour("border"),
            BorderWidth = b.Number("border_width", 0, 12) ?? 0.75f,
            LeftBar = b.Colour("left_bar"),
            Padding = padding,
            KeepTogether = !b.Has("split") || !b.Boolean("split"),
        };
        b.Complete();
        return box;
    }

    private static IReadOnlyDictionary<string, ThemeBox> Merge(
        IReadOnlyDictionary<string, ThemeBox> defaults,
        IEnumerable<(string Name, ThemeBox Style)> read
    )
    {
        var merged = defaults.ToDictionary(d => d.Key, d => d.Value);
        foreach (var (name, style) in read)
            merged[name] = style;
        return merged;
    }
}
