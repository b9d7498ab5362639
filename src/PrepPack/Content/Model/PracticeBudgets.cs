namespace PrepPack.Content.Model;

/// <summary>
/// How long each part of a STAR answer may take to say, in seconds at 150 words a minute, from the
/// profile's <c>practice:</c> section. The defaults are the usual coaching advice: set the scene and
/// the task in about 30 s, spend 60 to 90 s on what you did, land the result in about 30 s, and
/// finish inside two minutes.
/// </summary>
public sealed record PracticeBudgets
{
    /// <summary>Situation and task together, at most.</summary>
    public int Setup { get; init; } = 30;

    /// <summary>The actions, at least; 0 checks no lower limit. Written answers are often notes
    /// shorter than the spoken telling, so the lower limit is off unless the profile sets it.</summary>
    public int ActionLeast { get; init; }

    /// <summary>The actions, at most.</summary>
    public int Action { get; init; } = 90;

    /// <summary>The result, at most.</summary>
    public int Result { get; init; } = 30;

    /// <summary>The whole answer, reflection included, at most.</summary>
    public int Whole { get; init; } = 120;
}
