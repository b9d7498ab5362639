namespace PrepPack.Layout.Paging;

/// <summary>The pages of a document, ready to be written out.</summary>
public sealed record LaidOutDocument(IReadOnlyList<RecordedPage> Pages, PageSetup Setup);
