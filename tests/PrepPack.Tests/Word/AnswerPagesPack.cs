using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Word;

/// <summary>
/// A bank of its own, built once with the repository's templates: a nurse moving into product, whose
/// profile sets its own <c>practice:</c> budgets, with an ordinary answer (about 1:20 to tell, three
/// follow-ups, two probes) and a question told with a story that shows none of the principles it asks about.
/// </summary>
public sealed class AnswerPagesPack : IDisposable
{
    private readonly TempFolder _folder = new();

    public AnswerPagesPack()
    {
        TempFolder.CopyInto(Path.Combine(RepoPaths.Fixtures, "AnswerPagesBank"), Content);
        TempFolder.CopyInto(RepoPaths.Templates, Templates);
        var theme = Path.Combine(Templates, "theme.yaml");
        File.WriteAllText(theme, File.ReadAllText(theme).Replace("  framework: amazon\n", "  framework: harbor\n"));
        Report = PackBuilder.Build(new BuildOptions(Content, Templates, Output));
        Bank = StoryBankLoader.Load(Content).Bank!;
    }

    public string Content => _folder.Combine("content");
    public string Templates => _folder.Combine("templates");
    public string Output => _folder.Combine("output");
    public BuildReport Report { get; }
    public StoryBank Bank { get; }

    /// <summary>The question whose story shows none of the principles it asks about.</summary>
    public const string Misfit = "took-charge";

    /// <summary>The ordinary answer, within every budget, that must fit one page.</summary>
    public const string Ordinary = "a-better-experience";

    /// <summary>Builds again, as after an edit.</summary>
    public BuildReport Rebuild() => PackBuilder.Build(new BuildOptions(Content, Templates, Output));

    public string PathOf(string name) => Path.Combine(Output, name);

    /// <summary>The Markdown a template made, as the build keeps it.</summary>
    public string Markdown(string name) => File.ReadAllText(Path.Combine(Output, ".preppack", "markdown", name));

    public void Dispose() => _folder.Dispose();
}
