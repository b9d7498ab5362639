namespace PrepPack.Practice;

/// <summary>Which way a run of scores goes: what the tracker's trend mark shows beside a question.</summary>
public enum PracticeTrend
{
    /// <summary>Fewer than two scored answers: no trend to tell.</summary>
    Unknown,
    Rising,
    Flat,
    Falling,
}
