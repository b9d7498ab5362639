using PrepPack.Content.Model;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Readers;

/// <summary>Reads one <c>frameworks/&lt;id&gt;.yaml</c> file.</summary>
internal static class FrameworkReader
{
    private static readonly string[] Needs = ["failure"];

    public const string What = "the framework";

    public static Framework? Read(string path, DiagnosticBag diagnostics, IFileSource files) =>
        YamlFile.LoadMapping(
            path,
            diagnostics,
            files,
            "'id: …', 'company: …' and 'name: …'",
            "Start the file with 'id: ' followed by the name of the file without '.yaml', then 'company:', 'name:' "
                + "and 'principles:'."
        )
            is { } root
            ? Read(new MappingReader(root, path, What, diagnostics))
            : null;

    /// <summary>Reads the framework's fields; on a describing reader, notes them for the editor schema.</summary>
    public static Framework Read(MappingReader m)
    {
        var path = m.File;
        var id = m.Id("id", required: true) ?? ContentId.OfFile(path);
        // Where each principle's id and name are written, to point at the second of two alike.
        var places = new List<(Principle Principle, SourceLocation Id, SourceLocation Name)>();
        Principle? ReadPlaced(MappingReader p)
        {
            var principle = ReadPrinciple(p);
            if (principle is not null)
                places.Add((principle, p.ValueLocationOf("id"), p.ValueLocationOf("name")));
            return principle;
        }
        var framework = new Framework
        {
            Id = id,
            File = path,
            Company = m.String("company", required: true) ?? id,
            Name = m.String("name", required: true) ?? id,
            About = m.String("about"),
            MaxPrinciplesPerStory = m.Integer("max_principles_per_story", 1, 100),
            Principles = m.Items("principles", "a principle", ReadPlaced, required: true),
        };
        m.Complete();

        foreach (var duplicate in places.Where(p => p.Principle.Id.Length > 0).GroupBy(p => p.Principle.Id))
            if (duplicate.Count() > 1)
                m.Diagnostics.Error(
                    duplicate.ElementAt(1).Id,
                    DiagnosticCodes.DuplicatePrincipleId,
                    $"The principle id '{duplicate.Key}' is used {duplicate.Count()} times in this framework (first "
                        + $"at line {duplicate.First().Id.Line}).",
                    "Give each principle its own id."
                );
        // Two principles of one name print alike on every page, and a reader cannot tell which is meant.
        var named = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        foreach (var (principle, _, nameAt) in places)
            if (principle.Name.Trim() is { Length: > 0 } name && !named.TryAdd(name, nameAt))
                if (places.Count(p => p.Principle.Id == principle.Id) == 1)
                    m.Diagnostics.Warning(
                        nameAt,
                        DiagnosticCodes.RepeatedName,
                        $"'{name}' is the name of two principles of this framework (first at line "
                            + $"{named[name].Line}); the pages print them alike.",
                        "Give each principle its own name, or merge the two into one."
                    );
        return framework;
    }

    private static Principle? ReadPrinciple(MappingReader p)
    {
        var principle = new Principle
        {
            Id = p.String("id", required: true) ?? "",
            Name = p.String("name", required: true) ?? "",
            Emphasise = p.String("emphasise", required: true) ?? "",
            Signals = p.Strings("signals"),
            Questions = p.LinesOrItems(
                "questions",
                "a practice question",
                line => new PracticeQuestion { Ask = line.Id },
                ReadQuestion
            ),
            Primary = StoryChoiceReader.Read(p, "primary", "the primary story"),
            Backup = StoryChoiceReader.Read(p, "backup", "the backup story"),
            NeedsFailure = p.OneOf("needs", Needs) == "failure",
        };
        p.Complete();
        return principle;
    }

    private static PracticeQuestion? ReadQuestion(MappingReader q)
    {
        var question = new PracticeQuestion
        {
            Ask = q.String("ask", required: true) ?? "",
            Primary = StoryChoiceReader.Read(q, "primary", "the question's primary story"),
            Backup = StoryChoiceReader.Read(q, "backup", "the question's backup story"),
            Why = q.String("why"),
        };
        q.Complete();
        return question;
    }
}
