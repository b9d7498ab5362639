namespace PrepPack.Export.Anki;

/// <summary>
/// The note type of a story card: three fields, one card template. Anki keeps a user's notes only
/// while the note type they were imported with is unchanged, so its id carries <see cref="Version"/>:
/// change a field or a template, and change the version with it.
/// </summary>
internal static class AnkiNoteType
{
    public const string Version = "story-card-1";
    public const string Name = "PrepPack story card";

    public static readonly string[] Fields = ["Title", "Questions", "Card"];

    public const string TemplateName = "Tell the story";

    public const string Front = """
        <div class="title">{{Title}}</div>
        {{#Questions}}<div class="questions">{{Questions}}</div>{{/Questions}}
        """;

    public const string Back = """
        {{FrontSide}}
        <hr id="answer">
        <div class="bullets">{{Card}}</div>
        """;

    public const string Css = """
        .card {
          font-family: "DejaVu Sans", Arial, sans-serif; font-size: 18px;
          text-align: left; color: #222; background: #fff;
        }
        .title { font-size: 24px; font-weight: bold; color: #1f4e8c; margin-bottom: 12px; }
        .questions ul, .bullets ul { padding-left: 1.2em; }
        .questions li { margin-bottom: 4px; }
        .from { color: #777; font-size: 14px; }
        .bullets li { margin-bottom: 6px; }
        """;

    /// <summary>The front shows something whenever the title or the questions do (Anki's "req").</summary>
    public static readonly int[] Required = [0, 1];
}
