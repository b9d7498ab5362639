using PrepPack.Content;

namespace PrepPack.Practice;

/// <summary>
/// Bytes already read through the locked log's own handle, handed to <see cref="UserFile"/> so the
/// log is decoded and its problems located as every other content file's are, without a second read.
/// </summary>
internal sealed class HeldBytes(byte[] bytes) : IFileSource
{
    public bool ReadBytes(string path, out byte[] read, out (string Message, string Hint)? problem)
    {
        read = bytes;
        problem = null;
        return true;
    }
}
