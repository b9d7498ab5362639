using PrepPack.Layout.Core;

namespace PrepPack.Layout.Paging;

/// <summary>
/// A run of pages set up alike: a landscape table in a portrait binder, a one-page sheet with
/// narrower margins. A section starts on a new page; page numbers go on from the one before.
/// <paramref name="Build"/> makes its content.
/// </summary>
public sealed record PageSection(PageSetup Setup, Func<Element> Build);
