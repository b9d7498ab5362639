using PrepPack.Content.Model;

namespace PrepPack.Coverage;

/// <summary>
/// A line that names stories, said two ways: by id for <c>check</c>, which points at the files the user edits and
/// the ids typed in them, and by title on a printed page, which names stories as the rest of the page does.
/// </summary>
public sealed class StoriesNamed(Func<Func<Story, string>, string> say)
{
    /// <summary>The line with each story named by <paramref name="name"/>.</summary>
    public string Naming(Func<Story, string> name) => say(name);

    /// <summary>The line as a table says it that prints the story's weak note beside it ("the backup is marked
    /// weak"), or null when the line says no more than it would there.</summary>
    public string? BesideNotes { get; init; }

    /// <summary>The line as <c>check</c> says it, by id.</summary>
    public override string ToString() => Naming(s => s.Id);
}
