namespace PrepPack.Content;

/// <summary>
/// Where the readers get a user file's bytes: straight from the disk (<see cref="DiskFiles"/>), or
/// from a build's snapshot, which reads each input once and hands the same bytes to the stamp
/// check, the content readers and the templates.
/// </summary>
public interface IFileSource
{
    /// <summary>The file's bytes, when it is an ordinary file PrepPack may read; else why not, in words.</summary>
    bool ReadBytes(string path, out byte[] bytes, out (string Message, string Hint)? problem);
}
