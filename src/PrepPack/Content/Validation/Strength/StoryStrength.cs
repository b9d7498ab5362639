using System.Runtime.CompilerServices;
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
        new DutyNotAction(),
        new ThemeMisspelt(),
        new LabelInText(),
        new MarkdownInText(),
        new EmptyLesson(),
        new StarTimeBudget(),
        new NoFollowUps(),
        new FiguresDisagree(),
        new FailureFigureNotInStory(),
    ];

    // The pack's checks and each story's readiness line both ask: a story is checked once for the context it is
    // read in.
    private static readonly ConditionalWeakTable<
        Story,
        StrongBox<(StrengthContext Context, IReadOnlyList<Diagnostic> Found)>
    > Known = new();

    public static void Run(IReadOnlyList<Story> stories, StrengthContext context, DiagnosticBag diagnostics)
    {
        // Each story is checked alone, side by side; its warnings are kept in story order.
        var found = stories.AsParallel().AsOrdered().Select(story => Check(story, context)).ToList();
        foreach (var own in found)
            diagnostics.AddRange(own);
    }

    /// <summary>The warnings of one story alone, for its readiness line.</summary>
    public static IReadOnlyList<Diagnostic> Of(Story story, StrengthContext context) => Check(story, context);

    private static IReadOnlyList<Diagnostic> Check(Story story, StrengthContext context)
    {
        if (Known.TryGetValue(story, out var known) && known.Value.Context == context)
            return known.Value.Found;
        var own = new DiagnosticBag();
        foreach (var rule in Rules)
            rule.Check(story, context, own);
        var found = own.ToList();
        Known.AddOrUpdate(story, new((context, found)));
        return found;
    }
}
