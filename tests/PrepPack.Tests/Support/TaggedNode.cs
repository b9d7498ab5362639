namespace PrepPack.Tests.Support;

/// <summary>One structure element of a tagged PDF as read back: its role, attributes, children and words.</summary>
internal sealed class TaggedNode(string role)
{
    public string Role => role;
    public string? AltText { get; init; }
    public string? Scope { get; init; }

    /// <summary>For a list, how its items are numbered ("Disc", "Decimal"), from its list attributes.</summary>
    public string? ListNumbering { get; init; }

    /// <summary>The object number of its attribute object, when that is an object of its own (shared).</summary>
    public int? AttributesObject { get; init; }

    /// <summary>Its words and its child elements, in reading order.</summary>
    public List<object> Items { get; } = [];

    public IReadOnlyList<TaggedNode> Kids => Items.OfType<TaggedNode>().ToList();

    /// <summary>The words of the marked content it holds itself, in order.</summary>
    public string OwnText => Join(Items.OfType<string>());

    /// <summary>The link annotations it refers to.</summary>
    public int Annotations { get; set; }

    /// <summary>Every word under it, in reading order.</summary>
    public string Text => Join(Items.Select(i => i is TaggedNode node ? node.Text : (string)i));

    public IEnumerable<TaggedNode> Descendants() => Kids.SelectMany(k => new[] { k }.Concat(k.Descendants()));

    private static string Join(IEnumerable<string> parts) => string.Join(" ", parts.Where(t => t.Length > 0));

    public override string ToString() => $"{role}: {Text}";
}
