using PrepPack.Content;

namespace PrepPack.Templates.Model;

/// <summary>
/// One budgeted part of a STAR answer: how long it takes to say against its budget, as the
/// strength check (PP0223) measures it. <c>part.text</c> reads "action 0:40 of 1:15", or
/// "action 1:40, over 1:15" when it is not <c>within</c>.
/// </summary>
public sealed class PartTimeView(string label, int seconds, int budget, int least = 0)
{
    public string Label => label;
    public string Time => SpeakingTime.Format(seconds);
    public string Budget => SpeakingTime.Format(budget);

    /// <summary>The least it should take, or empty for no lower limit.</summary>
    public string Least => least > 0 ? SpeakingTime.Format(least) : "";
    public bool Over => seconds > budget;
    public bool Under => seconds < least;
    public bool Within => !Over && !Under;

    public string Text =>
        Over ? $"{label} {Time}, over {Budget}"
        : Under ? $"{label} {Time}, under {Least}"
        : least > 0 ? $"{label} {Time}, within {Least}–{Budget}"
        : $"{label} {Time} of {Budget}";
}
