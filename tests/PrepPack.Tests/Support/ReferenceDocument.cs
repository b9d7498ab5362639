using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Word;

namespace PrepPack.Tests.Support;

/// <summary>A Word reference document made from a built one-pager, with its Normal style at another size.</summary>
internal static class ReferenceDocument
{
    public static string WithNormalSize(TempFolder folder, byte[] docx, int halfPoints)
    {
        var reference = folder.Combine("reference.docx");
        File.WriteAllBytes(reference, docx);
        using var document = WordprocessingDocument.Open(reference, true);
        var normal = document
            .MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .Single(s => s.StyleId == StyleIds.Normal);
        normal.StyleRunProperties!.FontSize = new FontSize
        {
            Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return reference;
    }
}
