using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content;

/// <summary>What reading a content folder gave: the bank when it has no errors, and every diagnostic.</summary>
public sealed record LoadResult(StoryBank? Bank, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files)
{
    public bool Succeeded => Bank is not null;
}
