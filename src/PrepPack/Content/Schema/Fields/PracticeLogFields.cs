namespace PrepPack.Content.Schema.Fields;

/// <summary>What each field of the practice log holds, for the editor schema and the docs.</summary>
internal static class PracticeLogFields
{
    public static IReadOnlyDictionary<string, string> Descriptions { get; } =
        new Dictionary<string, string>
        {
            ["answers"] = "One entry per answer said aloud: 'preppack practice' adds them, and you may add your own.",
            ["answers[].date"] = "When you gave the answer: the day, and the time if you like.",
            ["answers[].question"] =
                "The question you answered (its file name in questions/, without .yaml); each answer names a "
                + "question, a story or both.",
            ["answers[].story"] =
                "The story you told (its file name in stories/, without .yaml); each answer names a question, a story "
                + "or both.",
            ["answers[].time"] = "How long the answer took.",
            ["answers[].clarity"] = "Your score for how clearly you told it, from 1 (unclear) to 5 (very clear).",
            ["answers[].metrics"] =
                "Your score for how well you gave its numbers, from 1 (none) to 5 (every one that matters).",
            ["answers[].reflection"] =
                "Your score for what you said you learned, from 1 (nothing) to 5 (a clear lesson).",
        };
}
