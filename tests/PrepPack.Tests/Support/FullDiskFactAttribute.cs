using System.Diagnostics;

namespace PrepPack.Tests.Support;

/// <summary>
/// A test that fills a small disk of its own (a tmpfs mounted for it), to see what a write to a
/// full disk does: skipped with the reason where one cannot be mounted (not Linux, not root, a
/// container without the right).
/// </summary>
public sealed class FullDiskFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Missing = new(Probe);

    public FullDiskFactAttribute()
    {
        if (Missing.Value is { } why)
            Skip = why;
    }

    /// <summary>Mounts a disk of <paramref name="kilobytes"/> at <paramref name="folder"/>; true when it is
    /// there.</summary>
    public static bool Mount(string folder, int kilobytes) =>
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);

    public static bool Unmount(string folder) => Run("umount", folder);

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
            return "A full disk is tested on Linux.";
        var folder = Path.Combine(Path.GetTempPath(), $"preppack-disk-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            if (!Mount(folder, 8))
                return "A small disk cannot be mounted here (mount needs root and the right to mount).";
            Unmount(folder);
            return null;
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    private static bool Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
