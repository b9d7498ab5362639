namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// Parses bytes into literals and matches by the cheapest path under a cost model: every
/// position is reached at the least cost from a literal or any match length ending there.
/// zlib takes the longest match it sees (or the next one's, lazily); on short, numeric,
/// repetitive text a shorter match or a literal is often cheaper in bits.
/// </summary>
internal static class OptimalParser
{
    /// <summary>The greedy parse: the longest match at each position, a literal where there is none.</summary>
    public static List<Lz77Item> Greedy(MatchTable matches, int from, int to)
    {
        var items = new List<Lz77Item>();
        for (var i = from; i < to; )
        {
            var (length, distance) = matches.Longest(i);
            length = Math.Min(length, to - i);
            if (length >= DeflateTables.MinMatch)
            {
                items.Add(new Lz77Item(i, length, distance));
                i += length;
            }
            else
                items.Add(new Lz77Item(i++, 1, 0));
        }
        return items;
    }

    public static List<Lz77Item> Cheapest(
        ReadOnlySpan<byte> data,
        MatchTable matches,
        CostModel costs,
        int from,
        int to
    )
    {
        var n = to - from;
        var cost = new float[n + 1];
        var length = new ushort[n + 1];
        var distance = new ushort[n + 1];
        Array.Fill(cost, float.PositiveInfinity);
        cost[0] = 0;
        for (var i = 0; i < n; i++)
        {
            var here = cost[i];
            var position = from + i;
            var literal = here + costs.Literal(data[position]);
            if (literal < cost[i + 1])
            {
                cost[i + 1] = literal;
                length[i + 1] = 1;
                distance[i + 1] = 0;
            }
            var most = Math.Min(DeflateTables.MaxMatch, to - position);
            var reached = DeflateTables.MinMatch - 1;
            for (var step = matches.Start[position]; step < matches.Start[position + 1] && reached < most; step++)
            {
                var top = Math.Min((int)matches.Length[step], most);
                int d = matches.Distance[step];
                var withDistance = here + costs.Distance(d);
                for (var l = reached + 1; l <= top; l++)
                {
                    var total = withDistance + costs.Length(l);
                    if (total < cost[i + l])
                    {
                        cost[i + l] = total;
                        length[i + l] = (ushort)l;
                        distance[i + l] = (ushort)d;
                    }
                }
                reached = top;
            }
        }
        var items = new List<Lz77Item>();
        for (var at = n; at > 0; at -= length[at])
            items.Add(new Lz77Item(from + at - length[at], length[at], distance[at]));
        items.Reverse();
        return items;
    }
}
