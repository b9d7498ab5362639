using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Diagnostics;
using PrepPack.Theming;

namespace PrepPack.Word;

/// <summary>
/// Every style a Word document uses, in one place: the styles part is written from it and the
/// one-page estimate measures with it. PrepPack's own styles come from the theme; a reference
/// document named in the theme lends the styles it defines, and those are what the sheet holds.
/// </summary>
internal sealed class WordStyleSheet
{
    // Word's own value when neither a style nor the document defaults give a size.
    private const float WordDefaultSize = 10;

    private readonly Dictionary<string, WordStyle> _byId;

    // Asked for every list and every paragraph style the estimate meets; a sheet serves one document, on one thread.
    private readonly Dictionary<string, WordStyleMetrics> _metrics = new(StringComparer.Ordinal);

    private WordStyleSheet(
        WordDefaults defaults,
        IReadOnlyList<WordStyle> styles,
        IReadOnlyList<string> fallback,
        Styles? reference
    )
    {
        Defaults = defaults;
        Styles = styles;
        Fallback = fallback;
        Reference = reference;
        _byId = styles
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public WordDefaults Defaults { get; }

    public IReadOnlyList<WordStyle> Styles { get; }

    /// <summary>The theme's fallback families, tried after a style's own when measuring.</summary>
    public IReadOnlyList<string> Fallback { get; }

    /// <summary>The reference document's styles part, written as it is with PrepPack's missing styles added.</summary>
    public Styles? Reference { get; }

    public WordStyle? this[string id] => _byId.GetValueOrDefault(id);

    /// <summary>PrepPack's styles, from the theme's fonts, sizes, colours and spacing.</summary>
    public static WordStyleSheet For(Theme theme) =>
        new(ThemeStyles.Defaults(theme), ThemeStyles.All(theme), theme.Fonts.Fallback, null);

    /// <summary>The styles of the reference document at <paramref name="referencePath"/>, with PrepPack's for the ids
    /// it lacks.</summary>
    public static WordStyleSheet For(Theme theme, string? referencePath, DiagnosticBag diagnostics)
    {
        var own = For(theme);
        if (referencePath is null)
            return own;
        Styles? part;
        (string? Major, string? Minor) themeFonts;
        try
        {
            using var document = WordprocessingDocument.Open(referencePath, false);
            part = document.MainDocumentPart?.StyleDefinitionsPart?.Styles?.CloneNode(true) as Styles;
            var scheme = document.MainDocumentPart?.ThemePart?.Theme?.ThemeElements?.FontScheme;
            themeFonts = (scheme?.MajorFont?.LatinFont?.Typeface?.Value, scheme?.MinorFont?.LatinFont?.Typeface?.Value);
        }
        catch (Exception e)
            when (e
                    is OpenXmlPackageException
                        or FormatException
                        or InvalidDataException
                        or IOException
                        or UnauthorizedAccessException
            )
        {
            diagnostics.Error(
                SourceLocation.WholeOf(theme.File),
                DiagnosticCodes.ThemeInvalid,
                $"The Word reference document '{theme.WordReference}' named in the theme could not be read as a Word "
                    + "document.",
                "Save it again from Word as a .docx, or remove 'word_reference' to use PrepPack's styles."
            );
            return own;
        }
        if (part is null)
            return own;
        var (defaults, borrowed) = WordStyleReader.Read(part, themeFonts);
        var present = part.Elements<Style>().Select(s => s.StyleId?.Value).ToHashSet();
        return new WordStyleSheet(
            defaults ?? own.Defaults,
            borrowed.Concat(own.Styles.Where(s => !present.Contains(s.Id))).ToList(),
            own.Fallback,
            part
        );
    }

    /// <summary>A paragraph style with what it inherits filled in; a style the document lacks is Normal, as in
    /// Word.</summary>
    public WordStyleMetrics Metrics(string styleId)
    {
        if (_metrics.TryGetValue(styleId, out var known))
            return known;
        return _metrics[styleId] = Resolve(styleId);
    }

    private WordStyleMetrics Resolve(string styleId)
    {
        var chain = Chain(
            this[styleId] ?? Styles.FirstOrDefault(s => s.Kind == WordStyleKind.Paragraph && s.IsDefault)
        );
        var families = Inherit(chain, s => s.Families) ?? Defaults.Families ?? [];
        return new WordStyleMetrics(
            families.Concat(Fallback).ToList(),
            Inherit(chain, s => s.Size) ?? Defaults.Size ?? WordDefaultSize,
            Inherit(chain, s => s.Bold) ?? false,
            Inherit(chain, s => s.Italic) ?? false,
            Inherit(chain, s => s.SpaceBefore) ?? Defaults.SpaceBefore ?? 0,
            Inherit(chain, s => s.SpaceAfter) ?? Defaults.SpaceAfter ?? 0,
            Inherit(chain, s => s.Line) ?? Defaults.Line ?? WordLine.Single,
            Inherit(chain, s => s.Indent) ?? 0
        );
    }

    /// <summary>The space inside the cells of a table in the style named, or in the default table style.</summary>
    public WordCellMargins CellMargins(string? tableStyleId)
    {
        var style = tableStyleId is not null
            ? this[tableStyleId]
            : Styles.FirstOrDefault(s => s.Kind == WordStyleKind.Table && s.IsDefault);
        return Inherit(Chain(style), s => s.CellMargins) ?? WordCellMargins.WordDefault;
    }

    /// <summary>The style, the style it is based on, and so on; a loop in a broken reference ends it.</summary>
    private List<WordStyle> Chain(WordStyle? style)
    {
        var chain = new List<WordStyle>();
        while (style is not null && !chain.Contains(style))
        {
            chain.Add(style);
            style = style.BasedOn is { } basedOn ? this[basedOn] : null;
        }
        return chain;
    }

    private static T? Inherit<T>(List<WordStyle> chain, Func<WordStyle, T?> value) =>
        chain.Select(value).FirstOrDefault(v => v is not null);
}
