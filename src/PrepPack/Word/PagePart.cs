namespace PrepPack.Word;

/// <summary>A part of a page a reader can shorten, by the label it starts with, and about how many body lines it
/// takes.</summary>
/// <param name="Name">"Action", "the table 'Likely follow-up'".</param>
public sealed record PagePart(string Name, int Lines);
