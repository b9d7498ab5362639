using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// PP0226: a figure in the failure frame (owning it, what went wrong, what changed) that the rest of
/// the story never gives. Either the story leaves out a detail the candidate means to say, or the
/// frame and the story disagree ("a $20k overpayment" against "$15k" everywhere else). Figures
/// are compared by value, so "48 h" matches "48 hours" and "$15k" matches "15,000".
/// </summary>
internal sealed class FailureFigureNotInStory : IStoryRule
{
    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        if (story.Failure is null)
            return;
        var framed = StoryText
            .FailureFrame(story)
            .SelectMany(f => Figures.InDigits(f.Text).DistinctBy(d => d.Value).Select(d => (f.Field, d.Text, d.Value)))
            .ToList();
        // Most frames give no figure: the rest of the story is read for figures only when one does.
        if (framed.Count == 0)
            return;
        var told = StoryText.Told(story).SelectMany(t => Figures.Values(t.Text)).ToList();
        // The warning points at the figure itself, as the figures check does, not at the start of the field.
        var places = new SourcePlaces();
        foreach (var (field, figure, value) in framed)
            if (!told.Any(v => Math.Abs(v - value) <= Math.Abs(value) * 1e-9))
                diagnostics.Warning(
                    places.Of(story.At(field), figure, 0),
                    DiagnosticCodes.FailureFigureNotInStory,
                    $"'{figure}' in '{field}' appears nowhere else in the story: the card, the STAR answer and the "
                        + "key numbers never say it.",
                    "Check that it agrees with the rest of the story, and tell it there too, or leave it out of the "
                        + "failure frame."
                );
    }
}
