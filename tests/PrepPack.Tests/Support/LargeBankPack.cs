using PrepPack.Pipeline;

namespace PrepPack.Tests.Support;

/// <summary>A generated bank of 60 stories built once, with the repository's templates.</summary>
public sealed class LargeBankPack : IDisposable
{
    public const int Stories = 60;

    private readonly TempFolder _folder = new();

    public LargeBankPack()
    {
        LargeBank.Write(Content, Stories);
        Report = PackBuilder.Build(new BuildOptions(Content, RepoPaths.Templates, Output));
    }

    public string Content => _folder.Combine("content");
    public string Output => _folder.Combine("output");
    public BuildReport Report { get; }

    public byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Output, name));

    public void Dispose() => _folder.Dispose();
}
