using System.Collections;

namespace PrepPack.Diagnostics;

/// <summary>Collects every diagnostic of a run so that all of them are reported, not just the first.</summary>
public sealed class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors => _items.Exists(d => d.IsError);

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(SourceLocation at, string code, string message, string? hint = null) =>
        Add(Diagnostic.Error(at, code, message, hint));

    public void Warning(SourceLocation at, string code, string message, string? hint = null) =>
        Add(Diagnostic.Warning(at, code, message, hint));

    /// <summary>In file order, then line order, so the output reads top to bottom; each problem once,
    /// even when two outputs met it at the same place (the same story line in the cards and the binder).</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .DistinctBy(d => (d.Location, d.Severity, d.Code, d.Message))
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ToList();

    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
