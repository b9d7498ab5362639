namespace PrepPack.Content.Validation;

/// <summary>
/// The ids (file names) of stories, frameworks and questions whose files could not be read. Their own
/// error is the cause; a reference to them elsewhere is a follow-on and is not reported.
/// </summary>
internal sealed record UnreadFiles(IReadOnlySet<string> Stories, IReadOnlySet<string> Frameworks)
{
    public IReadOnlySet<string> Questions { get; init; } = new HashSet<string>();
}
