namespace PrepPack.Incremental;

/// <summary>
/// An input file as a build found it: its hash, and the size and last-write time it had when it
/// was looked at, before it was read. The next build that finds the same size and time takes the
/// hash as it is, without reading the file. For a folder, the size is the number of files in it.
/// </summary>
public sealed record FileState(string Hash, long Length, DateTime Written);
