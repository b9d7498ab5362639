using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>PP0201: a card line too long to read at a glance.</summary>
internal sealed class CardLineTooLong : IStoryRule
{
    /// <summary>A card bullet is read at a glance; past this many words it stops being one.</summary>
    public const int WordLimit = 30;

    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        foreach (var (field, text) in StoryText.Card(story.Card))
        {
            var words = StoryText.Words(text);
            if (words > WordLimit)
                diagnostics.Warning(
                    story.At(field),
                    DiagnosticCodes.CardBulletLong,
                    $"The card's '{field[5..]}' has {words} words; a card bullet reads best under {WordLimit}.",
                    "Keep the detail for 'star:' and say the essence here."
                );
        }
    }
}
