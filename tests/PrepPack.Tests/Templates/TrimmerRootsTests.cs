using System.Reflection;
using System.Xml.Linq;
using PrepPack.Templates;
using PrepPack.Templates.Model;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Templates;

/// <summary>
/// The Native AOT build keeps only what src/PrepPack.Cli/TrimmerRoots.xml names of PrepPack: a
/// model type missing there would make every template that reads it fail in the published program
/// alone, so the list is checked against the model here, where any build finds it.
/// </summary>
public class TrimmerRootsTests
{
    private static readonly IReadOnlySet<string> Rooted = XDocument
        .Load(Path.Combine(RepoPaths.Root, "src", "PrepPack.Cli", "TrimmerRoots.xml"))
        .Descendants("assembly")
        .Where(a => (string?)a.Attribute("fullname") == "PrepPack.Core")
        .Descendants("type")
        .Select(t => (string)t.Attribute("fullname")!)
        .ToHashSet();

    [Fact]
    public void Every_type_a_template_can_reach_is_kept_by_the_native_build() =>
        Assert.Equal([], TemplateReachable().Except(Rooted).Order());

    [Fact]
    public void The_native_build_keeps_no_type_of_prep_pack_that_nothing_reflects_over() =>
        Assert.Equal(
            [],
            Rooted.Except(TemplateReachable()).Where(t => t != typeof(TemplateFunctions).FullName).Order()
        );

    /// <summary>The model and every type its public properties lead to, through lists and dictionaries, as Scriban
    /// walks them.</summary>
    private static IReadOnlySet<string> TemplateReachable()
    {
        var found = new HashSet<string>();
        var seen = new HashSet<Type>();
        var next = new Queue<Type>([typeof(PackModel)]);
        while (next.TryDequeue(out var type))
        {
            if (!seen.Add(type))
                continue;
            if (Nullable.GetUnderlyingType(type) is { } inner)
            {
                next.Enqueue(inner);
                continue;
            }
            if (
                type == typeof(string)
                || type.IsPrimitive
                || type.IsEnum
                || typeof(IFormattable).IsAssignableFrom(type)
            )
                continue;
            var items = type.GetInterfaces()
                .Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            if (items is not null)
                next.Enqueue(items.GetGenericArguments()[0]);
            // A dictionary's entries: templates read the values by key.
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
                foreach (var argument in type.GetGenericArguments())
                    next.Enqueue(argument);
            if (type.Assembly != typeof(PackModel).Assembly)
                continue;
            found.Add(type.FullName!);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                next.Enqueue(property.PropertyType);
        }
        return found;
    }
}
