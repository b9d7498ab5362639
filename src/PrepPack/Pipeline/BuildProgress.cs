namespace PrepPack.Pipeline;

/// <summary>How far a build is: <paramref name="Done"/> of the <paramref name="Total"/> outputs it makes, the last
/// being <paramref name="Output"/>.</summary>
public sealed record BuildProgress(int Done, int Total, string Output);
