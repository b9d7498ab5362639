namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// For every position, the shortest distance at which each match length can be had: a list of
/// (length, distance) steps, lengths rising, each distance serving every length above the step
/// before it. An optimal parse needs every length, not only the longest, and a shorter
/// distance never costs more extra bits.
/// </summary>
internal sealed class MatchTable
{
    private const int HashBits = 16;

    private MatchTable(int[] start, ushort[] length, ushort[] distance)
    {
        Start = start;
        Length = length;
        Distance = distance;
    }

    /// <summary>Position i's steps are at Start[i] up to Start[i + 1].</summary>
    public int[] Start { get; }

    /// <summary>Each step's length; the array may run on past the last step.</summary>
    public ushort[] Length { get; }

    public ushort[] Distance { get; }

    /// <summary>The longest match at <paramref name="position"/> (0 if none) and its shortest distance.</summary>
    public (int Length, int Distance) Longest(int position)
    {
        var last = Start[position + 1] - 1;
        return last < Start[position] ? (0, 0) : (Length[last], Distance[last]);
    }

    /// <summary>
    /// Finds the matches through hash chains of three-byte prefixes, following at most
    /// <paramref name="chainLimit"/> earlier positions with the same hash: a bound that keeps
    /// repetitive input linear at a small loss of matches.
    /// </summary>
    public static MatchTable Find(ReadOnlySpan<byte> data, int chainLimit)
    {
        var n = data.Length;
        var head = new int[1 << HashBits];
        Array.Fill(head, -1);
        var previous = new int[Math.Max(n, 1)];
        var start = new int[n + 1];
        // Grown by hand and kept as they are: a list's copy to an array would double the table's peak.
        var lengths = new ushort[Math.Max(n, 16)];
        var distances = new ushort[lengths.Length];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            start[i] = count;
            if (i + DeflateTables.MinMatch > n)
                continue;
            var hash = (int)((uint)(data[i] | data[i + 1] << 8 | data[i + 2] << 16) * 2654435761u >> (32 - HashBits));
            var most = Math.Min(DeflateTables.MaxMatch, n - i);
            var best = DeflateTables.MinMatch - 1;
            var here = data.Slice(i, most);
            var chain = chainLimit;
            // Candidates come nearest first, so the first to reach a length has its shortest distance.
            for (var p = head[hash]; p >= 0 && i - p <= DeflateTables.Window && chain-- > 0; p = previous[p])
            {
                if (data[p + best] != here[best])
                    continue;
                var length = here.CommonPrefixLength(data.Slice(p, most));
                if (length <= best)
                    continue;
                if (count == lengths.Length)
                {
                    Array.Resize(ref lengths, count * 2);
                    Array.Resize(ref distances, count * 2);
                }
                lengths[count] = (ushort)length;
                distances[count++] = (ushort)(i - p);
                best = length;
                if (best == most)
                    break;
            }
            previous[i] = head[hash];
            head[hash] = i;
        }
        start[n] = count;
        return new MatchTable(start, lengths, distances);
    }
}
