using PrepPack.Content.Model;

namespace PrepPack.Content.Validation.Strength;

/// <summary>Every text of a story a candidate says or reads, each with the path of its field.</summary>
internal static class StoryText
{
    public static IEnumerable<(string Field, string Text)> All(Story story) => Told(story).Concat(FailureFrame(story));

    /// <summary>Everything but the failure frame: the card, the STAR answer, the key numbers, the follow-ups.</summary>
    public static IEnumerable<(string Field, string Text)> Told(Story story)
    {
        yield return ("highlight", story.Highlight);
        if (story.Reminder is { } reminder)
            yield return ("reminder", reminder);
        foreach (var item in Card(story.Card).Concat(Star(story.Star)))
            yield return item;
        for (var i = 0; i < story.Numbers.Count; i++)
            yield return ($"numbers[{i}]", $"{story.Numbers[i].Value} {story.Numbers[i].Measures}");
        for (var i = 0; i < story.FollowUps.Count; i++)
            yield return ($"follow_ups[{i}].answer", story.FollowUps[i].Answer);
        if (story.Gsmt is { } g)
        {
            yield return ("gsmt.goal", g.Goal);
            yield return ("gsmt.signal", g.Signal);
            yield return ("gsmt.metric", g.Metric);
            yield return ("gsmt.target", g.Target);
        }
    }

    /// <summary>The STAR answer's parts, the reflection when there is one.</summary>
    public static IEnumerable<(string Field, string Text)> Star(StarAnswer star)
    {
        yield return ("star.situation", star.Situation);
        yield return ("star.task", star.Task);
        for (var i = 0; i < star.Actions.Count; i++)
            yield return ($"star.actions[{i}]", star.Actions[i]);
        yield return ("star.result", star.Result);
        if (star.Reflection is { } reflection)
            yield return ("star.reflection", reflection);
    }

    public static IEnumerable<(string Field, string Text)> Card(StoryCard card) =>
        [
            ("card.context", card.Context),
            ("card.task", card.Task),
            ("card.action_1", card.Action1),
            ("card.action_2", card.Action2),
            ("card.result", card.Result),
            ("card.lesson", card.Lesson),
        ];

    public static IEnumerable<(string Field, string Text)> FailureFrame(Story story) =>
        story.Failure is not { } f
            ? []
            :
            [
                ("failure.owning_it", f.OwningIt),
                ("failure.what_went_wrong", f.WhatWentWrong),
                ("failure.what_changed", f.WhatChanged),
            ];

    public static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
