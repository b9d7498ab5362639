namespace PrepPack.Word;

/// <summary>
/// Type shrunk to fit a page, as Word writes it: sizes in whole half-points, rounded down, and
/// spacing in twentieths of a point. The one-page estimate measures with the same rounded sizes
/// the writer sets, so a page estimated to fit is the page written.
/// </summary>
internal static class WordScale
{
    /// <summary>A size in points at the scale, in half-points; at full size, the size as it is.</summary>
    public static int HalfPoints(float size, float scale) => (int)Math.Floor(size * scale * 2 + 0.001f);

    /// <summary>The size in points the writer sets at the scale.</summary>
    public static float Size(float size, float scale) => scale >= 1 ? size : HalfPoints(size, scale) / 2f;

    /// <summary>Spacing in points at the scale, in twentieths of a point.</summary>
    public static int Twips(float points, float scale) => (int)Math.Round(points * scale * 20);
}
