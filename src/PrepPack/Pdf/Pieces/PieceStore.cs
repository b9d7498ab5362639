using Markdig.Syntax;
using PrepPack.Diagnostics;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Text;

namespace PrepPack.Pdf.Pieces;

/// <summary>
/// One document's use of its <see cref="PieceCache"/>: the key of each piece, the pages kept for
/// it, and after the layout the pieces to keep for the next build. Only a piece whose making
/// reported nothing is kept: a kept piece is not made again, so a warning about it (a character
/// no font has, Markdown left out) would not be repeated.
/// </summary>
internal sealed class PieceStore(
    PieceCache cache,
    FontLibrary fonts,
    string shared,
    string body,
    DiagnosticBag diagnostics,
    GlyphReport glyphs
)
{
    private readonly string[] _lines = body.Split('\n');

    /// <summary>The piece's key, or null for a piece laid out every time.</summary>
    public string? Key(
        IReadOnlyList<Block> blocks,
        PageSetup setup,
        float scale,
        bool? justify,
        bool endsWithBreak,
        string mode
    ) =>
        PieceKeys.Parts(_lines, blocks, setup, scale, justify, endsWithBreak, mode) is { } parts
            ? cache.Key(parts.Prepend(shared))
            : null;

    /// <summary>The pages kept for each key (null for none, or for a null key), read on every core.</summary>
    public KeptPages?[] ReadAll(IReadOnlyList<string?> keys)
    {
        var pages = new KeptPages?[keys.Count];
        Parallel.For(0, keys.Count, i => pages[i] = keys[i] is { } key ? cache.Read(key, fonts) : null);
        return pages;
    }

    /// <summary>Starts watching for problems reported while a piece is made.</summary>
    public PieceWatch Watch() => new(() => Reported);

    private int Reported => diagnostics.Count + glyphs.Count;

    /// <summary>Lays the pieces out, then keeps those with a key for the next build and lets the others' files
    /// go.</summary>
    /// <param name="keys">Each piece's key to keep it under, or null; filled in while the pieces are made.</param>
    public LayoutOutcome Run(
        PiecePaginator paginator,
        IReadOnlyList<PagePiece> pieces,
        IReadOnlyList<string?> keys,
        object? origin
    )
    {
        // Each piece is kept as soon as it is laid out, as the records the document holds it as until it is written.
        var outcome = paginator.Run(pieces, origin, (i, pages) =>
        {
            if (keys[i] is { } key && pages.Count > 0)
                cache.Add(key, pages);
        });
        if (outcome.Succeeded)
            cache.Save();
        else
            cache.Close();
        return outcome;
    }
}
