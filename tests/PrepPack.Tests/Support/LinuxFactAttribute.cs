namespace PrepPack.Tests.Support;

/// <summary>
/// A test of what Linux does with files (modes, owners, links), skipped elsewhere with the reason;
/// <paramref name="asRoot"/> when it changes a file's owner, which only root may.
/// </summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute(bool asRoot = false)
    {
        if (!OperatingSystem.IsLinux())
            Skip = "File modes, owners and links are tested on Linux.";
        else if (asRoot && Environment.UserName != "root")
            Skip = "Only root may give a file to another owner.";
    }
}
