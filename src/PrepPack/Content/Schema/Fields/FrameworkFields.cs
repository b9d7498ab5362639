namespace PrepPack.Content.Schema.Fields;

/// <summary>What each field of a framework file holds, for the editor schema and the docs.</summary>
internal static class FrameworkFields
{
    public static IReadOnlyDictionary<string, string> Descriptions { get; } =
        new Dictionary<string, string>
        {
            ["id"] = "The framework's id: its file name without .yaml, as stories name it under principles:.",
            ["company"] = "The company: 'Amazon'.",
            ["name"] = "The framework's name: 'Leadership Principles'.",
            ["about"] = "How the company interviews with it; printed at the head of its section in the binder.",
            ["max_principles_per_story"] =
                "The most principles one story is picked for; left out, the principles' places shared among the "
                + "stories (at least two).",
            ["principles"] = "The principles, values or signal areas interviewers assess.",
            ["principles[].id"] = "The principle's id, as stories name it under principles:.",
            ["principles[].name"] = "The principle's name, as printed.",
            ["principles[].emphasise"] = "What a story told for it should stress.",
            ["principles[].signals"] = "What interviewers listen for.",
            ["principles[].questions"] =
                "Practice questions: each a plain question, or one with its own stories (ask, primary, backup, why).",
            ["principles[].questions[].ask"] = "The question.",
            ["principles[].questions[].primary"] = "The story to tell for this question: its id, or story and weak.",
            ["principles[].questions[].primary.story"] = "The id of the story.",
            ["principles[].questions[].primary.weak"] = "Why the choice is weak, and what would make it stronger.",
            ["principles[].questions[].backup"] = "A second story for this question: its id, or story and weak.",
            ["principles[].questions[].backup.story"] = "The id of the story.",
            ["principles[].questions[].backup.weak"] = "Why the choice is weak, and what would make it stronger.",
            ["principles[].questions[].why"] = "Why that story answers it: a reminder for the day.",
            ["principles[].primary"] =
                "The story to tell for the principle: its id, or story and weak; left out, PrepPack picks one that "
                + "shows it.",
            ["principles[].primary.story"] = "The id of the story.",
            ["principles[].primary.weak"] = "Why the choice is weak, and what would make it stronger.",
            ["principles[].backup"] =
                "A second story for the principle: its id, or story and weak; left out, PrepPack picks one.",
            ["principles[].backup.story"] = "The id of the story.",
            ["principles[].backup.weak"] = "Why the choice is weak, and what would make it stronger.",
            ["principles[].needs"] =
                "'failure' when it is asked as 'a time you were wrong': a failure story is then picked first.",
        };
}
