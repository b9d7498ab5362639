using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>PP0224: no follow-up questions prepared; interviewers always dig into a story.</summary>
internal sealed class NoFollowUps : IStoryRule
{
    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        if (story.FollowUps.Count > 0)
            return;
        diagnostics.Warning(
            story.IdAt,
            DiagnosticCodes.NoFollowUps,
            "The story has no follow-up questions prepared; interviewers ask at least one.",
            "Add a 'follow_ups:' list with the question you would least like to be asked, and your answer."
        );
    }
}
