namespace PrepPack.Content.Model;

/// <summary>Goal, signal, metric and target of a project: what the notepad sheet opens with.</summary>
public sealed record GoalSignalMetric(string Goal, string Signal, string Metric, string Target);
