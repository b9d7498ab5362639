namespace PrepPack.Starter;

/// <summary>The framework a new story bank starts with: <c>preppack init --framework</c>.</summary>
public static class StarterFramework
{
    public const string None = "none";

    /// <summary>The choices, the default first.</summary>
    public static IReadOnlyList<string> Choices { get; } = ["amazon", "meta", None];
}
