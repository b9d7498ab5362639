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
/// are written short: standard roles, no /Type, /Pg once per element, no spaces a reader does not
/// need, and one attribute object shared by all elements that say the same (header cells of a
/// scope, lists numbered alike).
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

    /// <summary>Places an element that may stay empty (a table cell) in drawing order among its siblings.</summary>
    public void Place(IReadOnlyList<StructureTag> path) => NodeOf(path);

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
        if (!_links[page].TryDequeue(out var link))
            return objects.Add(annotation);
        var key = _pageCount + _annotations.Count;
        var number = objects.Add(annotation[..^2] + $"/StructParent {key}>>");
        link.Kids.Add(new Annotation(number));
        _annotations.Add((key, link));
        return number;
    }

    /// <summary>The page dictionary's entries that tie it to the tree: its key in the parent tree, and tab
    /// order by structure.</summary>
    public string PageEntries(int page) => _marks[page].Count > 0 ? $"/StructParents {page}/Tabs/S" : "";

    /// <summary>Writes the tree and returns the catalog's entries for it; none when nothing is tagged.</summary>
    public string Write(PdfObjects objects, IReadOnlyList<int> pages)
    {
        if (!_root.HasContent)
            return "";
        var root = objects.Reserve();
        Number(objects);
        Write(_root, root, objects, pages, []);
        var parents = new StringBuilder("<</Nums[");
        for (var page = 0; page < _pageCount; page++)
        {
            if (_marks[page].Count == 0)
                continue;
            parents.Append(CultureInfo.InvariantCulture, $"{page}[");
            parents.AppendJoin(' ', _marks[page].Select(n => PdfObjects.Reference(n.Number))).Append("] ");
        }
        foreach (var (key, link) in _annotations)
            parents.Append(CultureInfo.InvariantCulture, $"{key} {PdfObjects.Reference(link.Number)} ");
        parents.Length--;
        parents.Append("]>>");
        objects.Set(
            root,
            $"<</Type/StructTreeRoot/K {PdfObjects.Reference(_root.Number)}/ParentTree{parents}"
                + $"/ParentTreeNextKey {_pageCount + _annotations.Count}>>"
        );
        return $"/StructTreeRoot {PdfObjects.Reference(root)}/MarkInfo<</Marked true>>";
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

    /// <summary>
    /// Numbers the elements written: first those that hold no marked content of their own, level by level,
    /// then those that do, in the order their content is drawn; within each, elements of one role together
    /// (every TD, then every TH), so each dictionary follows one much like it. Readers never see the
    /// numbers; the file compresses better than with numbers in reading order: 1.7 KB less in the sample
    /// binder's 1,600 elements.
    /// </summary>
    private void Number(PdfObjects objects)
    {
        var marked = _marks.SelectMany(m => m).Concat(_annotations.Select(a => a.Link)).Distinct().ToList();
        var owners = marked.ToHashSet();
        var containers = new List<Node>();
        var level = new Queue<Node>([_root]);
        while (level.TryDequeue(out var node))
        {
            if (!owners.Contains(node))
                containers.Add(node);
            foreach (var child in Written(node))
                level.Enqueue(child);
        }
        foreach (var group in new[] { containers, marked })
        foreach (var node in group.OrderBy(n => n.Tag.Role, StringComparer.Ordinal))
            node.Number = objects.Reserve();
    }

    /// <summary>
    /// The child elements written: those that hold content, and an empty one kept on purpose (a
    /// table cell) when its parent holds content, so a blank row is left out and a row with a
    /// blank cell keeps it.
    /// </summary>
    private static IEnumerable<Node> Written(Node node) =>
        node.Kids.OfType<Node>().Where(child => child.HasContent || child.Tag.KeepEmpty && node.HasContent);

    /// <param name="attributes">The one object of each set of attributes, written the first time it is
    /// needed.</param>
    private static void Write(
        Node node,
        int parent,
        PdfObjects objects,
        IReadOnlyList<int> pages,
        Dictionary<string, int> attributes
    )
    {
        var page = node.Kids.OfType<Content>().Select(c => (int?)c.Page).FirstOrDefault();
        var children = Written(node).ToList();
        var written = children.ToHashSet();
        var kids = node
            .Kids.Where(kid => kid is not Node child || written.Contains(child))
            .Select(kid =>
                kid switch
                {
                    Node child => PdfObjects.Reference(child.Number),
                    Content content when content.Page == page => content.Id.ToString(CultureInfo.InvariantCulture),
                    Content content =>
                        $"<</Type/MCR/Pg {PdfObjects.Reference(pages[content.Page])}/MCID {content.Id}>>",
                    Annotation annotation => $"<</Type/OBJR/Obj {PdfObjects.Reference(annotation.Number)}>>",
                    _ => "",
                }
            )
            .ToList();
        var value = new StringBuilder($"<</S/{node.Tag.Role}/P {PdfObjects.Reference(parent)}");
        if (page is { } on)
            value.Append("/Pg ").Append(PdfObjects.Reference(pages[on]));
        if (node.Tag.AltText is { Length: > 0 } alt)
            value.Append("/Alt ").Append(PdfTextString.Encode(alt));
        if (Attributes(node.Tag) is { } owned)
        {
            if (!attributes.TryGetValue(owned, out var shared))
                attributes[owned] = shared = objects.Add(owned);
            value.Append("/A ").Append(PdfObjects.Reference(shared));
        }
        if (kids.Count > 0)
            value.Append("/K ").Append(kids.Count == 1 ? kids[0] : $"[{string.Join(" ", kids)}]");
        objects.Set(node.Number, value.Append(">>").ToString());
        foreach (var child in children)
            Write(child, node.Number, objects, pages, attributes);
    }

    /// <summary>The element's attribute object as written, or null when it has none.</summary>
    private static string? Attributes(StructureTag tag) =>
        tag switch
        {
            { Scope: { } scope } => $"<</O/Table/Scope/{scope}>>",
            { ListNumbering: { } numbering } => $"<</O/List/ListNumbering/{numbering}>>",
            _ => null,
        };

    private sealed class Node(StructureTag tag)
    {
        public StructureTag Tag => tag;
        public List<object> Kids { get; } = [];
        public int Number { get; set; }

        /// <summary>Whether anything is drawn in it or below it: marked content or a link.</summary>
        public bool HasContent => _hasContent ??= Kids.Any(k => k is not Node || ((Node)k).HasContent);

        private bool? _hasContent;
    }

    private sealed record Content(int Page, int Id);

    private sealed record Annotation(int Number);
}
