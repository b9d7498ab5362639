using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using PrepPack.Layout.Core;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Paging;

/// <summary>
/// Laid-out pages as compact bytes and back, so a piece's pages can be kept between builds: each
/// word's glyphs once, however often the pages draw it; numbers as variable-length integers;
/// coordinates as the exact bits of the floats drawn, so pages read back write the same PDF bytes.
/// Faces are named by family and style with a digest of their file, and the whole ends in a
/// digest of itself: bytes changed on disk, or a face that is not the one laid out with, read as
/// nothing rather than as other pages.
/// </summary>
public static class PageRecords
{
    private static readonly byte[] Magic = "PPPR"u8.ToArray();

    // 2: tags, artifacts, leader dots and links' descriptions are kept; pages kept by version 1 lack them.
    // 3: a list's numbering is kept with its tag.
    private const int Version = 3;
    private const int DigestLength = 32;

    // A face's file is hashed once a process, not once per piece.
    private static readonly ConditionalWeakTable<FontFace, byte[]> Digests = new();

    /// <summary>The pages as bytes, or null when one holds something only this run can draw (the contents' page
    /// numbers).</summary>
    public static byte[]? Write(IReadOnlyList<RecordedPage> pages)
    {
        var faces = new Dictionary<FontFace, int>();
        var shapes = new Dictionary<GlyphShape, int>(ReferenceEqualityComparer.Instance);
        var leaves = new List<GlyphShape>();
        var tags = new Dictionary<StructureTag, int>(ReferenceEqualityComparer.Instance);
        var body = new MemoryStream();
        var writer = new BinaryWriter(body, Encoding.UTF8);
        writer.Write7BitEncodedInt(pages.Count);
        foreach (var page in pages)
        {
            writer.Write(page.Width);
            writer.Write(page.Height);
            writer.Write(page.HasPageLines);
            writer.Write7BitEncodedInt(page.Commands.Count);
            foreach (var command in page.Commands)
                if (!WriteCommand(writer, command, faces, shapes, leaves, tags))
                    return null;
        }
        writer.Flush();

        var file = new MemoryStream();
        var head = new BinaryWriter(file, Encoding.UTF8);
        head.Write(Magic);
        head.Write7BitEncodedInt(Version);
        head.Write7BitEncodedInt(faces.Count);
        foreach (var face in faces.OrderBy(f => f.Value).Select(f => f.Key))
        {
            head.Write(face.Family);
            head.Write(face.Bold);
            head.Write(face.Italic);
            head.Write7BitEncodedInt(face.Index);
            head.Write(Digest(face));
        }
        head.Write7BitEncodedInt(leaves.Count);
        foreach (var leaf in leaves)
            WriteLeaf(head, leaf);
        head.Flush();
        body.Position = 0;
        body.CopyTo(file);
        file.Write(SHA256.HashData(file.GetBuffer().AsSpan(0, (int)file.Length)));
        return file.ToArray();
    }

