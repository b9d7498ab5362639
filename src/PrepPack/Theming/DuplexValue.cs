namespace PrepPack.Theming;

/// <summary>
/// The words for <see cref="DuplexEdge"/>, the same in theme.yaml's <c>cards: duplex:</c> and in a
/// template's front matter: long-edge, short-edge or none; true is the long edge, as most printers
/// turn a sheet, and false is none.
/// </summary>
public static class DuplexValue
{
    /// <summary>What the user wrote and the hint to give when it is none of the words.</summary>
    public const string Expected = "long-edge, short-edge or false";

    /// <summary>The edge the words name, or null for anything else (an empty value too).</summary>
    public static DuplexEdge? Parse(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            "long-edge" or "true" or "yes" or "on" => DuplexEdge.LongEdge,
            "short-edge" => DuplexEdge.ShortEdge,
            "none" or "false" or "no" or "off" => DuplexEdge.None,
            _ => null,
        };

    /// <summary>As the front matter writes it: "long-edge", "short-edge" or "none".</summary>
    public static string Name(DuplexEdge edge) =>
        edge switch
        {
            DuplexEdge.LongEdge => "long-edge",
            DuplexEdge.ShortEdge => "short-edge",
            _ => "none",
        };
}
