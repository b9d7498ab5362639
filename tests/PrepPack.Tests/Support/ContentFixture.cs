using PrepPack.Content;
using PrepPack.Diagnostics;

namespace PrepPack.Tests.Support;

/// <summary>
/// A small valid story bank (Fixtures/MinimalBank) with the files of one rule's fixture
/// (Fixtures/Rules/&lt;rule&gt;) laid over it, so each rule's broken file is all a test needs to show.
/// </summary>
internal sealed class ContentFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    private ContentFixture(string? rule)
    {
        TempFolder.CopyInto(Path.Combine(RepoPaths.Fixtures, "MinimalBank"), Root);
        if (rule is not null)
            TempFolder.CopyInto(Path.Combine(RepoPaths.Fixtures, "Rules", rule), Root);
    }

    public string Root => _folder.Path;

    public static ContentFixture Valid() => new(null);

    public static ContentFixture WithRule(string rule) => new(rule);

    public LoadResult Load() => StoryBankLoader.Load(Root);

    /// <summary>The file a diagnostic names, relative to the bank, with forward slashes.</summary>
    public string Relative(Diagnostic d) => Path.GetRelativePath(Root, d.File).Replace('\\', '/');

    public void Dispose() => _folder.Dispose();
}
