using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>Runs every strength rule over every story. Warnings only: the pack builds either way.</summary>
internal static class StoryStrength
{
    private static readonly IStoryRule[] Rules =
    [
        new NoKeyNumbers(),
        new NoPrinciples(),
        new CardLineTooLong(),
        new ResultWithoutNumber(),
        new ToldAsWe(),
        new EmptyLesson(),
        new StarTimeBudget(),
        new NoFollowUps(),
        new FiguresDisagree(),
        new FailureFigureNotInStory(),
    ];

    public static void Run(IReadOnlyList<Story> stories, StrengthContext context, DiagnosticBag diagnostics)
    {
        // Each story is checked alone, side by side; its warnings are kept in story order.
        var found = stories
            .AsParallel()
            .AsOrdered()
            .Select(story =>
            {
                var own = new DiagnosticBag();
                foreach (var rule in Rules)
                    rule.Check(story, context, own);
                return own;
            })
            .ToList();
        foreach (var own in found)
            diagnostics.AddRange(own);
    }

    /// <summary>The warnings of one story alone, for its readiness line.</summary>
    public static IReadOnlyList<Diagnostic> Of(Story story, StrengthContext context)
    {
        var diagnostics = new DiagnosticBag();
        Run([story], context, diagnostics);
        return diagnostics.ToList();
    }
}
