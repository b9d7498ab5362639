using DocumentFormat.OpenXml.Wordprocessing;

namespace PrepPack.Word;

/// <summary>
/// A style's line spacing as Word keeps it: a multiple of the font's single line (rule Auto), or
/// a height in points, exact or at least.
/// </summary>
internal readonly record struct WordLine(float Value, LineSpacingRuleValues Rule)
{
    public static WordLine Single => Multiple(1);

    public static WordLine Multiple(float multiple) => new(multiple, LineSpacingRuleValues.Auto);

    /// <summary>The height of one line, in points, given the font's single line at the style's size.</summary>
    public float Height(float single) =>
        Rule == LineSpacingRuleValues.Exact ? Value
        : Rule == LineSpacingRuleValues.AtLeast ? Math.Max(Value, single)
        : Value * single;
}
