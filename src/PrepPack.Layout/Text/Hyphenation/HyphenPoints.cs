namespace PrepPack.Layout.Text.Hyphenation;

/// <summary>
/// Where one word on a line may take a hyphen, as indices into its text, worked out only when
/// a line first needs them: most words never come to the end of a line that wants a hyphen.
/// </summary>
internal sealed class HyphenPoints
{
    private readonly Hyphenator? _hyphenator;
    private readonly string? _letters;
    private readonly int _offset;
    private IReadOnlyList<int>? _positions;

    /// <param name="letters">The word's letters, found at <paramref name="offset"/> in its text.</param>
    public HyphenPoints(Hyphenator hyphenator, string letters, int offset)
    {
        _hyphenator = hyphenator;
        _letters = letters;
        _offset = offset;
    }

    private HyphenPoints(IReadOnlyList<int> positions) => _positions = positions;

    /// <summary>Indices into the word's text, ascending: a hyphen may go before the character at each.</summary>
    public IReadOnlyList<int> Positions =>
        _positions ??= _hyphenator!.Points(_letters!).Select(p => p + _offset).ToArray();

    /// <summary>The points left in the rest of the word once it is broken at <paramref name="cut"/>.</summary>
    public HyphenPoints? After(int cut)
    {
        var rest = Positions.Where(p => p > cut).Select(p => p - cut).ToArray();
        return rest.Length == 0 ? null : new HyphenPoints(rest);
    }
}
