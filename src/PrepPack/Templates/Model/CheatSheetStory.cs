using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>
/// One story on the cheat sheet, said once: <c>line.story</c>, whose short title and reminder the
/// page prints, and <c>line.numbers</c>, its key numbers the reminder does not already say, so a
/// candidate reads each figure once and no figure the story lists is left off the page.
/// </summary>
public sealed class CheatSheetStory(StoryView story)
{
    public StoryView Story => story;

    public IReadOnlyList<KeyNumber> Numbers { get; } =
        story.Numbers.Where(n => !ReminderFigures.Says(story.Reminder, n)).ToList();
}
