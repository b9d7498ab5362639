namespace PrepPack.Pipeline;

/// <summary>How many outputs a build renders at once: one per core unless PREPPACK_JOBS asks for fewer.</summary>
public static class BuildJobs
{
    public const string Variable = "PREPPACK_JOBS";

    public static int FromEnvironment() => Of(Environment.GetEnvironmentVariable(Variable));

    /// <summary>A whole number from 1 up, capped at the cores; anything else (unset, "0", "many") is the
    /// cores.</summary>
    public static int Of(string? value) =>
        int.TryParse(value, out var jobs) && jobs >= 1
            ? Math.Min(jobs, Environment.ProcessorCount)
            : Environment.ProcessorCount;
}
