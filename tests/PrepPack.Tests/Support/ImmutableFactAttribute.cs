using System.Diagnostics;

namespace PrepPack.Tests.Support;

/// <summary>
/// A test with a file marked immutable (chattr +i), which not even root may write: skipped with the
/// reason where the mark cannot be set (not Linux, not root, no chattr, a file system without it).
/// </summary>
public sealed class ImmutableFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Missing = new(Probe);

    public ImmutableFactAttribute()
    {
        if (Missing.Value is { } why)
            Skip = why;
    }

    /// <summary>Marks or unmarks <paramref name="path"/>; true when chattr did it.</summary>
    public static bool Mark(string path, bool immutable)
    {
        var start = new ProcessStartInfo("chattr") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(immutable ? "+i" : "-i");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
            return "Immutable files are tested on Linux.";
        if (FactWithToolAttribute.Find("chattr") is null)
            return "chattr is not installed (apt-get install e2fsprogs).";
        var probe = Path.Combine(Path.GetTempPath(), $"preppack-immutable-{Guid.NewGuid():N}");
        File.WriteAllText(probe, "");
        try
        {
            if (!Mark(probe, true))
                return "This file system or user cannot mark a file immutable (chattr +i needs root).";
            Mark(probe, false);
            return null;
        }
        finally
        {
            File.Delete(probe);
        }
    }
}
