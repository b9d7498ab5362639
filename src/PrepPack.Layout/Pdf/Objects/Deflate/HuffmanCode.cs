namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// Huffman code lengths no longer than a limit, by package-merge (optimal under the limit), and
/// the canonical codes Deflate derives from lengths.
/// </summary>
internal static class HuffmanCode
{
    /// <summary>
    /// Sets <paramref name="lengths"/> to optimal code lengths for <paramref name="counts"/>, none over
    /// <paramref name="limit"/> bits; a symbol never seen gets no code (length 0).
    /// </summary>
    public static void Lengths(ReadOnlySpan<int> counts, int limit, Span<byte> lengths)
    {
        lengths.Clear();
        var used = 0;
        for (var s = 0; s < counts.Length; s++)
            if (counts[s] > 0)
                used++;
        if (used == 0)
            return;
        // Ties go to the lower symbol, so the same counts always give the same code.
        Span<long> keys = stackalloc long[used];
        used = 0;
        for (var s = 0; s < counts.Length; s++)
            if (counts[s] > 0)
                keys[used++] = (long)counts[s] << 16 | (uint)s;
        if (used == 1)
        {
            lengths[(int)(keys[0] & 0xFFFF)] = 1;
            return;
        }
        keys.Sort();
        var sorted = new int[used];
        for (var i = 0; i < used; i++)
            sorted[i] = (int)(keys[i] & 0xFFFF);
        if (!Unlimited(counts, sorted, limit, lengths))
            PackageMerge(counts, sorted, limit, lengths);
    }

    /// <summary>
    /// Plain Huffman lengths by merging the two lightest of the sorted leaves and the packages
    /// made so far (made in order of weight, so a queue holds them); false if one exceeds the limit.
    /// </summary>
    private static bool Unlimited(ReadOnlySpan<int> counts, int[] sorted, int limit, Span<byte> lengths)
    {
        var used = sorted.Length;
        Span<int> parent = stackalloc int[2 * used - 1];
        Span<long> weight = stackalloc long[used - 1];
        int leaf = 0,
            next = 0;
        for (var made = 0; made < used - 1; made++)
        {
            long sum = 0;
            for (var take = 0; take < 2; take++)
            {
                int node;
                if (next >= made || (leaf < used && counts[sorted[leaf]] <= weight[next]))
                {
                    node = leaf;
                    sum += counts[sorted[leaf++]];
                }
                else
                {
                    node = used + next;
                    sum += weight[next++];
                }
                parent[node] = used + made;
            }
            weight[made] = sum;
        }
        Span<int> depth = stackalloc int[2 * used - 1];
        for (var node = 2 * used - 3; node >= 0; node--)
        {
            depth[node] = depth[parent[node]] + 1;
            if (node < used && depth[node] > limit)
                return false;
        }
        for (var i = 0; i < used; i++)
            lengths[sorted[i]] = (byte)depth[i];
        return true;
    }

    /// <summary>Optimal lengths under the limit by package-merge (Larmore and Hirschberg).</summary>
    private static void PackageMerge(ReadOnlySpan<int> counts, int[] sorted, int limit, Span<byte> lengths)
    {
        var used = sorted.Length;
        // Nodes: the leaves first (index = rank), then packages of two nodes of the level below.
        var capacity = used + limit * used * 2;
        var weight = new long[capacity];
        var left = new int[capacity];
        var right = new int[capacity];
        for (var i = 0; i < used; i++)
        {
            weight[i] = counts[sorted[i]];
            left[i] = -1;
        }
        var nodes = used;
        var list = new int[used];
        for (var i = 0; i < used; i++)
            list[i] = i;
        for (var level = 1; level < limit; level++)
        {
            var packages = list.Length / 2;
            var merged = new int[used + packages];
            int leaf = 0,
                package = 0,
                at = 0;
            while (leaf < used || package < packages)
            {
                var packageWeight = package < packages ? weight[list[2 * package]] + weight[list[2 * package + 1]] : 0;
                if (package >= packages || (leaf < used && weight[leaf] <= packageWeight))
                {
                    merged[at++] = leaf++;
                    continue;
                }
                weight[nodes] = packageWeight;
                left[nodes] = list[2 * package];
                right[nodes] = list[2 * package + 1];
                merged[at++] = nodes++;
                package++;
            }
            list = merged;
        }

        // Each symbol's length is how many times its leaf lies under the first 2n-2 items.
        var stack = new Stack<int>();
        for (var i = 0; i < 2 * used - 2; i++)
        {
            stack.Push(list[i]);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (left[node] < 0)
                {
                    lengths[sorted[node]]++;
                    continue;
                }
                stack.Push(left[node]);
                stack.Push(right[node]);
            }
        }
    }

    /// <summary>
    /// The canonical code of each symbol (RFC 1951, 3.2.2), its bits reversed so that a writer
    /// putting the lowest bit first sends the code's first bit first.
    /// </summary>
    public static uint[] ReversedCodes(ReadOnlySpan<byte> lengths)
    {
        var perLength = new int[16];
        foreach (var length in lengths)
            perLength[length]++;
        perLength[0] = 0;
        var next = new int[16];
        var code = 0;
        for (var bits = 1; bits < 16; bits++)
        {
            code = (code + perLength[bits - 1]) << 1;
            next[bits] = code;
        }
        var codes = new uint[lengths.Length];
        for (var s = 0; s < lengths.Length; s++)
        {
            int length = lengths[s];
            if (length == 0)
                continue;
            var value = (uint)next[length]++;
            var reversed = 0u;
            for (var b = 0; b < length; b++)
                reversed |= ((value >> b) & 1) << (length - 1 - b);
            codes[s] = reversed;
        }
        return codes;
    }
}
