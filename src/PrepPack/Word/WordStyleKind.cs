namespace PrepPack.Word;

/// <summary>What a Word style applies to: whole paragraphs, runs of text within one, or tables.</summary>
internal enum WordStyleKind
{
    Paragraph,
    Character,
    Table,
}
