using PrepPack.Pipeline;

namespace PrepPack.Tests.Support;

/// <summary>The sample story bank built once, with the repository's templates, into a folder of its own.</summary>
public class SamplePack : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Lazy<PrepPack.Content.Model.StoryBank> _bank;

    public SamplePack()
        : this(RepoPaths.SampleContent) { }

    protected SamplePack(string content)
    {
        Report = PackBuilder.Build(new BuildOptions(content, RepoPaths.Templates, _folder.Path));
        _bank = new(() => PrepPack.Content.StoryBankLoader.Load(content).Bank!);
    }

    public BuildReport Report { get; }
    public string Output => _folder.Path;

    /// <summary>The sample bank as read, for what a test expects the pages to show.</summary>
    public PrepPack.Content.Model.StoryBank Bank => _bank.Value;

    public byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Output, name));

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A build of a small story bank: its own content, templates and output folders.</summary>
internal sealed class PackWorkspace : IDisposable
{
    private readonly TempFolder _folder = new();

    public PackWorkspace(string? rule = null)
    {
        TempFolder.CopyInto(Path.Combine(RepoPaths.Fixtures, "MinimalBank"), Content);
        if (rule is not null)
            TempFolder.CopyInto(Path.Combine(RepoPaths.Fixtures, "Rules", rule), Content);
        MinimalBankTemplates.CopyInto(Templates);
    }

    public string Content => _folder.Combine("content");
    public string Templates => _folder.Combine("templates");
    public string Output => _folder.Combine("output");

    public BuildReport Build() => PackBuilder.Build(new BuildOptions(Content, Templates, Output));

    public string OutputFile(string name) => Path.Combine(Output, name);

    public void Edit(string path, Func<string, string> change) =>
        File.WriteAllText(path, change(File.ReadAllText(path)));

    public void Dispose() => _folder.Dispose();
}
