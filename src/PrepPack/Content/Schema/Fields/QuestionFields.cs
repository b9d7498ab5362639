namespace PrepPack.Content.Schema.Fields;

/// <summary>What each field of a question file holds, for the editor schema and the docs.</summary>
internal static class QuestionFields
{
    public static IReadOnlyDictionary<string, string> Descriptions { get; } =
        new Dictionary<string, string>
        {
            ["id"] =
                "The question's id: its file name without .yaml (letters and digits of any language, '-' and '_').",
            ["ask"] = "The question as an interviewer would ask it; printed on the front of its prompt card.",
            ["principles"] =
                "What it asks about, in each framework that asks it: 'amazon: [ownership, earn-trust]'; 'meta: []' "
                + "asks it there without a principle.",
            ["primary"] = "The story to tell for it: its id, or story and weak.",
            ["primary.story"] = "The id of the story.",
            ["primary.weak"] = "Why the choice is weak, and what would make it stronger.",
            ["backup"] = "A second story for this question: its id, or story and weak.",
            ["backup.story"] = "The id of the story.",
            ["backup.weak"] = "Why the choice is weak, and what would make it stronger.",
            ["angle"] = "How to tell the story for this question.",
            ["angle.lead_with"] = "The line to open with: what this question wants to hear first.",
            ["angle.cut"] = "What to leave out of the story for this question.",
            ["angle.signals"] = "What the interviewer listens for in the answer.",
            ["script"] =
                "Parts of the answer told differently for this question; each part left out is the story's own star: "
                + "part.",
            ["script.situation"] = "Where and when it happened, told for this question.",
            ["script.task"] = "What you had to do, told for this question.",
            ["script.actions"] = "What you did, step by step, told for this question.",
            ["script.result"] = "How it ended, with its figure, told for this question.",
            ["script.reflection"] = "What you learned, told for this question.",
            ["cues"] =
                "At most three short lines to recall the answer by, on the back of its prompt card; left out, the "
                + "story card's two actions and its result.",
            ["follow_ups"] =
                "Questions the interviewer may ask next, each with your answer; left out, the story's own are shown.",
            ["follow_ups[].question"] = "The follow-up question.",
            ["follow_ups[].answer"] = "Your answer to it, in a line or two.",
            ["probes"] = "What the interviewer digs with to test the answer, and the answer that wins the point.",
            ["probes[].asks"] = "The probing question.",
            ["probes[].tests"] = "What the interviewer is testing by asking it.",
            ["probes[].weak"] = "An answer that loses the point.",
            ["probes[].strong"] = "The answer that wins it.",
        };
}
