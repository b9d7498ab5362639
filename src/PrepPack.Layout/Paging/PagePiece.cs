using PrepPack.Layout.Core;

namespace PrepPack.Layout.Paging;

/// <summary>
/// Content that starts on a new page and ends where a page break or the document ends: a
/// story of the binder, a card. Nothing before it changes how it lays out, so it is laid out on
/// its own (alongside the others) and its pages can be kept from one build to the next.
/// </summary>
/// <param name="Build">Makes its content; not called when <paramref name="Laid"/> is given.</param>
/// <param name="EndsWithBreak">A page break follows it, so it takes a page even with nothing on it.</param>
/// <param name="Laid">Its pages from an earlier build of the same input, or null to lay it out.</param>
public sealed record PagePiece(PageSetup Setup, Func<Element> Build, bool EndsWithBreak, KeptPages? Laid = null);
