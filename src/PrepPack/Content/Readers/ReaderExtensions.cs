using PrepPack.Content.Yaml;

namespace PrepPack.Content.Readers;

internal static class ReaderExtensions
{
    /// <summary>Returns the value read from a list item after checking the item had no unknown fields.</summary>
    public static T Also<T>(this T value, MappingReader item)
    {
        item.Complete();
        return value;
    }
}
