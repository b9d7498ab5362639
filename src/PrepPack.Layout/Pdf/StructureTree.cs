using System.Globalization;
using System.Text;
using PrepPack.Layout.Core;
using PrepPack.Layout.Pdf.Objects;

namespace PrepPack.Layout.Pdf;

/// <summary>
/// The structure tree of a tagged PDF, built from the tags the pages' content is marked with:
/// each tag one structure element, placed under the tag it was first drawn in, its children in
/// the order they were drawn (the source's order). Written as a Document element holding them
/// all, a parent tree from each page's marked-content ids (and each link annotation) back to
/// their elements, and an object reference from each link element to its annotation. Elements
/// are written short: standard roles, no /Type, /Pg once per element.
/// </summary>
internal sealed class StructureTree
{
    private readonly Node _root = new(new StructureTag(StructureRoles.Document));
    private readonly Dictionary<StructureTag, Node> _nodes = new(ReferenceEqualityComparer.Instance);
    // Per page: the element of each marked-content id, and of each link annotation not yet written.
    private readonly List<Node>[] _marks;
    private readonly Queue<Node>[] _links;
    private readonly List<(int Key, Node Link)> _annotations = [];
    private readonly int _pageCount;

    public StructureTree(int pageCount)
    {
        _pageCount = pageCount;
        _marks = Enumerable.Range(0, pageCount).Select(_ => new List<Node>()).ToArray();
        _links = Enumerable.Range(0, pageCount).Select(_ => new Queue<Node>()).ToArray();
    }

    public PageMarks Page(int index) => new(this, index);

    public int Mark(int page, IReadOnlyList<StructureTag> path)
    {
        var node = NodeOf(path);
        var id = _marks[page].Count;
        _marks[page].Add(node);
        node.Kids.Add(new Content(page, id));
        return id;
    }

    public void Link(int page, IReadOnlyList<StructureTag> path)
    {
        var node = NodeOf(path);
        // A link drawn outside a link tag still gets an element of its own to be read by.
        if (node.Tag.Role != StructureRoles.Link)
            node = NodeOf([.. path, new StructureTag(StructureRoles.Link)]);
        _links[page].Enqueue(node);
    }

    /// <summary>
    /// Adds the page's next link annotation (<paramref name="annotation"/>, a dictionary) as an
    /// object with the key that leads back to its element, and returns the object's number.
    /// </summary>
    public int Annotate(int page, string annotation, PdfObjects objects)
    {
        if (!_links[page].TryDequeue(out var link)) return objects.Add(annotation);
        var key = _pageCount + _annotations.Count;
        var number = objects.Add(annotation[..^2] + $" /StructParent {key}>>");
        link.Kids.Add(new Annotation(number));
        _annotations.Add((key, link));
        return number;
    }

    /// <summary>The page dictionary's entries that tie it to the tree: its key in the parent tree, and tab
    /// order by structure.</summary>
    public string PageEntries(int page) => _marks[page].Count > 0 ? $" /StructParents {page} /Tabs /S" : "";

    /// <summary>Writes the tree and returns the catalog's entries for it; none when nothing is tagged.</summary>
    public string Write(PdfObjects objects, IReadOnlyList<int> pages)
    {
        if (_root.Kids.Count == 0) return "";
        var root = objects.Reserve();
        Number(_root, objects);
        Write(_root, root, objects, pages);
        var parents = new StringBuilder("<</Nums [");
        for (var page = 0; page < _pageCount; page++)
        {
            if (_marks[page].Count == 0) continue;
            parents.Append(CultureInfo.InvariantCulture, $"{page} [");
            parents.AppendJoin(' ', _marks[page].Select(n => PdfObjects.Reference(n.Number))).Append("] ");
        }
        foreach (var (key, link) in _annotations)
            parents.Append(CultureInfo.InvariantCulture, $"{key} {PdfObjects.Reference(link.Number)} ");
        parents.Length--;
        parents.Append("]>>");
        objects.Set(root, $"<</Type /StructTreeRoot /K {PdfObjects.Reference(_root.Number)} /ParentTree {parents}"
            + $" /ParentTreeNextKey {_pageCount + _annotations.Count}>>");
        return $" /StructTreeRoot {PdfObjects.Reference(root)} /MarkInfo <</Marked true>>";
    }

    private Node NodeOf(IReadOnlyList<StructureTag> path)
    {
        var parent = _root;
        foreach (var tag in path)
        {
            if (!_nodes.TryGetValue(tag, out var node))
            {
                _nodes[tag] = node = new Node(tag);
                parent.Kids.Add(node);
            }
            parent = node;
        }
        return parent;
    }

    private static void Number(Node node, PdfObjects objects)
    {
        node.Number = objects.Reserve();
        foreach (var child in node.Kids.OfType<Node>()) Number(child, objects);
    }

    private static void Write(Node node, int parent, PdfObjects objects, IReadOnlyList<int> pages)
    {
        var page = node.Kids.OfType<Content>().Select(c => (int?)c.Page).FirstOrDefault();
        var kids = node.Kids.Select(kid => kid switch
        {
            Node child => PdfObjects.Reference(child.Number),
            Content content when content.Page == page => content.Id.ToString(CultureInfo.InvariantCulture),
            Content content => $"<</Type /MCR /Pg {PdfObjects.Reference(pages[content.Page])} /MCID {content.Id}>>",
            Annotation annotation => $"<</Type /OBJR /Obj {PdfObjects.Reference(annotation.Number)}>>",
            _ => "",
        }).ToList();
        var value = new StringBuilder($"<</S /{node.Tag.Role} /P {PdfObjects.Reference(parent)}");
        if (page is { } on) value.Append(" /Pg ").Append(PdfObjects.Reference(pages[on]));
        if (node.Tag.AltText is { Length: > 0 } alt) value.Append(" /Alt ").Append(PdfTextString.Encode(alt));
        if (node.Tag.Scope is { } scope) value.Append(" /A <</O /Table /Scope /").Append(scope).Append(">>");
        value.Append(" /K ").Append(kids.Count == 1 ? kids[0] : $"[{string.Join(" ", kids)}]").Append(">>");
        objects.Set(node.Number, value.ToString());
        foreach (var child in node.Kids.OfType<Node>()) Write(child, node.Number, objects, pages);
    }

    private sealed class Node(StructureTag tag)
    {
        public StructureTag Tag => tag;
        public List<object> Kids { get; } = [];
        public int Number { get; set; }
    }

    private sealed record Content(int Page, int Id);

    private sealed record Annotation(int Number);
}
