namespace PrepPack.Tests.Support;

/// <summary>The frozen copy of the sample bank (<see cref="RepoPaths.SampleBank"/>) built once, for tests of
/// the writers that read its stories' words: editing content/ changes none of them.</summary>
public sealed class SampleBankPack() : SamplePack(RepoPaths.SampleBank);
