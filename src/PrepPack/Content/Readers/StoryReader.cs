using PrepPack.Content.Model;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Readers;

/// <summary>Reads one <c>stories/&lt;id&gt;.yaml</c> file. Missing parts are reported and left empty,
/// so the rest of the file is still checked.</summary>
internal static class StoryReader
{
    public const string What = "the story";

    public static Story? Read(string path, DiagnosticBag diagnostics, IFileSource files) =>
        YamlFile.LoadMapping(path, diagnostics, files, YamlFile.StoryFields, YamlFile.StoryStart) is { } root
            ? Read(new MappingReader(root, path, What, diagnostics))
            : null;

    /// <summary>Reads the story's fields; on a describing reader, notes them for the editor schema.</summary>
    public static Story Read(MappingReader story)
    {
        var path = story.File;
        var id = story.Id("id", required: true) ?? ContentId.OfFile(path);
        var result = new Story
        {
            Id = id,
            RefusedId = story.RefusedId,
            IdAt = story.LocationOf("id"),
            File = path,
            Places = FieldPlaces.Read(path, story.Node),
            Title = story.String("title", required: true) ?? id,
            ShortTitle = story.String("short_title"),
            Flagship = story.Boolean("flagship"),
            Themes = story.Names("themes", "theme"),
            Scores = ReadScores(story.Mapping("scores", "scores", required: true)),
            Highlight = story.String("highlight", required: true) ?? "",
            Reminder = story.String("reminder"),
            Card = ReadCard(story.Mapping("card", "card", required: true)),
            Star = ReadStar(story.Mapping("star", "star", required: true)),
            Numbers = story.Items("numbers", "a key number", n =>
                new KeyNumber(n.String("value", required: true) ?? "", n.String("measures", required: true) ?? "").Also(
                    n
                )
            ),
            FollowUps = story.Items("follow_ups", "a follow-up", f =>
                new FollowUp(f.String("question", required: true) ?? "", f.String("answer", required: true) ?? "").Also(
                    f
                )
            ),
            Failure = ReadFailure(story.Mapping("failure", "failure")),
            Gsmt = ReadGsmt(story.Mapping("gsmt", "gsmt")),
            Principles = story.ReferenceLists("principles").Select(e => new PrincipleLink(e.Key, e.Values)).ToList(),
        };
        story.Complete();
        ShortTitleCheck.Run(result, story);

        var expected = ContentId.OfFile(path);
        if (story.Has("id") && id != expected)
            story.Diagnostics.Error(
                result.IdAt,
                DiagnosticCodes.IdDiffersFromFileName,
                $"The story id '{id}' differs from its file name '{Path.GetFileName(path)}'.",
                ContentId.IsValid(expected)
                    ? $"Rename the file to '{id}.yaml' or change the id to '{expected}'."
                    : $"Rename the file to '{id}.yaml': '{expected}' cannot be an id, which holds only letters, "
                        + "digits, '-' and '_'."
            );
        return result;
    }

    private static Scores ReadScores(MappingReader? m)
    {
        if (m is null)
            return new Scores(0, 0, 0);
        var scores = new Scores(
            m.Integer("impact", 1, 5, required: true) ?? 0,
            m.Integer("scope", 1, 5, required: true) ?? 0,
            m.Integer("contribution", 1, 5, required: true) ?? 0
        );
        m.Complete();
        return scores;
    }

    private static StoryCard ReadCard(MappingReader? m)
    {
        if (m is null)
            return new StoryCard("", "", "", "", "", "");
        var card = new StoryCard(
            m.String("context", required: true) ?? "",
            m.String("task", required: true) ?? "",
            m.String("action_1", required: true) ?? "",
            m.String("action_2", required: true) ?? "",
            m.String("result", required: true) ?? "",
            m.String("lesson", required: true) ?? ""
        );
        m.Complete();
        return card;
    }

    private static StarAnswer ReadStar(MappingReader? m)
    {
        if (m is null)
            return new StarAnswer("", "", [], "", null);
        var star = new StarAnswer(
            m.String("situation", required: true) ?? "",
            m.String("task", required: true) ?? "",
            m.Strings("actions", required: true),
            m.String("result", required: true) ?? "",
            m.String("reflection")
        );
        m.Complete();
        return star;
    }

    private static FailureFrame? ReadFailure(MappingReader? m)
    {
        if (m is null)
            return null;
        var frame = new FailureFrame(
            m.String("owning_it", required: true) ?? "",
            m.String("what_went_wrong", required: true) ?? "",
            m.String("what_changed", required: true) ?? ""
        );
        m.Complete();
        return frame;
    }

    private static GoalSignalMetric? ReadGsmt(MappingReader? m)
    {
        if (m is null)
            return null;
        var gsmt = new GoalSignalMetric(
            m.String("goal", required: true) ?? "",
            m.String("signal", required: true) ?? "",
            m.String("metric", required: true) ?? "",
            m.String("target", required: true) ?? ""
        );
        m.Complete();
        return gsmt;
    }
}
