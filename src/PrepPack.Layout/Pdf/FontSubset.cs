namespace PrepPack.Layout.Pdf;

/// <summary>A font cut to the glyphs a document draws: its file, and each used glyph's number in it.</summary>
internal sealed record FontSubset(byte[] Data, IReadOnlyDictionary<ushort, ushort> Glyphs);
