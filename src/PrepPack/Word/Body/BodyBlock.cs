namespace PrepPack.Word.Body;

/// <summary>
/// A block of the document body as the renderers make it: a paragraph or a table. Plain objects,
/// not the SDK's elements: a thousand one-pagers hold a few hundred thousand of them, and the
/// one-page estimate reads them as they are. <see cref="BodyXmlWriter"/> writes them as WordprocessingML.
/// </summary>
internal abstract class BodyBlock;
