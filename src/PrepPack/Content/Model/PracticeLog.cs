namespace PrepPack.Content.Model;

/// <summary>Every answer practised, from <c>content/practice/log.yaml</c>, in the order written.</summary>
/// <param name="File">The log's path, whether or not it exists yet.</param>
public sealed record PracticeLog(string File, IReadOnlyList<PracticeEntry> Entries)
{
    public static PracticeLog Empty(string file) => new(file, []);
}
