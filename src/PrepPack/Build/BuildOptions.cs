namespace PrepPack.Build;

/// <summary>Where a build reads from and writes to.</summary>
/// <param name="Force">Make every output again, whatever the manifest says.</param>
public sealed record BuildOptions(string Content = "content", string Templates = "templates", string Output = "output", bool Force = false);
