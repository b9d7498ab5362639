using System.Globalization;
using PrepPack.Content.Model;

namespace PrepPack.Pipeline;

/// <summary>The date the content is from: the profile's 'updated', or the newest file's date.</summary>
internal static class ContentDate
{
    public static string Of(StoryBank bank, IEnumerable<string> files)
    {
        var date = DateTime.TryParse(
            bank.Profile.Updated,
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var updated
        )
            ? updated
            : files.Select(File.GetLastWriteTime).DefaultIfEmpty(DateTime.Today).Max();
        return date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
    }
}
