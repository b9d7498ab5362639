namespace PrepPack.Markdown;

/// <summary>How many times a template renders: once, or once for each framework or story (<c>for_each:</c>).</summary>
public enum ForEach
{
    None,
    Framework,
    Story,

    /// <summary>Once for the interview at hand; with several frameworks and none chosen, once for each
    /// framework.</summary>
    Interview,
}
