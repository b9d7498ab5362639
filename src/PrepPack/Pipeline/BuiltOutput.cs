namespace PrepPack.Pipeline;

/// <summary>One file a build made (or failed to make), and what went into it.</summary>
public sealed record BuiltOutput
{
    public required string Name { get; init; }
    public required string Template { get; init; }
    public required OutputStatus Status { get; init; }
    public string? Path { get; init; }
    public int Pages { get; init; }

    /// <summary>Word lays out a .docx, not PrepPack: its pages are the one-page estimate's, not a count.</summary>
    public bool PagesEstimated => System.IO.Path.GetExtension(Name).Equals(".docx", StringComparison.OrdinalIgnoreCase);
    public long Bytes { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>Why it was made again ("content/stories/quote-funnel.yaml changed"), or null when it was up to
    /// date.</summary>
    public string? Reason { get; init; }

    /// <summary>The name the rendered Markdown is kept under in output/.preppack/markdown.</summary>
    public required string MarkdownName { get; init; }

    /// <summary>A file of only the cards changed since they were printed (cards-changed.pdf), not an output of its
    /// own.</summary>
    public bool OfChangedCards { get; init; }

    /// <summary>The Markdown the template rendered, before layout.</summary>
    public string? Markdown { get; init; }
}
