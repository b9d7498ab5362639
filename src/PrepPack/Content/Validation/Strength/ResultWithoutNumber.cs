using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>PP0220: a result with no figure in it; "it went well" is forgotten, "from 5 days to 1" is not.</summary>
internal sealed class ResultWithoutNumber : IStoryRule
{
    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        foreach (var (field, text) in new[] { ("card.result", story.Card.Result), ("star.result", story.Star.Result) })
            if (text.Length > 0 && !Figures.Any(text))
                diagnostics.Warning(
                    story.At(field),
                    DiagnosticCodes.ResultWithoutNumber,
                    $"The result in '{field}' has no number, so it is hard to remember and easy to doubt.",
                    "Say what changed by how much: time saved, money, users, errors, before and after."
                );
    }
}
