namespace PrepPack.Layout.Text;

/// <summary>A font face shipped inside the program, loaded only when a document uses it.</summary>
/// <param name="Load">The font file's bytes.</param>
public sealed record BundledFace(string Family, bool Bold, bool Italic, string Name, Func<byte[]> Load);
