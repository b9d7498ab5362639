namespace PrepPack.Content;

/// <summary>Reads every file from the disk as it is asked for, with the care <see cref="UserFile"/> takes.</summary>
public sealed class DiskFiles : IFileSource
{
    public static DiskFiles Instance { get; } = new();

    private DiskFiles() { }

    public bool ReadBytes(string path, out byte[] bytes, out (string Message, string Hint)? problem) =>
        UserFile.ReadBytes(path, out bytes, out problem);
}
