namespace PrepPack.Build;

/// <summary>Inputs every output has besides the content it read.</summary>
internal static class Inputs
{
    /// <summary>The key under which the PrepPack that made an output is recorded.</summary>
    public const string Tool = "preppack";

    /// <summary>This PrepPack: the identity of its compiled library, which changes with its code.</summary>
    public static string ToolVersion { get; } = typeof(Inputs).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
