namespace PrepPack.Coverage;

/// <summary>How ready a principle is: two good stories, something to fix, or nothing to tell.</summary>
public enum CoverageStatus
{
    /// <summary>A primary and a backup that both show the principle, neither marked weak, both ready to tell.</summary>
    Strong,

    /// <summary>A story to tell, but one only, one marked weak or not ready to tell, one that does not show it, or no
    /// failure story where one is asked for.</summary>
    Thin,

    /// <summary>No story at all.</summary>
    Gap,
}
