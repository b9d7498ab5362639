namespace PrepPack.Content.Schema.Fields;

/// <summary>What each field of <c>profile.yaml</c> holds, for the editor schema and the docs.</summary>
internal static class ProfileFields
{
    public static IReadOnlyDictionary<string, string> Descriptions { get; } =
        new Dictionary<string, string>
        {
            ["name"] = "Your name, as the binder cover and the page footers print it.",
            ["current_role"] = "Your role now, with the employer: 'Senior Data Engineer, Harbor Mutual'.",
            ["target_role"] = "The role you are preparing for.",
            ["updated"] =
                "The date the pack carries, written YYYY-MM-DD; left out, the date of the newest content file.",
            ["language"] =
                "The language your text is written in, which every PDF and Word file says: "
                + "en-GB (the default), en-US, de-DE.",
            ["tmay"] =
                "Your 'tell me about yourself' answer, in four parts, timed at 150 words a minute against two minutes.",
            ["tmay.present"] = "Who you are and what you do today.",
            ["tmay.background"] = "How you got here: the experience behind today's role.",
            ["tmay.highlights"] = "Two or three stories to mention, each with what you say about it.",
            ["tmay.highlights[].story"] = "The id of the story (its file name in stories/, without .yaml).",
            ["tmay.highlights[].says"] = "What you say about it in the answer, with its figure.",
            ["tmay.looking_ahead"] = "What you want next, and why this role.",
            ["why_company"] =
                "One line per company on why you want to work there, under the framework's id: 'amazon: …'.",
            ["practice"] =
                "How long each part of a STAR answer may take, in seconds at 150 words a minute; each is optional.",
            ["practice.situation_and_task"] = "The set-up (situation and task), at most; 30 by default.",
            ["practice.action_at_least"] = "The actions, at least; 0 (the default) checks no lower limit.",
            ["practice.action"] = "The actions, at most; 90 by default.",
            ["practice.result"] = "The result, at most; 30 by default.",
            ["practice.whole"] = "The whole answer, reflection included, at most; 120 by default.",
        };
}
