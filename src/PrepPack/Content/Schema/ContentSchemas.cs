using PrepPack.Content.Readers;
using PrepPack.Content.Schema.Fields;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Schema;

/// <summary>The editor schemas of every kind of content file. A new kind is one line here (its
/// reader and its descriptions); the tests then check its descriptions and the committed copy.</summary>
public static class ContentSchemas
{
    /// <summary>Where the schemas live beside the content folder, in the repository and in a bank <c>preppack init</c>
    /// makes.</summary>
    public const string Folder = "schemas";

    public static IReadOnlyList<ContentSchema> All { get; } =
    [
        new(
            "profile",
            "PrepPack profile",
            "profile.yaml",
            ProfileReader.What,
            m => ProfileReader.Read(m),
            ProfileFields.Descriptions
        ),
        new(
            "story",
            "PrepPack story",
            "stories/<id>.yaml",
            StoryReader.What,
            m => StoryReader.Read(m),
            StoryFields.Descriptions
        ),
        new(
            "framework",
            "PrepPack framework",
            "frameworks/<id>.yaml",
            FrameworkReader.What,
            m => FrameworkReader.Read(m),
            FrameworkFields.Descriptions
        ),
        new(
            "question",
            "PrepPack question",
            "questions/<id>.yaml",
            QuestionReader.What,
            m => QuestionReader.Read(m),
            QuestionFields.Descriptions
        ),
        new(
            "practice-log",
            "PrepPack practice log",
            "practice/log.yaml",
            PracticeLogReader.What,
            m => PracticeLogReader.Read(m),
            PracticeLogFields.Descriptions
        ),
    ];

    public static ContentSchema Named(string name) => All.Single(s => s.Name == name);
}
