namespace PrepPack.Content.Model;

/// <summary>The 5-bullet card: Context, Task, two key Actions, Result, Lesson.</summary>
public sealed record StoryCard(
    string Context,
    string Task,
    string Action1,
    string Action2,
    string Result,
    string Lesson
);
