using PrepPack.Layout.Core;

namespace PrepPack.Layout.Pdf;

/// <summary>One page's side of the structure tree: hands out the page's marked-content ids and notes its
/// links.</summary>
internal sealed class PageMarks(StructureTree tree, int page)
{
    /// <summary>The id of a new marked run of the last tag in <paramref name="path"/>, which sits under the
    /// ones before it.</summary>
    public int Mark(IReadOnlyList<StructureTag> path) => tree.Mark(page, path);

    /// <summary>Puts the last tag in <paramref name="path"/> in the structure here, though nothing may be drawn
    /// in it.</summary>
    public void Place(IReadOnlyList<StructureTag> path) => tree.Place(path);

    /// <summary>The page's next link annotation belongs to the last tag in <paramref name="path"/>.</summary>
    public void Link(IReadOnlyList<StructureTag> path) => tree.Link(page, path);
}
