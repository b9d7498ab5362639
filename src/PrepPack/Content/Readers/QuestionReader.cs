using PrepPack.Content.Model;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Readers;

/// <summary>Reads one <c>questions/&lt;id&gt;.yaml</c> file. Missing parts are reported and left empty,
/// so the rest of the file is still checked.</summary>
internal static class QuestionReader
{
    public const string What = "the question";

    public static Question? Read(string path, DiagnosticBag diagnostics, IFileSource files) =>
        YamlFile.LoadMapping(path, diagnostics, files, YamlFile.QuestionFields, YamlFile.QuestionStart) is { } root
            ? Read(new MappingReader(root, path, What, diagnostics))
            : null;

    /// <summary>Reads the question's fields; on a describing reader, notes them for the editor schema.</summary>
    public static Question Read(MappingReader m)
    {
        var path = m.File;
        var id = m.Id("id", required: true) ?? ContentId.OfFile(path);
        var question = new Question
        {
            Id = id,
            IdAt = m.LocationOf("id"),
            File = path,
            Places = FieldPlaces.Read(path, m.Node),
            Ask = m.String("ask", required: true) ?? "",
            Principles = m.ReferenceLists("principles").Select(e => new PrincipleLink(e.Key, e.Values)).ToList(),
            Primary = StoryChoiceReader.Read(m, "primary", "the question's story", required: true)
                ?? new StoryChoice(new SourceRef("", m.Location)),
            Backup = StoryChoiceReader.Read(m, "backup", "the question's backup story"),
            Angle = ReadAngle(m.Mapping("angle", "angle", required: true)),
            Script = ReadScript(m.Mapping("script", "script")),
            Cues = ReadCues(m),
            FollowUps = m.Items("follow_ups", "a follow-up", f =>
                new FollowUp(f.String("question", required: true) ?? "", f.String("answer", required: true) ?? "").Also(
                    f
                )
            ),
            Probes = m.Items("probes", "a probe", p =>
                new Probe(
                    p.String("asks", required: true) ?? "",
                    p.String("tests", required: true) ?? "",
                    p.String("weak", required: true) ?? "",
                    p.String("strong", required: true) ?? ""
                ).Also(p)
            ),
        };
        m.Complete();

        var expected = ContentId.OfFile(path);
        if (m.Has("id") && id != expected)
            m.Diagnostics.Error(
                question.IdAt,
                DiagnosticCodes.IdDiffersFromFileName,
                $"The question id '{id}' differs from its file name '{Path.GetFileName(path)}'.",
                ContentId.IsValid(expected)
                    ? $"Rename the file to '{id}.yaml' or change the id to '{expected}'."
                    : $"Rename the file to '{id}.yaml': '{expected}' cannot be an id, which holds only letters, "
                        + "digits, '-' and '_'."
            );
        return question;
    }

    private static QuestionAngle ReadAngle(MappingReader? m)
    {
        if (m is null)
            return new QuestionAngle("", null, []);
        var angle = new QuestionAngle(
            m.String("lead_with", required: true) ?? "",
            m.String("cut"),
            m.Strings("signals")
        );
        m.Complete();
        return angle;
    }

    private static StarScript ReadScript(MappingReader? m)
    {
        if (m is null)
            return StarScript.None;
        // Read in the order they are told, which is the order the editor schema lists them.
        var (situation, task, actions) = (m.String("situation"), m.String("task"), m.Strings("actions"));
        var script = new StarScript(
            situation,
            task,
            m.Has("actions") && actions.Count > 0 ? actions : null,
            m.String("result"),
            m.String("reflection")
        );
        m.Complete();
        return script;
    }

    /// <summary>A prompt card's back has room for three cues; a fourth would be cut off, so it is an error.</summary>
    private static IReadOnlyList<string> ReadCues(MappingReader m)
    {
        var cues = m.Strings("cues");
        if (cues.Count <= Question.MostCues)
            return cues;
        m.Diagnostics.Error(
            m.ValueLocationOf("cues"),
            DiagnosticCodes.TooManyCues,
            $"'cues' has {cues.Count} lines, but a prompt card has room for {Question.MostCues}.",
            $"Keep the {Question.MostCues} cues that bring the answer back fastest."
        );
        return cues.Take(Question.MostCues).ToList();
    }
}
