namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// One step of a parse: a literal (the byte at <paramref name="Position"/>, <paramref name="Distance"/> 0)
/// or a match copying <paramref name="Length"/> bytes from <paramref name="Distance"/> back.
/// </summary>
internal readonly record struct Lz77Item(int Position, int Length, int Distance)
{
    public bool IsLiteral => Distance == 0;
}
