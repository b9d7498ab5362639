using System.Reflection;
using PrepPack.Layout.Text;

namespace PrepPack.Theming;

/// <summary>
/// The DejaVu families shipped inside PrepPack (licence in Theming/Fonts/LICENSE.txt), so every
/// computer prints the same pages whatever fonts it has installed.
/// </summary>
public static class BundledFonts
{
    public const string Sans = "DejaVu Sans";
    public const string Serif = "DejaVu Serif";
    public const string Mono = "DejaVu Sans Mono";

    public static IReadOnlyList<BundledFace> Faces { get; } =
    [
        Face(Sans, false, false, "DejaVuSans.ttf"),
        Face(Sans, true, false, "DejaVuSans-Bold.ttf"),
        Face(Sans, false, true, "DejaVuSans-Oblique.ttf"),
        Face(Sans, true, true, "DejaVuSans-BoldOblique.ttf"),
        Face(Serif, false, false, "DejaVuSerif.ttf"),
        Face(Serif, true, false, "DejaVuSerif-Bold.ttf"),
        Face(Serif, false, true, "DejaVuSerif-Italic.ttf"),
        Face(Serif, true, true, "DejaVuSerif-BoldItalic.ttf"),
        Face(Mono, false, false, "DejaVuSansMono.ttf"),
        Face(Mono, true, false, "DejaVuSansMono-Bold.ttf"),
        Face(Mono, false, true, "DejaVuSansMono-Oblique.ttf"),
        Face(Mono, true, true, "DejaVuSansMono-BoldOblique.ttf"),
    ];

    public static IEnumerable<string> Families => [Sans, Serif, Mono];

    public static bool IsBundled(string family) => Families.Contains(family, StringComparer.OrdinalIgnoreCase);

    private static BundledFace Face(string family, bool bold, bool italic, string file) =>
        new(family, bold, italic, file, () => Read(file));

    private static byte[] Read(string file)
    {
        using var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream("PrepPack.Fonts." + file)
            ?? throw new InvalidOperationException($"The bundled font {file} is missing from the program.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
