using PrepPack.Incremental;
using PrepPack.Pipeline;

namespace PrepPack.Cli.Commands;

/// <summary>
/// The environment variables a build reads, SOURCE_DATE_EPOCH and PREPPACK_JOBS: a value set but
/// not understood is a mistake on the command line, said before anything is built, not a value
/// quietly left out (a release built without its date would differ from the one it should equal).
/// </summary>
internal static class BuildEnvironment
{
    /// <summary>What is wrong with the variables, or null when they are unset or right.</summary>
    /// <param name="jobs">Whether the command makes outputs, so PREPPACK_JOBS matters to it.</param>
    /// <param name="read">Where the variables come from: the process's environment unless told otherwise.</param>
    public static string? Problem(bool jobs = true, Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var date = read(SourceDateEpoch.Variable);
        if (!string.IsNullOrEmpty(date) && SourceDateEpoch.Parse(date) is null)
            return $"{SourceDateEpoch.Variable} is '{date}', but it must be a whole number of seconds since 1970 "
                + "(such as 1764547200, the start of December 2025) up to the year 9999; or leave it unset.";
        var most = read(BuildJobs.Variable);
        if (jobs && !string.IsNullOrEmpty(most) && !(int.TryParse(most, out var n) && n >= 1))
            return $"{BuildJobs.Variable} is '{most}', but it must be a whole number from 1, the most outputs made "
                + "at once; or leave it unset to use every core.";
        return null;
    }
}
