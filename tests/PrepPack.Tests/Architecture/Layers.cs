namespace PrepPack.Tests.Architecture;

/// <summary>
/// The folders of src/PrepPack in pipeline order, from the bottom: each may use the layers below
/// it and none above it or beside it. docs/architecture.md lists them in this order.
/// </summary>
public static class Layers
{
    public static readonly IReadOnlyList<Layer> InOrder =
    [
        new(["Diagnostics"]),
        new(["IO"]),
        new(["Content"]),
        new(["Coverage"]),
        new(["Practice"]),
        new(["Theming"], UsesLayout: true),
        new(["Incremental"]),
        new(["Markdown"]),
        new(["Templates"], UsesLayout: true),
        new(["Pdf", "Word"], UsesLayout: true),
        new(["Pipeline"], UsesLayout: true),
        new(["Preview"], UsesLayout: true),
        new(["Export", "Starter"]),
    ];

    public static IEnumerable<string> Folders => InOrder.SelectMany(l => l.Folders);

    public static Layer Of(string folder) => InOrder.Single(l => l.Folders.Contains(folder));

    /// <summary>The folders a folder may not use: those above it, and its peers.</summary>
    public static IReadOnlyList<string> Above(string folder)
    {
        var layer = InOrder.Select((l, i) => (l, i)).Single(x => x.l.Folders.Contains(folder)).i;
        return InOrder.Skip(layer).SelectMany(l => l.Folders).Where(f => f != folder).ToList();
    }

    /// <summary>The namespace of a folder and every namespace below it, as a regular expression.</summary>
    public static string Namespace(params IEnumerable<string> folders) =>
        $@"^PrepPack\.({string.Join('|', folders)})(\..+)?$";
}
