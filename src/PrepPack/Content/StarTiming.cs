using PrepPack.Content.Model;

namespace PrepPack.Content;

/// <summary>How long each part of a story's STAR answer takes to say, at 150 words a minute.</summary>
public sealed record StarTiming(int Setup, int Action, int Result, int Whole)
{
    public static StarTiming Of(StarAnswer star) =>
        new(
            Seconds([star.Situation, star.Task]),
            Seconds(star.Actions),
            Seconds([star.Result]),
            Seconds([star.Situation, star.Task, .. star.Actions, star.Result, star.Reflection])
        );

    private static int Seconds(IEnumerable<string?> texts) => SpeakingTime.Seconds(SpeakingTime.Words(texts));
}
