using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>PP0202: a story with no key numbers to say out loud.</summary>
internal sealed class NoKeyNumbers : IStoryRule
{
    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        if (story.Numbers.Count > 0)
            return;
        diagnostics.Warning(
            story.IdAt,
            DiagnosticCodes.NoKeyNumbers,
            "The story has no key numbers; interviewers remember figures.",
            "Add a 'numbers:' list with a value and what it measures."
        );
    }
}
