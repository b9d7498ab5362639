using PrepPack.Content.Model;

namespace PrepPack.Export;

/// <summary>
/// One story as a flashcard: the front asks for it (its title and the questions it answers), the
/// back holds its five-bullet card.
/// </summary>
/// <param name="Modified">When the story last changed: a deck re-imported with a later date updates the note.</param>
public sealed record Flashcard(
    Story Story,
    IReadOnlyList<CardQuestion> Questions,
    IReadOnlyList<CardLine> Back,
    DateTime Modified
)
{
    public string Id => Story.Id;
    public string Title => Story.Title;

    /// <summary>Words to find the card by in a flashcard app: the story's themes, and whether it is the flagship or a
    /// failure.</summary>
    public IReadOnlyList<string> Tags =>
        [
            .. new[]
            {
                Story.Themes.Select(t => t.Trim().ToLowerInvariant().Replace(' ', '-')),
                Story.Flagship ? ["flagship"] : [],
                Story.IsFailure ? ["failure"] : [],
            }
                .SelectMany(t => t)
                .Where(t => t.Length > 0)
                .Distinct(),
        ];
}

/// <summary>A question the story answers, and where it comes from ("Amazon: Customer Obsession"), if from a
/// framework.</summary>
public sealed record CardQuestion(string Ask, string? From);

/// <summary>One bullet of the card: "Context", and its text.</summary>
public sealed record CardLine(string Label, string Text);
