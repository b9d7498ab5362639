using PrepPack.Markdown;

namespace PrepPack.Word;

/// <summary>The named styles every PrepPack Word document defines, so a user restyles a whole document by changing
/// one.</summary>
public static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Quote = "Quote";
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string ListContinue = "ListContinue";
    public const string TableText = "TableText";
    public const string BoxText = "BoxText";
    public const string Small = "Small";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Table = "PrepPackTable";
    public const string StarLabel = "STARLabel";
    public const string KeyNumber = "KeyNumber";
    public const string Code = "CodeText";
    public const string Strong = "Strong";
    public const string Emphasis = "Emphasis";
    public const string StrongEmphasis = "StrongEmphasis";
    public const string Marked = "Marked";
    public const string CodeChar = "CodeChar";
    public const string Rule = "HorizontalRule";

    // Box table styles are "Box" and the box's class: "BoxCallout" for ::: callout.
    private const string BoxPrefix = "Box";

    /// <summary>Markdown classes that name a character style: <c>**Situation**{.star-label}</c>.</summary>
    public static string? ForInlineClass(string cssClass) =>
        cssClass switch
        {
            ClassNames.StarLabel => StarLabel,
            ClassNames.KeyNumber => KeyNumber,
            _ => null,
        };

    /// <summary>The table style of a <c>::: name</c> box, "Box" for a box without a class.</summary>
    public static string Box(string? name)
    {
        if (string.IsNullOrEmpty(name) || name == "box")
            return BoxPrefix;
        var id = new System.Text.StringBuilder(BoxPrefix);
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }
            id.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        // A box named "text" would take Box Text's id.
        return id.ToString() == BoxText ? BoxText + BoxPrefix : id.ToString();
    }

    public static string Heading(int level) =>
        level switch
        {
            1 => Heading1,
            2 => Heading2,
            _ => Heading3,
        };
}
