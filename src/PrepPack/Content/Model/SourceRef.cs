using PrepPack.Diagnostics;

namespace PrepPack.Content.Model;

/// <summary>An id written in a file (a story, framework or principle), with where it was written.</summary>
public sealed record SourceRef(string Id, SourceLocation At);
