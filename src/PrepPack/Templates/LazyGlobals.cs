using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PrepPack.Templates;

/// <summary>
/// The model's properties as template globals, read only when a template names them. Scriban's
/// own import reads every property up front, which would make every output seem to read every
/// file, and every edit rebuild everything.
/// </summary>
internal sealed class LazyGlobals : IScriptObject
{
    private readonly Dictionary<string, Func<object?>> _members = new(StringComparer.Ordinal);

    private LazyGlobals() { }

    /// <summary>The public properties of <typeparamref name="TModel"/> (kept by the trimmer for this), then the extra
    /// globals.</summary>
    public static LazyGlobals Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TModel>(
        TModel model,
        IReadOnlyDictionary<string, object?> extra
    )
        where TModel : class
    {
        var globals = new LazyGlobals();
        foreach (var property in typeof(TModel).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            globals._members[TemplateNames.Rename(property)] = () => property.GetValue(model);
        foreach (var (name, value) in extra)
            globals._members[name] = () => value;
        return globals;
    }

    public int Count => _members.Count;

    public bool IsReadOnly
    {
        get => true;
        set { }
    }

    public IEnumerable<string> GetMembers() => _members.Keys;

    public bool Contains(string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        value = _members.TryGetValue(member, out var get) ? get() : null;
        return value is not null || _members.ContainsKey(member);
    }

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) =>
        false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly) { }

    public IScriptObject Clone(bool deep) => this;
}
