using System.Text;

namespace PrepPack.Layout.Text.Hyphenation;

/// <summary>
/// Reads a hyphenation pattern file in the Hyphen library's format (the <c>hyph_*.dic</c> files
/// LibreOffice and Debian ship): an encoding line, optional <c>LEFTHYPHENMIN</c> and
/// <c>RIGHTHYPHENMIN</c>, then one TeX pattern a line ("a2ch4": letters, with a weight between
/// them). An odd weight allows a break, an even one forbids it; the highest weight wins.
/// </summary>
internal static class PatternFile
{
    public static (PatternTrie Trie, int LeftMin, int RightMin) Read(TextReader reader)
    {
        var trie = new PatternTrie();
        int leftMin = 2,
            rightMin = 3;
        var letters = new StringBuilder();
        var weights = new List<byte>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] is '%' or '#')
                continue;
            if (line.StartsWith("LEFTHYPHENMIN", StringComparison.Ordinal))
            {
                leftMin = Number(line, leftMin);
                continue;
            }
            if (line.StartsWith("RIGHTHYPHENMIN", StringComparison.Ordinal))
            {
                rightMin = Number(line, rightMin);
                continue;
            }
            // The encoding line, keywords this reader has no use for, and the Hyphen library's
            // non-standard patterns ("ab/c=d,1,1"), which plain Liang cannot apply.
            if (line.Contains(' ') || line.Contains('/') || line.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
                continue;
            letters.Clear();
            weights.Clear();
            weights.Add(0);
            foreach (var c in line)
            {
                if (c is >= '0' and <= '9')
                    weights[^1] = (byte)(c - '0');
                else
                {
                    letters.Append(c);
                    weights.Add(0);
                }
            }
            if (letters.Length > 0)
                trie.Add(letters.ToString(), [.. weights]);
        }
        return (trie, leftMin, rightMin);
    }

    private static int Number(string line, int fallback) =>
        int.TryParse(line.AsSpan(line.IndexOf(' ') + 1).Trim(), out var n) && n > 0 ? n : fallback;
}
