namespace PrepPack.Layout.Pdf;

/// <summary>
/// A bookmark: its title, its depth (1 for a top-level section; a deeper level nests under the
/// entry before it) and the named destination it opens, as drawn by a <c>Destination</c> element.
/// </summary>
public sealed record OutlineEntry(string Title, int Level, string Destination);
