namespace PrepPack.Preview;

/// <summary>One page drawn: the PNG file, the page number in its document and its size in pixels.</summary>
public sealed record PreviewPage(string Path, int Page, int Width, int Height);
