namespace PrepPack.Content.Model;

/// <summary>STAR parts written for one question; a part left null is told as the story tells it.</summary>
public sealed record StarScript(
    string? Situation,
    string? Task,
    IReadOnlyList<string>? Actions,
    string? Result,
    string? Reflection
)
{
    public static StarScript None { get; } = new(null, null, null, null, null);

    public bool IsEmpty => (Situation, Task, Actions, Result, Reflection) is (null, null, null, null, null);
}
