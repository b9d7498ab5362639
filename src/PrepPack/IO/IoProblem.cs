namespace PrepPack.IO;

/// <summary>What went wrong with a file, in words that say what happened and what to do about it.</summary>
internal static class IoProblem
{
    private const int DiskFullUnix = 28; // ENOSPC
    private const int QuotaUnix = 122; // EDQUOT
    private const int ReadOnlyUnix = 30; // EROFS
    private const int DiskFullWindows = 112; // ERROR_DISK_FULL
    private const int HandleDiskFull = 39; // ERROR_HANDLE_DISK_FULL
    private const int SharingViolation = 32; // ERROR_SHARING_VIOLATION
    private const int LockViolation = 33; // ERROR_LOCK_VIOLATION

    public static (string What, string Hint) Describe(Exception e)
    {
        var code = e.HResult & 0xFFFF;
        return e switch
        {
            UnauthorizedAccessException => (
                "you do not have permission to write there",
                "Check the folder's permissions, or name another folder with --out."
            ),
            IOException
                when code is DiskFullUnix or QuotaUnix or DiskFullWindows or HandleDiskFull
                    || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) => (
                "the disk is full",
                "Free some space on the disk, then build again."
            ),
            IOException
                when code is ReadOnlyUnix
                    || e.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) => (
                "the disk is read-only",
                "Name a folder on a disk you may write to with --out."
            ),
            IOException when code is SharingViolation or LockViolation => (
                "another program has the file open",
                "Close it in your PDF viewer or Word, then build again."
            ),
            DirectoryNotFoundException => (
                "its folder does not exist any more",
                "Build again; PrepPack makes the folder."
            ),
            _ => (e.Message, "Check that you may write to the output folder, then build again."),
        };
    }
}
