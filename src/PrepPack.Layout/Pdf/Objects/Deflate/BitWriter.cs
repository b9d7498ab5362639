namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>Bits written as Deflate packs them: from each byte's lowest bit up.</summary>
internal sealed class BitWriter
{
    private byte[] _bytes;
    private int _count;
    private ulong _pending;
    private int _pendingBits;

    public BitWriter(int capacity) => _bytes = new byte[Math.Max(capacity, 16)];

    /// <summary>How many bits have been written.</summary>
    public long BitCount => (long)_count * 8 + _pendingBits;

    /// <summary>Writes the low <paramref name="count"/> bits of <paramref name="value"/>, lowest first.</summary>
    public void Write(uint value, int count)
    {
        _pending |= (ulong)(value & ((1u << count) - 1)) << _pendingBits;
        _pendingBits += count;
        while (_pendingBits >= 8)
        {
            Put((byte)_pending);
            _pending >>= 8;
            _pendingBits -= 8;
        }
    }

    /// <summary>Fills the current byte with zero bits.</summary>
    public void AlignToByte()
    {
        if (_pendingBits > 0)
            Write(0, 8 - _pendingBits);
    }

    /// <summary>Whole bytes, after <see cref="AlignToByte"/>.</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
            Put(b);
    }

    public byte[] ToArray()
    {
        AlignToByte();
        return _bytes.AsSpan(0, _count).ToArray();
    }

    private void Put(byte b)
    {
        if (_count == _bytes.Length)
            Array.Resize(ref _bytes, _bytes.Length * 2);
        _bytes[_count++] = b;
    }
}
