using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>PP0204: a story no STAR one-pager will include, because it shows no principle.</summary>
internal sealed class NoPrinciples : IStoryRule
{
    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        if (!context.HasFrameworks || story.Principles.Count > 0)
            return;
        diagnostics.Warning(
            story.IdAt,
            DiagnosticCodes.NoPrinciples,
            "The story shows no principle of any framework, so no STAR one-pager will include it.",
            "Add a 'principles:' group, for example 'amazon: [ownership]'."
        );
    }
}