    /// <summary>The pages the bytes hold, with faces found by <paramref name="find"/>; null for bytes that are damaged,
    /// of another version, or laid out with a face that is not the one found now.</summary>
    public static IReadOnlyList<RecordedPage>? Read(ReadOnlySpan<byte> bytes, Func<string, bool, bool, FontFace?> find)
    {
        if (bytes.Length < Magic.Length + DigestLength || !bytes.StartsWith(Magic))
            return null;
        var content = bytes[..^DigestLength];
        if (!SHA256.HashData(content).AsSpan().SequenceEqual(bytes[^DigestLength..]))
            return null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(content.ToArray()), Encoding.UTF8);
            reader.ReadBytes(Magic.Length);
            if (reader.Read7BitEncodedInt() != Version)
                return null;
            var faces = new FontFace[Count(reader)];
            for (var i = 0; i < faces.Length; i++)
            {
                var (family, bold, italic, index) = (
                    reader.ReadString(),
                    reader.ReadBoolean(),
                    reader.ReadBoolean(),
                    reader.Read7BitEncodedInt()
                );
                var digest = reader.ReadBytes(DigestLength);
                if (
                    find(family, bold, italic) is not { } face
                    || face.Family != family
                    || face.Bold != bold
                    || face.Italic != italic
                    || face.Index != index
                    || !Digest(face).AsSpan().SequenceEqual(digest)
                )
                    return null;
                faces[i] = face;
            }
            var leaves = new GlyphShape[Count(reader)];
            for (var i = 0; i < leaves.Length; i++)
                leaves[i] = ReadLeaf(reader);
            var tags = new List<StructureTag>();
            var pages = new RecordedPage[Count(reader)];
            for (var i = 0; i < pages.Length; i++)
            {
                var (width, height) = (reader.ReadSingle(), reader.ReadSingle());
                var page = new RecordedPage(i + 1, width, height) { HasPageLines = reader.ReadBoolean() };
                var commands = Count(reader);
                for (var c = 0; c < commands; c++)
                    ReadCommand(reader, page, faces, leaves, tags);
                pages[i] = page;
            }
            return reader.BaseStream.Position == reader.BaseStream.Length ? pages : null;
        }
        catch (Exception e)
            when (e
                    is EndOfStreamException
                        or IndexOutOfRangeException
                        or InvalidDataException
                        or FormatException
                        or ArgumentException
                        or OverflowException
                        or DecoderFallbackException
            )
        {
            return null;
        }
    }

    private enum Tag : byte
    {
        Text = 1,
        Fill,
        Stroke,
        Line,
        Link,
        Url,
        Destination,
        BeginTag,
        EndTag,
        BeginArtifact,
        Dots,
        DashedLine,
    }

    private static bool WriteCommand(
        BinaryWriter writer,
        PageCommand command,
        Dictionary<FontFace, int> faces,
        Dictionary<GlyphShape, int> shapes,
        List<GlyphShape> leaves,
        Dictionary<StructureTag, int> tags
    )
    {
        switch (command)
        {
            case TextCommand text:
                writer.Write((byte)Tag.Text);
                if (!faces.TryGetValue(text.Text.Face, out var face))
                    faces[text.Text.Face] = face = faces.Count;
                writer.Write7BitEncodedInt(face);
                writer.Write(text.Text.Size);
                writer.Write(text.X);
                writer.Write(text.Baseline);
                WriteColor(writer, text.Color);
                WriteShape(writer, text.Text.Shape, shapes, leaves);
                return true;
            case FillCommand fill:
                writer.Write((byte)Tag.Fill);
                WriteRect(writer, fill.Rect);
                WriteColor(writer, fill.Color);
                return true;
            case StrokeCommand stroke:
                writer.Write((byte)Tag.Stroke);
                WriteRect(writer, stroke.Rect);
                WriteColor(writer, stroke.Color);
                writer.Write(stroke.Width);
                return true;
            case LineCommand line:
                writer.Write((byte)(line.Dash is null ? Tag.Line : Tag.DashedLine));
                writer.Write(line.X1);
                writer.Write(line.Y1);
                writer.Write(line.X2);
                writer.Write(line.Y2);
                WriteColor(writer, line.Color);
                writer.Write(line.Width);
                if (line.Dash is not { } dash)
                    return true;
                writer.Write7BitEncodedInt(dash.Count);
                foreach (var length in dash)
                    writer.Write(length);
                writer.Write(line.Phase);
                return true;
            case DotsCommand dots:
                writer.Write((byte)Tag.Dots);
                writer.Write(dots.X1);
                writer.Write(dots.X2);
                writer.Write(dots.Y);
                writer.Write(dots.Pitch);
                writer.Write(dots.Size);
                WriteColor(writer, dots.Color);
                return true;
            case LinkCommand link:
                writer.Write((byte)Tag.Link);
                WriteRect(writer, link.Rect);
                writer.Write(link.Destination);
                WriteOptional(writer, link.Description);
                return true;
            case UrlCommand url:
                writer.Write((byte)Tag.Url);
                WriteRect(writer, url.Rect);
                writer.Write(url.Url);
                WriteOptional(writer, url.Description);
                return true;
            case DestinationCommand destination:
                writer.Write((byte)Tag.Destination);
                writer.Write(destination.X);
                writer.Write(destination.Y);
                writer.Write(destination.Name);
                return true;
            case BeginTagCommand begin:
                writer.Write((byte)Tag.BeginTag);
                WriteStructureTag(writer, begin.Tag, tags);
                return true;
            case EndTagCommand:
                writer.Write((byte)Tag.EndTag);
                return true;
            case BeginArtifactCommand artifact:
                writer.Write((byte)Tag.BeginArtifact);
                writer.Write7BitEncodedInt((int)artifact.Kind);
                return true;
            default:
                return false;
        }
    }

    private static void ReadCommand(
        BinaryReader reader,
        RecordedPage page,
        FontFace[] faces,
        GlyphShape[] leaves,
        List<StructureTag> tags
    )
    {
        switch ((Tag)reader.ReadByte())
        {
            case Tag.Text:
                var face = faces[reader.Read7BitEncodedInt()];
                var (size, x, baseline) = (reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle());
                var color = ReadColor(reader);
                page.DrawText(new ShapedText(face, size, ReadShape(reader, leaves)), x, baseline, color);
                break;
            case Tag.Fill:
                page.FillRect(ReadRect(reader), ReadColor(reader));
                break;
            case Tag.Stroke:
                page.StrokeRect(ReadRect(reader), ReadColor(reader), reader.ReadSingle());
                break;
            case Tag.Line:
                var (x1, y1, x2, y2) = (
                    reader.ReadSingle(),
                    reader.ReadSingle(),
                    reader.ReadSingle(),
                    reader.ReadSingle()
                );
                page.DrawLine(x1, y1, x2, y2, ReadColor(reader), reader.ReadSingle());
                break;
            case Tag.DashedLine:
                var (fromX, fromY, toX, toY) = (
                    reader.ReadSingle(),
                    reader.ReadSingle(),
                    reader.ReadSingle(),
                    reader.ReadSingle()
                );
                var (lineColor, lineWidth) = (ReadColor(reader), reader.ReadSingle());
                var lengths = new float[reader.Read7BitEncodedInt()];
                for (var i = 0; i < lengths.Length; i++)
                    lengths[i] = reader.ReadSingle();
                page.DrawLine(fromX, fromY, toX, toY, lineColor, lineWidth, lengths, reader.ReadSingle());
                break;
            case Tag.Dots:
                var (from, to, y, pitch, diameter) = (
                    reader.ReadSingle(),
                    reader.ReadSingle(),
                    reader.ReadSingle(),
                    reader.ReadSingle(),
                    reader.ReadSingle()
                );
                page.DrawDots(from, to, y, pitch, diameter, ReadColor(reader));
                break;
            case Tag.Link:
                page.LinkToDestination(ReadRect(reader), reader.ReadString(), ReadOptional(reader));
                break;
            case Tag.Url:
                page.LinkToUrl(ReadRect(reader), reader.ReadString(), ReadOptional(reader));
                break;
            case Tag.Destination:
                var (dx, dy) = (reader.ReadSingle(), reader.ReadSingle());
                page.NameDestination(dx, dy, reader.ReadString());
                break;
            // Tags go onto the page as they were written: a tag around nothing is kept as the page kept it.
            case Tag.BeginTag:
                page.Append(new BeginTagCommand(ReadStructureTag(reader, tags)));
                break;
            case Tag.EndTag:
                page.Append(EndTagCommand.Instance);
                break;
            case Tag.BeginArtifact:
                var kind = (ArtifactKind)reader.Read7BitEncodedInt();
                if (!Enum.IsDefined(kind))
                    throw new InvalidDataException("Unknown artifact.");
                page.Append(new BeginArtifactCommand(kind));
                break;
            default:
                throw new InvalidDataException("Unknown page command.");
        }
    }

    /// <summary>A tag as its number among the piece's tags, written out in full where it is first met: a tag on
    /// several pages (a paragraph split by a page break) is read back as one tag, so one structure element.</summary>
    private static void WriteStructureTag(BinaryWriter writer, StructureTag tag, Dictionary<StructureTag, int> tags)
    {
        if (tags.TryGetValue(tag, out var index))
        {
            writer.Write7BitEncodedInt(index);
            return;
        }
        tags[tag] = tags.Count;
        writer.Write7BitEncodedInt(tags.Count - 1);
        writer.Write(tag.Role);
        WriteOptional(writer, tag.AltText);
        WriteOptional(writer, tag.Scope);
        WriteOptional(writer, tag.ListNumbering);
        writer.Write(tag.KeepEmpty);
    }

    private static StructureTag ReadStructureTag(BinaryReader reader, List<StructureTag> tags)
    {
        var index = reader.Read7BitEncodedInt();
        if (index < tags.Count && index >= 0)
            return tags[index];
        if (index != tags.Count)
            throw new InvalidDataException("Bad tag.");
        var role = reader.ReadString();
        var (altText, scope, numbering) = (ReadOptional(reader), ReadOptional(reader), ReadOptional(reader));
        var tag = new StructureTag(role)
        {
            AltText = altText,
            Scope = scope,
            ListNumbering = numbering,
            KeepEmpty = reader.ReadBoolean(),
        };
        tags.Add(tag);
        return tag;
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
            writer.Write(text);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    /// <summary>A word's shape as its number in the table of words; a line's run of words as its parts, each with its
    /// extra room.</summary>
    private static void WriteShape(
        BinaryWriter writer,
        GlyphShape shape,
        Dictionary<GlyphShape, int> shapes,
        List<GlyphShape> leaves
    )
    {
        if (shape.Parts is { } parts)
        {
            writer.Write7BitEncodedInt(parts.Length * 2 + 1);
            foreach (var (part, extra) in parts)
            {
                WriteShape(writer, part, shapes, leaves);
                WriteSigned(writer, extra);
            }
            return;
        }
        if (!shapes.TryGetValue(shape, out var index))
        {
            shapes[shape] = index = leaves.Count;
            leaves.Add(shape);
        }
        writer.Write7BitEncodedInt(index * 2);
    }

    private static GlyphShape ReadShape(BinaryReader reader, GlyphShape[] leaves)
    {
        var code = reader.Read7BitEncodedInt();
        if (code % 2 == 0)
            return leaves[code / 2];
        var parts = new (GlyphShape, int)[code / 2];
        for (var i = 0; i < parts.Length; i++)
            parts[i] = (ReadShape(reader, leaves), ReadSigned(reader));
        return GlyphShape.Join(parts);
    }

    private static void WriteLeaf(BinaryWriter writer, GlyphShape shape)
    {
        writer.Write(shape.Text);
        var count = shape.Glyphs.Length;
        writer.Write7BitEncodedInt(count);
        for (var i = 0; i < count; i++)
            writer.Write7BitEncodedInt(shape.Glyphs[i]);
        for (var i = 0; i < count; i++)
            WriteSigned(writer, shape.Advances[i]);
        for (var i = 0; i < count; i++)
            WriteSigned(writer, shape.OffsetsX[i]);
        for (var i = 0; i < count; i++)
            WriteSigned(writer, shape.OffsetsY[i]);
        for (var i = 0; i < count; i++)
            WriteSigned(writer, shape.Clusters[i]);
    }

    private static GlyphShape ReadLeaf(BinaryReader reader)
    {
        var text = reader.ReadString();
        var count = Count(reader);
        var glyphs = new ushort[count];
        for (var i = 0; i < count; i++)
            glyphs[i] = checked((ushort)reader.Read7BitEncodedInt());
        int[] Ints()
        {
            var values = new int[count];
            for (var i = 0; i < count; i++)
                values[i] = ReadSigned(reader);
            return values;
        }
        var (advances, offsetsX, offsetsY, clusters) = (Ints(), Ints(), Ints(), Ints());
        return new GlyphShape(text, glyphs, advances, offsetsX, offsetsY, clusters);
    }

    /// <summary>A count, checked against what is left to read, so damaged bytes never ask for a huge array.</summary>
    private static int Count(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
            throw new InvalidDataException("Bad count.");
        return count;
    }

    // Zigzag: small negative numbers (offsets) take a byte or two, as small positive ones do.
    private static void WriteSigned(BinaryWriter writer, int value) =>
        writer.Write7BitEncodedInt((value << 1) ^ (value >> 31));

    private static int ReadSigned(BinaryReader reader)
    {
        var value = (uint)reader.Read7BitEncodedInt();
        return (int)(value >> 1) ^ -(int)(value & 1);
    }

    private static void WriteRect(BinaryWriter writer, Rect rect)
    {
        writer.Write(rect.X);
        writer.Write(rect.Y);
        writer.Write(rect.Width);
        writer.Write(rect.Height);
    }

    private static Rect ReadRect(BinaryReader reader) =>
        new(reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle());

    private static void WriteColor(BinaryWriter writer, Color color)
    {
        writer.Write(color.R);
        writer.Write(color.G);
        writer.Write(color.B);
    }

    private static Color ReadColor(BinaryReader reader) => new(reader.ReadByte(), reader.ReadByte(), reader.ReadByte());

    private static byte[] Digest(FontFace face) => Digests.GetValue(face, f =>
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(f.Data);
            hash.AppendData(BitConverter.GetBytes(f.Index));
            return hash.GetHashAndReset();
        });
}
