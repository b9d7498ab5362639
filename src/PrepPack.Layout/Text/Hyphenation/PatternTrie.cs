namespace PrepPack.Layout.Text.Hyphenation;

/// <summary>
/// Liang's hyphenation patterns in a letter trie: each node holds the weights of the pattern
/// that ends there. Nodes keep their children as a first-child, next-sibling chain in flat
/// arrays, so some thirty thousand nodes cost a few hundred kilobytes rather than a dictionary each.
/// </summary>
internal sealed class PatternTrie
{
    private readonly List<char> _letter = ['\0'];
    private readonly List<int> _firstChild = [-1];
    private readonly List<int> _nextSibling = [-1];
    private readonly List<byte[]?> _weights = [null];

    public int Count { get; private set; }

    /// <summary>Adds a pattern: its letters, and a weight before each letter and after the last
    /// (so one more weight than letters). A pattern met twice keeps the higher weight at each place.</summary>
    public void Add(string letters, byte[] weights)
    {
        var node = 0;
        foreach (var c in letters)
            node = Child(node, c, create: true);
        if (_weights[node] is { } existing)
            for (var i = 0; i < weights.Length; i++)
                existing[i] = Math.Max(existing[i], weights[i]);
        else
        {
            _weights[node] = weights;
            Count++;
        }
    }

    /// <summary>Raises <paramref name="points"/> by every pattern that matches <paramref name="word"/> from
    /// <paramref name="start"/> on: points[k] is the weight of the gap before word[k].</summary>
    public void Apply(string word, int start, byte[] points)
    {
        var node = 0;
        for (var i = start; i < word.Length; i++)
        {
            node = Child(node, word[i], create: false);
            if (node < 0)
                return;
            if (_weights[node] is not { } weights)
                continue;
            for (var k = 0; k < weights.Length; k++)
                if (weights[k] > points[start + k])
                    points[start + k] = weights[k];
        }
    }

    private int Child(int node, char c, bool create)
    {
        var last = -1;
        for (var child = _firstChild[node]; child >= 0; child = _nextSibling[child])
        {
            if (_letter[child] == c)
                return child;
            last = child;
        }
        if (!create)
            return -1;
        var added = _letter.Count;
        _letter.Add(c);
        _firstChild.Add(-1);
        _nextSibling.Add(-1);
        _weights.Add(null);
        if (last < 0)
            _firstChild[node] = added;
        else
            _nextSibling[last] = added;
        return added;
    }
}
