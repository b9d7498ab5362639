namespace PrepPack.Content.Model;

/// <summary>The parts of the "tell me about yourself" answer, in the order they are said.</summary>
public sealed record TmayScript(
    string Present,
    string Background,
    IReadOnlyList<Highlight> Highlights,
    string LookingAhead
);
