namespace PrepPack.Build;

/// <summary>Where a build reads from and writes to.</summary>
public sealed record BuildOptions(string Content = "content", string Templates = "templates", string Output = "output");
