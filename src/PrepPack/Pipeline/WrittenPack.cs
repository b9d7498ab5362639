using PrepPack.Incremental;

namespace PrepPack.Pipeline;

/// <summary>What a build wrote, and the records of the outputs for the next one.</summary>
internal sealed class WrittenPack
{
    /// <summary>Every output of the build as the report shows it.</summary>
    public List<BuiltOutput> Outputs { get; } = [];

    /// <summary>The record of each output made or kept, by target name.</summary>
    public Dictionary<string, OutputRecord> Records { get; } = [];

    /// <summary>The outputs that could not be made, by target name, with their errors.</summary>
    public Dictionary<string, FailedOutput> Failures { get; } = [];

    /// <summary>The changed-cards files of this build.</summary>
    public List<BuiltOutput> ChangedCards { get; } = [];
}
