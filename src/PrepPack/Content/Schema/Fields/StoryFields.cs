namespace PrepPack.Content.Schema.Fields;

/// <summary>What each field of a story file holds, for the editor schema and the docs.</summary>
internal static class StoryFields
{
    public static IReadOnlyDictionary<string, string> Descriptions { get; } =
        new Dictionary<string, string>
        {
            ["id"] = "The story's id: its file name without .yaml (letters and digits of any language, '-' and '_').",
            ["title"] = "The story's title, as cards, the matrix and the binder print it.",
            ["short_title"] =
                "A few words (at most 60 characters, shorter than the title) that the one-page outputs "
                + "(matrix, cheat sheet, tracker) print in place of a long title.",
            ["flagship"] = "true for your strongest story (one only): the cheat sheet opens with it.",
            ["themes"] =
                "The question themes it answers: leadership, conflict, impact, failure, teamwork, initiative, or your "
                + "own words.",
            ["scores"] = "The project matrix: how the story rates, each from 1 (lowest) to 5 (highest).",
            ["scores.impact"] = "How much the result mattered, from 1 to 5.",
            ["scores.scope"] = "How big the problem and the team were, from 1 to 5.",
            ["scores.contribution"] = "How much of it was your own doing, from 1 to 5.",
            ["highlight"] = "One line for the matrix: what happened and its figure.",
            ["reminder"] = "One line for the cheat sheet's list of stories; left out, the highlight is printed.",
            ["card"] = "The 5-bullet card: one short line each (30 words at most, or the build warns).",
            ["card.context"] = "The situation, in one line.",
            ["card.task"] = "What you had to do.",
            ["card.action_1"] = "The first key action you took.",
            ["card.action_2"] = "The second key action you took.",
            ["card.result"] = "What came of it, with a figure.",
            ["card.lesson"] = "What you learned: a lesson of this story, not a saying that fits any story.",
            ["star"] = "The full answer as you would say it, timed against the budgets of practice: in profile.yaml.",
            ["star.situation"] = "The situation: where and when, in two or three sentences.",
            ["star.task"] = "Your task: what you owned.",
            ["star.actions"] = "What you did, one item per action, told as 'I'.",
            ["star.result"] = "The result, with figures.",
            ["star.reflection"] = "What you would keep or change; counted in the whole answer's time.",
            ["numbers"] =
                "The figures to say out loud; the cheat sheet prints those its reminder does not already "
                + "say (each figure with the same value and unit counts as said).",
            ["numbers[].value"] = "The figure itself: '15 min', '$1.5M', '20%'.",
            ["numbers[].measures"] = "What it measures: 'refresh time, down from 2-3 h'.",
            ["follow_ups"] = "Likely next questions, each with a short answer.",
            ["follow_ups[].question"] = "What the interviewer may ask next.",
            ["follow_ups[].answer"] = "Your short answer.",
            ["failure"] =
                "Only for a failure story: how you own it. Its figures should appear elsewhere in the story too.",
            ["failure.owning_it"] = "What was your part in it, said plainly.",
            ["failure.what_went_wrong"] = "What went wrong, and why.",
            ["failure.what_changed"] = "What you changed afterwards, so it does not happen again.",
            ["gsmt"] =
                "Goal, signal, metric and target of the project, for the flagship story: the cheat sheet prints them.",
            ["gsmt.goal"] = "What the project set out to do.",
            ["gsmt.signal"] = "What you would see when it works.",
            ["gsmt.metric"] = "What you measured.",
            ["gsmt.target"] = "The figure you aimed for.",
            ["principles"] =
                "Which principles of which framework it shows: a framework id, then its principle ids, such as "
                + "'amazon: [ownership, earn-trust]'.",
        };
}
