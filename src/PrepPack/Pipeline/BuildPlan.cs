using PrepPack.Incremental;
using PrepPack.Templates.Model;

namespace PrepPack.Pipeline;

/// <summary>
/// What a build makes: each target with its record and the reason to make it again, if any, and
/// the changed-cards files; with the content as it is now, for the record.
/// </summary>
internal sealed class BuildPlan
{
    // A cheat sheet made per framework sees that framework as the interview at hand: its inputs are
    // compared as it saw them.
    private readonly Dictionary<string, CurrentInputs> _currents = new(StringComparer.Ordinal);
    private readonly BuildInputs _inputs;
    private readonly InputSnapshot _files;
    private readonly DateTime? _sourceDate;

    /// <param name="selection">What <c>--only</c> chose, or null for every target.</param>
    public BuildPlan(
        BuildOptions options,
        Manifest previous,
        BuildInputs inputs,
        InputSnapshot files,
        IReadOnlyList<BuildTarget> targets,
        OutputSelection? selection
    )
    {
        (_inputs, _files, _sourceDate) = (inputs, files, options.SourceDate);
        (Previous, Targets, Selection) = (previous, targets, selection);
        Outputs = targets
            .Select(t =>
            {
                var record = previous.Outputs.GetValueOrDefault(t.Name);
                var stale = previous.Failures.ContainsKey(t.Name)
                    ? "it could not be made last time"
                    : Staleness.Reason(record, t.Template, options.Output, Current(t));
                return new PlannedOutput(t, record, options.Force ? "--force was given" : stale, stale is null);
            })
            .ToList();
        Stale = Outputs.Where(p => p.Reason is not null && Chosen(p.Target)).ToList();
        Content = inputs.Load.Files.ToDictionary(f => f, files.Hash);
        ChangedJobs = ChangedCards.Plan(targets.Where(Chosen).ToList(), inputs.Bank, previous, Content);
    }

    /// <summary>The record of the last build.</summary>
    public Manifest Previous { get; }

    public IReadOnlyList<BuildTarget> Targets { get; }

    public OutputSelection? Selection { get; }

    /// <summary>Every target, in target order.</summary>
    public IReadOnlyList<PlannedOutput> Outputs { get; }

    /// <summary>The chosen targets to make again, in target order.</summary>
    public IReadOnlyList<PlannedOutput> Stale { get; }

    public IReadOnlyList<ChangedCards.Job> ChangedJobs { get; }

    /// <summary>Every content file's hash now, by path.</summary>
    public Dictionary<string, string> Content { get; }

    /// <summary>Whether the target is made this build: every target, unless <c>--only</c> names some.</summary>
    public bool Chosen(BuildTarget target) => Selection is null || Selection.Targets.Contains(target.Name);

    /// <summary>The target's inputs as they are now, for comparing with its record and recording it.</summary>
    public CurrentInputs Current(BuildTarget target)
    {
        var each = target.Interview ?? _inputs.Interview ?? "";
        if (!_currents.TryGetValue(each, out var current))
        {
            var model = new PackModel(
                _inputs.Bank,
                _inputs.Theme.Cards,
                "",
                onePage: _inputs.Theme.OnePage,
                interview: each.Length > 0 ? each : null
            );
            _currents[each] = current = new CurrentInputs(_files, model.Current, _sourceDate);
        }
        return current;
    }
}
