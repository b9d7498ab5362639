using PrepPack.Diagnostics;
using PrepPack.Layout.Text;

namespace PrepPack.Theming;

/// <summary>
/// The one font check the PDF and Word writers share: a family the theme names that is neither
/// in templates/fonts, nor bundled, nor installed is a warning at its theme.yaml line, and the
/// theme goes on with the families that are there (the bundled ones at least).
/// </summary>
public static class FontCheck
{
    public static Theme Run(Theme theme, FontLibrary fonts, DiagnosticBag diagnostics)
    {
        var fontsFolder = Path.Combine(Path.GetDirectoryName(theme.File) ?? ".", "fonts");
        // A font the user put there that is never used would otherwise show only as "not installed" further on.
        if (File.Exists(fontsFolder))
            diagnostics.Warning(
                SourceLocation.WholeOf(fontsFolder),
                DiagnosticCodes.FontFileUnreadable,
                $"{fontsFolder} is a file, not a folder, so no font is read from it.",
                "Make 'fonts' a folder beside theme.yaml and put the .ttf or .otf files in it."
            );
        foreach (var file in fonts.Unreadable)
            diagnostics.Warning(
                SourceLocation.WholeOf(file),
                DiagnosticCodes.FontFileUnreadable,
                $"{Path.GetFileName(file)} in {fontsFolder} cannot be read as a font (it may be damaged, cut short or "
                    + "not a TrueType or OpenType file), so its family is not used.",
                "Copy the font file again from where you got it, or remove it from the fonts folder."
            );
        foreach (var (role, families) in theme.Fonts.Roles)
        foreach (var family in families.Where(f => !fonts.Has(f)))
            diagnostics.Warning(
                theme.Fonts.Lines.GetValueOrDefault(role, SourceLocation.WholeOf(theme.File)),
                DiagnosticCodes.FontNotFound,
                $"The font family '{family}' is not installed and is not in {fontsFolder}, so {Bundled(role)} is used "
                    + "instead.",
                $"Copy its .ttf files into {fontsFolder}, or name another family under 'fonts: {role}:' in theme.yaml."
            );
        return theme with
        {
            Fonts = theme.Fonts with
            {
                Body = Available(theme.Fonts.Body, fonts, BundledFonts.Serif),
                Heading = Available(theme.Fonts.Heading, fonts, BundledFonts.Sans),
                Mono = Available(theme.Fonts.Mono, fonts, BundledFonts.Mono),
                Fallback = Available(theme.Fonts.Fallback, fonts, BundledFonts.Sans),
            },
        };
    }

    private static string Bundled(string role) =>
        role switch
        {
            "body" => BundledFonts.Serif,
            "mono" => BundledFonts.Mono,
            _ => BundledFonts.Sans,
        };

    private static IReadOnlyList<string> Available(IReadOnlyList<string> families, FontLibrary fonts, string bundled)
    {
        var found = families.Where(fonts.Has).ToList();
        return found.Count > 0 ? found : [bundled];
    }
}
