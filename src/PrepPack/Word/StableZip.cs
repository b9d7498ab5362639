using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace PrepPack.Word;

/// <summary>
/// Writes a .docx (a zip) so the same input gives the same bytes: every entry dated the same
/// fixed day, the core properties part under a fixed name instead of a fresh GUID, and the
/// package's own relationships numbered instead of random. Nothing inside refers to those ids.
/// The body is written into its entry as it is made, compressed once and never held whole; the
/// other parts are copied from the package the SDK wrote around it.
/// </summary>
internal sealed partial class StableZip(Stream output, DateTime? date) : IDisposable
{
    private static readonly DateTimeOffset FixedDate = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const string CorePropertiesFolder = "package/services/metadata/core-properties/";
    private const string CoreProperties = CorePropertiesFolder + "core.psmdcp";

    private readonly ZipArchive _archive = new(output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>A new entry to write, closed before the next is made; the first made is first in the file.</summary>
    public Stream Create(string name) => new Chunked(Entry(name).Open());

    /// <summary>Every entry of the SDK's <paramref name="package"/>, in its order, but <paramref
    /// name="written"/>.</summary>
    public void CopyFrom(Stream package, string written)
    {
        using var input = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var core = input
            .Entries.FirstOrDefault(e => e.FullName.StartsWith(CorePropertiesFolder, StringComparison.Ordinal))
            ?.FullName;
        foreach (var entry in input.Entries)
        {
            if (entry.FullName == written)
                continue;
            using var from = entry.Open();
            using var to = Entry(entry.FullName == core ? CoreProperties : entry.FullName).Open();
            if (entry.FullName == "_rels/.rels")
            {
                var text = new StreamReader(from, Encoding.UTF8).ReadToEnd();
                if (core is not null)
                    text = text.Replace("/" + core, "/" + CoreProperties);
                var n = 0;
                text = GeneratedId().Replace(text, _ => $"Id=\"rIdPackage{++n}\"");
                to.Write(Encoding.UTF8.GetPreamble());
                to.Write(Encoding.UTF8.GetBytes(text));
            }
            else
                from.CopyTo(to);
        }
    }

    public void Dispose() => _archive.Dispose();

    private ZipArchiveEntry Entry(string name)
    {
        var entry = _archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = date is { } d ? new DateTimeOffset(d) : FixedDate;
        return entry;
    }

    /// <summary>
    /// An entry's stream that passes what is written to the compressor in 128 KiB pieces. Deflate's
    /// output depends on how its input is cut into writes; entries copied from the SDK's package come
    /// in pieces of this size (the buffer DeflateStream.CopyTo rents), so the body compresses as it
    /// did when it was copied too (exactly so up to a few megabytes). Any fixed cut keeps the bytes
    /// the same from build to build. A writer's Flush, which would end a deflate block early, is ignored.
    /// </summary>
    private sealed class Chunked(Stream entry) : Stream
    {
        private const int Piece = 128 * 1024;
        private byte[]? _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Piece);
        private int _used;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() { }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var pending = _buffer ?? throw new ObjectDisposedException(nameof(Chunked));
            while (buffer.Length > 0)
            {
                var n = Math.Min(Piece - _used, buffer.Length);
                buffer[..n].CopyTo(pending.AsSpan(_used));
                _used += n;
                buffer = buffer[n..];
                if (_used == Piece)
                    Pass();
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && _buffer is not null)
            {
                Pass();
                System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = null;
                entry.Dispose();
            }
            base.Dispose(disposing);
        }

        private void Pass()
        {
            if (_used > 0)
                entry.Write(_buffer!, 0, _used);
            _used = 0;
        }
    }

    [GeneratedRegex("Id=\"R[0-9a-f]+\"")]
    private static partial Regex GeneratedId();
}
