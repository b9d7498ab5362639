using PrepPack.Theming;

namespace PrepPack.Word;

/// <summary>Where the reference document the theme names (<c>word_reference</c>) is: beside the theme unless the path
/// is rooted.</summary>
public static class WordReference
{
    /// <summary>The reference document's path, or null when the theme names none; the file may not exist.</summary>
    public static string? PathOf(Theme theme) =>
        theme.WordReference is not { } reference ? null
        : Path.IsPathRooted(reference) ? reference
        : Path.Combine(Path.GetDirectoryName(theme.File) ?? ".", reference);
}
