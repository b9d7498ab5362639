using System.Buffers.Binary;
using PrepPack.Layout.Pdf.Fonts;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

/// <summary>What a PDF font descriptor is read from: a font file, or one face of a collection.</summary>
public class FontProgramTests
{
    /// <summary>The font as the only face of a collection: a "ttcf" header before it, its tables' offsets moved
    /// on.</summary>
    private static byte[] Collection(byte[] font)
    {
        var ttc = new byte[16 + font.Length];
        "ttcf"u8.CopyTo(ttc);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(12), 16);
        font.CopyTo(ttc, 16);
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var offset = ttc.AsSpan(16 + 12 + 16 * i + 8);
            BinaryPrimitives.WriteUInt32BigEndian(offset, BinaryPrimitives.ReadUInt32BigEndian(offset) + 16);
        }
        return ttc;
    }

    [Fact]
    public void A_face_in_a_font_collection_is_read_from_its_own_table_directory()
    {
        var face = Fonts.Find("DejaVu Serif", bold: true, italic: false)!;
        var alone = new FontProgram(face.Data);
        var inCollection = new FontProgram(Collection(face.Data), 0);
        Assert.Equal("DejaVuSerif-Bold", inCollection.PostScriptName);
        Assert.Equal(
            (alone.UnitsPerEm, alone.Box, alone.Ascent, alone.Descent, alone.IsBold, alone.ItalicAngle),
            (
                inCollection.UnitsPerEm,
                inCollection.Box,
                inCollection.Ascent,
                inCollection.Descent,
                inCollection.IsBold,
                inCollection.ItalicAngle
            )
        );
        Assert.True(inCollection.IsBold);
        Assert.Contains("glyf", inCollection.Tables);
    }
}
