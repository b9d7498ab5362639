using PrepPack.Tests.Support;

namespace PrepPack.Tests.BadInput;

/// <summary>
/// The minimal story bank, the repository's templates and a pack built from them once; each case
/// starts from that state again, so it can check that a failed build left the pack as it was.
/// </summary>
public sealed class BadInputWorkspace : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TempFolder _snapshot = new();

    public BadInputWorkspace()
    {
        Reset();
        var exit = PrepPack.Cli.PrepPackCli.Run(
            ["build", "--content", Content, "--templates", Templates, "--out", Output],
            new StringWriter(),
            new StringWriter()
        );
        if (exit != 0)
            throw new InvalidOperationException("The minimal bank does not build.");
        TempFolder.CopyInto(Output, _snapshot.Path);
    }

    public string Root => _folder.Path;
    public string Content => _folder.Combine("content");
    public string Templates => _folder.Combine("templates");
    public string Output => _folder.Combine("output");

    /// <summary>Content, templates and output as they were after the good build.</summary>
    public void Reset()
    {
        foreach (var folder in new[] { Content, Templates })
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        TempFolder.CopyInto(Path.Combine(RepoPaths.Fixtures, "MinimalBank"), Content);
        MinimalBankTemplates.CopyInto(Templates);
        if (Directory.Exists(Output))
            Directory.Delete(Output, recursive: true);
        if (Directory.Exists(_snapshot.Path))
            TempFolder.CopyInto(_snapshot.Path, Output);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    public void WriteBytes(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllBytes(PathOf(relative), bytes);
    }

    public void Edit(string relative, Func<string, string> change) =>
        File.WriteAllText(PathOf(relative), change(File.ReadAllText(PathOf(relative))));

    /// <summary>Every output file (not the build's own records) with its bytes.</summary>
    public Dictionary<string, byte[]> Pack() =>
        Directory.EnumerateFiles(Output).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    public void Dispose()
    {
        _folder.Dispose();
        _snapshot.Dispose();
    }
}
