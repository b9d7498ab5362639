using System.Runtime.CompilerServices;
using PrepPack.Content.Model;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Coverage;

/// <summary>
/// Which story to tell for each principle of each framework, and how ready each principle is:
/// computed from the bank alone, the same every time, for the templates, <c>check</c> and <c>coverage</c>.
/// </summary>
public sealed class BankCoverage
{
    private BankCoverage(IReadOnlyList<FrameworkCoverage> frameworks) => Frameworks = frameworks;

    public IReadOnlyList<FrameworkCoverage> Frameworks { get; }

    // A build asks once per output and once to check: the bank never changes, so it is worked out once per bank.
    private static readonly ConditionalWeakTable<StoryBank, BankCoverage> Known = new();

    public static BankCoverage Of(StoryBank bank) =>
        Known.GetValue(bank, static b => new(b.Frameworks.Select(f => FrameworkCoverage.Of(f, b)).ToList()));

    public FrameworkCoverage? Find(string frameworkId) => Frameworks.FirstOrDefault(f => f.Framework.Id == frameworkId);

    /// <summary>The framework id closest to a misspelt one, for "did you mean".</summary>
    public string? Closest(string frameworkId) =>
        DidYouMean.Closest(frameworkId, Frameworks.Select(f => f.Framework.Id));

    /// <summary>Warnings at the framework line: a named story that does not list its principle, a story told too
    /// often.</summary>
    public IReadOnlyList<Diagnostic> Warnings() => Frameworks.SelectMany(CoverageWarnings.Of).ToList();
}
