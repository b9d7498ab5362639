using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace PrepPack.Markdown;

/// <summary>
/// A run of a document's top-level blocks laid out on pages of one setup: the blocks outside any
/// section, on the document's pages, or one <c>::: section</c>'s blocks with its
/// <see cref="Settings"/> (null for the document's own).
/// </summary>
public sealed record DocumentSection(IReadOnlyList<Block> Blocks, SectionSettings? Settings, CustomContainer? Container)
{
    /// <summary>Where the section starts in the Markdown, 0-based as Markdig counts; -1 for the document's own
    /// pages.</summary>
    public int Line => Container?.Line ?? -1;
}
