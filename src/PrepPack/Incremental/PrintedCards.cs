namespace PrepPack.Incremental;

/// <summary>The cards of one output as the candidate last printed them.</summary>
/// <param name="Changed">The file that holds the cards changed since (cards-changed.pdf).</param>
/// <param name="Content">Every content file's hash then, by path.</param>
public sealed record PrintedCards(string Changed, Dictionary<string, string> Content);
