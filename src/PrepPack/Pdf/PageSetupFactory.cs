using PrepPack.Layout.Core;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Text;
using PrepPack.Pdf.Rendering;
using PrepPack.Templates;
using PrepPack.Theming;

namespace PrepPack.Pdf;

/// <summary>The page a document asks for in its front matter, with the theme's defaults for the rest.</summary>
internal static class PageSetupFactory
{
    public static PageSetup Create(FrontMatter settings, Theme theme)
    {
        var (width, height) = PaperSize.Parse(settings.Page ?? theme.Page.Size) ?? PaperSize.Parse("letter")!.Value;
        if (settings.Orientation == "landscape" && height > width || settings.Orientation == "portrait" && width > height)
            (width, height) = (height, width);
        var title = settings.Title ?? "";
        var style = new TextStyle
        {
            Families = theme.Fonts.ForBody,
            Size = theme.Sizes.Small,
            Color = theme.Colors.Muted.ToLayout(),
            LineHeight = 1.2f,
        };
        return new PageSetup
        {
            Width = width,
            Height = height,
            Margins = Thickness.All(settings.Margin ?? theme.Page.Margin),
            Header = (settings.Header ?? theme.Page.Header)?.Replace("{title}", title),
            Footer = (settings.Footer ?? theme.Page.Footer)?.Replace("{title}", title),
            HeaderFooterStyle = style,
        };
    }
}
