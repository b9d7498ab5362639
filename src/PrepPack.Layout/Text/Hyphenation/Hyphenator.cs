using System.Collections.Concurrent;

namespace PrepPack.Layout.Text.Hyphenation;

/// <summary>
/// Where a word may be hyphenated, by Frank Liang's algorithm (the one TeX uses): every
/// pattern that matches inside ".word." raises the weight of the gaps it covers, and a gap
/// with an odd weight is a hyphenation point. Exceptions, words hyphenated by hand, are
/// looked up first. No point is closer than <see cref="LeftMin"/> letters to the start or
/// <see cref="RightMin"/> to the end.
/// </summary>
public sealed class Hyphenator
{
    private static readonly Lazy<Hyphenator> English = new(LoadEnglish);

    private readonly PatternTrie _patterns;
    private readonly Dictionary<string, int[]> _exceptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]> _known = new(StringComparer.Ordinal);

    internal Hyphenator(PatternTrie patterns, int leftMin, int rightMin)
    {
        _patterns = patterns;
        LeftMin = leftMin;
        RightMin = rightMin;
    }

    /// <summary>US English, from the TeX patterns shipped inside the program (read once, when first
    /// hyphenating).</summary>
    public static Hyphenator EnglishUS => English.Value;

    /// <summary>The fewest letters left before a hyphen.</summary>
    public int LeftMin { get; }

    /// <summary>The fewest letters carried after a hyphen.</summary>
    public int RightMin { get; }

    /// <summary>Adds a word hyphenated by hand, as "as-so-ciate"; it wins over the patterns.</summary>
    internal void AddException(string hyphenated)
    {
        var points = new List<int>();
        var letters = 0;
        foreach (var c in hyphenated)
            if (c == '-')
                points.Add(letters);
            else
                letters++;
        _exceptions[hyphenated.Replace("-", "").ToLowerInvariant()] = [.. points];
        _known.Clear();
    }

    /// <summary>The places a hyphen may go in a word of letters only: index i means between word[i - 1] and
    /// word[i].</summary>
    public IReadOnlyList<int> Points(string word)
    {
        if (word.Length < LeftMin + RightMin)
            return [];
        return _known.GetOrAdd(word, Compute);
    }

    /// <summary>The word with a hyphen at each point: "hy-phen-ation".</summary>
    public string Show(string word)
    {
        var points = Points(word);
        var result = new System.Text.StringBuilder(word.Length + points.Count);
        for (var i = 0; i < word.Length; i++)
        {
            if (points.Contains(i))
                result.Append('-');
            result.Append(word[i]);
        }
        return result.ToString();
    }

    private int[] Compute(string word)
    {
        var lower = word.ToLowerInvariant();
        if (_exceptions.TryGetValue(lower, out var exception))
            return exception;
        var dotted = "." + lower + ".";
        var weights = new byte[dotted.Length + 1];
        for (var start = 0; start < dotted.Length; start++)
            _patterns.Apply(dotted, start, weights);
        // weights[k + 1] is the gap before word[k], the dot shifting every index by one.
        var points = new List<int>();
        for (var k = LeftMin; k <= word.Length - RightMin; k++)
            if (weights[k + 1] % 2 == 1)
                points.Add(k);
        return [.. points];
    }

    private static Hyphenator LoadEnglish()
    {
        var assembly = typeof(Hyphenator).Assembly;
        using var patterns = assembly.GetManifestResourceStream("PrepPack.Layout.Hyphenation.hyph_en_US.dic")
            ?? throw new InvalidOperationException("The US English hyphenation patterns are missing from the program.");
        using var reader = new StreamReader(patterns, System.Text.Encoding.UTF8);
        var (trie, leftMin, rightMin) = PatternFile.Read(reader);
        var hyphenator = new Hyphenator(trie, leftMin, rightMin);
        using var exceptions = assembly.GetManifestResourceStream("PrepPack.Layout.Hyphenation.exceptions_en_US.txt");
        if (exceptions is not null)
        {
            using var lines = new StreamReader(exceptions, System.Text.Encoding.UTF8);
            while (lines.ReadLine() is { } line)
                if (line.Trim() is { Length: > 0 } word && word[0] != '#')
                    hyphenator.AddException(word);
        }
        return hyphenator;
    }
}
