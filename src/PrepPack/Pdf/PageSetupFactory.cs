using PrepPack.Layout.Core;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Text;
using PrepPack.Markdown;
using PrepPack.Pdf.Rendering;
using PrepPack.Theming;

namespace PrepPack.Pdf;

/// <summary>The document's page, as the layout engine takes it, with header and footer in the theme's small muted
/// type.</summary>
internal static class PageSetupFactory
{
    public static PageSetup Create(DocumentSetup page, Theme theme) =>
        new()
        {
            Width = page.Width,
            Height = page.Height,
            Margins = Thickness.All(page.Margin),
            Header = page.Header?.Text,
            Footer = page.Footer?.Text,
            HeaderFooterStyle = new TextStyle
            {
                Families = theme.Fonts.ForBody,
                Size = theme.Sizes.Small,
                Color = theme.Colors.Muted.ToLayout(),
                LineHeight = 1.2f,
            },
        };

    /// <summary>The setup with its header and footer no larger than <paramref name="body"/>, the body type as a
    /// one-page fit shrank it: the lines at the edge never outweigh the page.</summary>
    public static PageSetup NoLargerThan(PageSetup setup, float body) =>
        setup.HeaderFooterStyle is { } style && style.Size > body
            ? setup with
            {
                HeaderFooterStyle = style with { Size = body },
            }
            : setup;
}
