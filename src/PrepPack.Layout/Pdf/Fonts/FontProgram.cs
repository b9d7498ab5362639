using System.Buffers.Binary;
using System.Text;

namespace PrepPack.Layout.Pdf.Fonts;

/// <summary>
/// What a PDF font descriptor says about a font, read from the tables of its file (or of the
/// face at <c>index</c> in a collection): the PostScript name, the design box and heights, the
/// slant, whether the outlines are TrueType or CFF. Values are in font units;
/// <see cref="UnitsPerEm"/> scales them.
/// </summary>
internal sealed class FontProgram
{
    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);

    public FontProgram(byte[] data, int index = 0)
    {
        _data = data;
        // A collection lists where each face's table directory starts; its tables' offsets count from the file's start.
        var directory = data.AsSpan().StartsWith("ttcf"u8) ? (int)U32(12 + 4 * index) : 0;
        var count = U16(directory + 4);
        for (var i = 0; i < count; i++)
        {
            var entry = directory + 12 + 16 * i;
            _tables[Encoding.ASCII.GetString(data, entry, 4)] = ((int)U32(entry + 8), (int)U32(entry + 12));
        }
        if (!_tables.ContainsKey("head") || !_tables.ContainsKey("hhea"))
            throw new InvalidDataException(
                "The font has no 'head' or 'hhea' table, so it cannot be embedded in a PDF."
            );
    }

    /// <summary>The tags of the font's tables: "glyf", "head", "OS/2"…</summary>
    public IEnumerable<string> Tables => _tables.Keys;

    /// <summary>CFF outlines (an .otf font) rather than TrueType ones: embedded as OpenType, not TrueType.</summary>
    public bool IsCff => _tables.ContainsKey("CFF ") || _tables.ContainsKey("CFF2");

    public int UnitsPerEm => U16(Table("head") + 18);

    public (int XMin, int YMin, int XMax, int YMax) Box
    {
        get
        {
            var head = Table("head");
            return (S16(head + 36), S16(head + 38), S16(head + 40), S16(head + 42));
        }
    }

    public int Ascent => S16(Table("hhea") + 4);
    public int Descent => S16(Table("hhea") + 6);

    /// <summary>The height of capital letters: OS/2 says it from version 2 on; else the ascent.</summary>
    public int CapHeight =>
        _tables.TryGetValue("OS/2", out var os2) && os2.Length >= 90 && U16(os2.Offset) >= 2
            ? S16(os2.Offset + 88)
            : Ascent;

    public bool IsBold => _tables.TryGetValue("OS/2", out var os2) && os2.Length >= 6 && U16(os2.Offset + 4) >= 600;

    /// <summary>Degrees counter-clockwise from upright; negative for italics leaning right.</summary>
    public double ItalicAngle =>
        _tables.TryGetValue("post", out var post) && post.Length >= 8 ? (int)U32(post.Offset + 4) / 65536.0 : 0;

    public bool IsFixedPitch =>
        _tables.TryGetValue("post", out var post) && post.Length >= 16 && U32(post.Offset + 12) != 0;

    /// <summary>The PostScript name (name id 6) with only the letters PDF names allow, or null when the font has
    /// none.</summary>
    public string? PostScriptName
    {
        get
        {
            if (!_tables.TryGetValue("name", out var name))
                return null;
            var count = U16(name.Offset + 2);
            var strings = name.Offset + U16(name.Offset + 4);
            for (var i = 0; i < count; i++)
            {
                var record = name.Offset + 6 + 12 * i;
                if (U16(record + 6) != 6)
                    continue;
                var (platform, length, offset) = (U16(record), U16(record + 8), U16(record + 10));
                var text = platform is 0 or 3
                    ? Encoding.BigEndianUnicode.GetString(_data, strings + offset, length)
                    : Encoding.Latin1.GetString(_data, strings + offset, length);
                var clean = new string(text.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
                if (clean.Length > 0)
                    return clean;
            }
            return null;
        }
    }

    private int Table(string tag) => _tables[tag].Offset;

    private int U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(at));

    private short S16(int at) => BinaryPrimitives.ReadInt16BigEndian(_data.AsSpan(at));

    private uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(at));
}
