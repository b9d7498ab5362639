using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Theming;

namespace PrepPack.Pdf.Rendering;

/// <summary>The theme's values as the layout engine draws them.</summary>
internal static class ThemeToLayout
{
    public static Color ToLayout(this ThemeColor color) => new(color.R, color.G, color.B);

    public static Color? ToLayout(this ThemeColor? color) => color is { } c ? c.ToLayout() : null;

    public static BoxStyle ToLayout(this ThemeBox box) =>
        new()
        {
            Background = box.Background.ToLayout(),
            Border = box.Border.ToLayout(),
            BorderWidth = box.BorderWidth,
            LeftBar = box.LeftBar.ToLayout(),
            Padding = Thickness.All(box.Padding),
            KeepTogether = box.KeepTogether,
        };
}
