using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PrepPack.Markdown;

/// <summary>
/// Every class and container name the templates write (<c>{.small}</c>, <c>::: card</c>) that
/// the PDF and Word writers or the theme give a meaning to, in one list.
/// </summary>
public static class ClassNames
{
    // Paragraphs and headings.
    public const string Small = "small";
    public const string Center = "center";
    public const string Right = "right";
    public const string Left = "left";

    /// <summary>A line pinned to the foot of a card's page (<c>::: cardface</c>); elsewhere an ordinary line.</summary>
    public const string Foot = "foot";

    /// <summary>A heading in Word's Title style.</summary>
    public const string Title = "title";

    /// <summary>A heading left out of the contents, as in pandoc.</summary>
    public const string Unlisted = "unlisted";

    // Inline text that takes a Word character style.
    public const string StarLabel = "star-label";
    public const string KeyNumber = "key-number";

    // Containers with a meaning of their own.
    public const string Toc = "toc";
    public const string Contents = "contents";
    public const string PageBreak = "pagebreak";
    public const string PageBreakDashed = "page-break";
    public const string NewPage = "newpage";

    /// <summary>Pages set up their own way (<c>::: section {orientation=landscape}</c>); see <see
    /// cref="DocumentSections"/>.</summary>
    public const string Section = "section";

    // Boxes the sample theme styles.
    public const string Card = "card";
    public const string CardFace = "cardface";
    public const string Callout = "callout";

    /// <summary>A box whose page has no header or footer.</summary>
    public const string Cover = "cover";

    // Table cells the theme shades.
    public const string High = "high";
    public const string Mid = "mid";
    public const string Low = "low";
    public const string Thin = "thin";
    public const string Gap = "gap";

    public static IReadOnlyList<string> All { get; } =
    [
        Small,
        Center,
        Right,
        Left,
        Foot,
        Title,
        Unlisted,
        StarLabel,
        KeyNumber,
        Toc,
        Contents,
        PageBreak,
        PageBreakDashed,
        NewPage,
        Section,
        Card,
        CardFace,
        Callout,
        Cover,
        High,
        Mid,
        Low,
        Thin,
        Gap,
    ];

    /// <summary>The name after <c>:::</c>, lower case: "card" for <c>::: Card</c>.</summary>
    public static string Name(CustomContainer container) => (container.Info ?? "").Trim().ToLowerInvariant();

    public static bool IsContents(CustomContainer container) => Name(container) is Toc or Contents;

    /// <summary>The classes a block carries: <c>{.small .center}</c>.</summary>
    public static IReadOnlyList<string> Of(Block block) => block.TryGetAttributes()?.Classes?.ToList() ?? [];

    public static bool Has(Block block, string name) => block.TryGetAttributes()?.Classes?.Contains(name) == true;
}
