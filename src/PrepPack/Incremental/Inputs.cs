namespace PrepPack.Incremental;

/// <summary>The PrepPack that makes the outputs, an input of every one of them.</summary>
internal static class Inputs
{
    /// <summary>This PrepPack: the identity of its compiled library, which changes with its code.</summary>
    public static string ToolVersion { get; } = typeof(Inputs).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
