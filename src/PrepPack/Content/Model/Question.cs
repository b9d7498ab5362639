using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Model;

/// <summary>
/// One likely interview question, read from <c>content/questions/&lt;id&gt;.yaml</c>: which principles it
/// asks about, the story to tell and from which angle, and what the interviewer will probe next.
/// </summary>
public sealed record Question
{
    public required string Id { get; init; }

    /// <summary>The question as the interviewer asks it.</summary>
    public required string Ask { get; init; }

    /// <summary>The principles of each framework it asks about; a framework with none listed asks it without one ("why
    /// us?").</summary>
    public IReadOnlyList<PrincipleLink> Principles { get; init; } = [];

    public required StoryChoice Primary { get; init; }
    public StoryChoice? Backup { get; init; }
    public required QuestionAngle Angle { get; init; }

    /// <summary>The parts of the STAR answer told differently for this question; the story's own tell the
    /// rest.</summary>
    public StarScript Script { get; init; } = StarScript.None;

    /// <summary>Up to three prompts to recall the answer by; none: the story card's two actions and result.</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
    public IReadOnlyList<Probe> Probes { get; init; } = [];

    public required string File { get; init; }
    public SourceLocation IdAt { get; init; }

    /// <summary>Where each field is written, for warnings about it.</summary>
    public FieldPlaces Places { get; init; } = FieldPlaces.None;

    public SourceLocation At(string field) => Places.Of(field, IdAt);

    /// <summary>The most cues a prompt card has room for.</summary>
    public const int MostCues = 3;

    /// <summary>Whether the question is asked for this framework.</summary>
    public bool AskedFor(string frameworkId) => Principles.Any(l => l.Framework.Id == frameworkId);

    /// <summary>
    /// Where the story told shows none of the principles the question asks about: each framework's
    /// link, with the principles asked there. A framework asked without a principle ("why us?") is never one.
    /// <c>check</c> warns about each (PP0241) and the answer pages print it, from this one rule.
    /// </summary>
    public IReadOnlyList<PrincipleLink> NotShownBy(Story story) =>
        Principles
            .Where(l => l.Principles.Count > 0 && !l.Principles.Any(p => story.Shows(l.Framework.Id, p.Id)))
            .ToList();

    /// <summary>The STAR answer as told for this question: the script's parts over the story's own.</summary>
    public StarAnswer Told(StarAnswer story) =>
        new(
            Script.Situation ?? story.Situation,
            Script.Task ?? story.Task,
            Script.Actions ?? story.Actions,
            Script.Result ?? story.Result,
            Script.Reflection ?? story.Reflection
        );
}
