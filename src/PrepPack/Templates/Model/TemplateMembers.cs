using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace PrepPack.Templates.Model;

/// <summary>
/// The members of a model object that a template can read, found as Scriban finds them (its own
/// member accessor, with the snake_case names templates use), so what a fingerprint covers is
/// exactly what a template sees, and a trimmed program needs no reflection of its own for it.
/// </summary>
internal static class TemplateMembers
{
    // Only asked for accessors, which it caches per type: the lock keeps that cache safe when
    // outputs render in parallel; an accessor, once made, only reads.
    private static readonly TemplateContext Context = new(new ScriptObject()) { MemberRenamer = TemplateNames.Rename };
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    /// <summary>Each member's template name and value, in ordinal order of the names.</summary>
    public static IEnumerable<(string Name, object? Value)> Of(object target)
    {
        var accessor = Accessors.GetOrAdd(
            target.GetType(),
            static (_, target) =>
            {
                lock (Context)
                    return Context.GetMemberAccessor(target);
            },
            target
        );
        foreach (var name in accessor.GetMembers(Context, default, target).Order(StringComparer.Ordinal))
        {
            accessor.TryGetValue(Context, default, target, name, out var value);
            yield return (name, value);
        }
    }
}
