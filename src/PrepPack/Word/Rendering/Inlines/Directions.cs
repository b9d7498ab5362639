using PrepPack.Layout.Text.Bidi;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>
/// Splits a run's text where its direction changes, by the same bidi algorithm the PDF uses, read
/// as left-to-right text: Hebrew or Arabic words, with the spaces and numbers between them, are
/// right to left; the rest is as written. Word reorders the right-to-left runs itself.
/// </summary>
internal static class Directions
{
    public static IEnumerable<(string Text, bool RightToLeft)> Split(string text)
    {
        if (!BidiClasses.MayHaveRightToLeft(text))
        {
            yield return (text, false);
            yield break;
        }
        var levels = BidiLevels.Resolve(text, 0);
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && levels[i] > 0 == levels[start] > 0)
                continue;
            yield return (text[start..i], levels[start] > 0);
            start = i;
        }
    }
}
