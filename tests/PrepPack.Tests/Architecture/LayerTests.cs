using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using PrepPack.Pipeline;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using Code = ArchUnitNET.Domain.Architecture;

namespace PrepPack.Tests.Architecture;

/// <summary>
/// Data flows one way through the folders of src/PrepPack (<see cref="Layers"/>): a folder that
/// uses one above it or beside it fails here, not in a review.
/// </summary>
public class LayerTests
{
    private static readonly System.Reflection.Assembly Core = typeof(PackBuilder).Assembly;
    private static readonly System.Reflection.Assembly Engine = typeof(PrepPack.Layout.Elements.Box).Assembly;

    private static readonly Lazy<Code> Loaded = new(() => new ArchLoader().LoadAssemblies(Core, Engine).Build());

    public static TheoryData<string> Folders => [.. Layers.Folders];

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_no_folder_above_it_or_beside_it(string folder)
    {
        var above = Layers.Above(folder);
        if (above.Count == 0)
            return;
        Types()
            .That()
            .ResideInNamespaceMatching(Layers.Namespace(folder))
            .Should()
            .NotDependOnAny(Types().That().ResideInNamespaceMatching(Layers.Namespace(above)))
            .Because($"{folder} comes before {string.Join(", ", above)} in the pipeline")
            .Check(Loaded.Value);
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Only_the_folders_that_lay_out_or_measure_text_use_the_layout_engine(string folder)
    {
        if (Layers.Of(folder).UsesLayout)
            return;
        Types()
            .That()
            .ResideInNamespaceMatching(Layers.Namespace(folder))
            .Should()
            .NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^PrepPack\.Layout(\..+)?$"))
            .Because($"{folder} describes documents and leaves pages to the writers")
            .Check(Loaded.Value);
    }

    [Fact]
    public void The_layout_engine_uses_nothing_of_PrepPack()
    {
        Types()
            .That()
            .ResideInAssembly(Engine)
            .Should()
            .NotDependOnAny(Types().That().ResideInAssembly(Core))
            .Because("PrepPack.Layout depends on SkiaSharp and HarfBuzz only")
            .Check(Loaded.Value);
    }

    [Fact]
    public void Every_folder_of_PrepPack_has_a_place_in_the_layer_order()
    {
        var folders = Core.GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(n => n.StartsWith("PrepPack.", StringComparison.Ordinal))
            .Select(n => n.Split('.')[1])
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(Layers.Folders.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void A_use_of_a_folder_above_is_reported()
    {
        // The pipeline reads the content: the rule turned round must see that edge, or it sees none.
        var rule = Types()
            .That()
            .ResideInNamespaceMatching(Layers.Namespace("Pipeline"))
            .Should()
            .NotDependOnAny(Types().That().ResideInNamespaceMatching(Layers.Namespace("Content")));
        Assert.False(rule.HasNoViolations(Loaded.Value));
    }
}
