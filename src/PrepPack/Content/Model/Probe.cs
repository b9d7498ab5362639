namespace PrepPack.Content.Model;

/// <summary>
/// A question the interviewer digs with after the answer, what it tests, the answer that loses the
/// point and the one that wins it.
/// </summary>
public sealed record Probe(string Asks, string Tests, string Weak, string Strong);
