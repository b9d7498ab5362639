using PrepPack.Diagnostics;
using PrepPack.Layout.Elements;

namespace PrepPack.Pdf;

/// <summary>
/// A one-page document's tables, checked once the page is laid out: a column that takes more than
/// half of a table's width because of one text far longer than the others in it (a story's title
/// of a paragraph's length) squeezes the rest, and the whole page shrinks for it. A column of
/// running text, long in every row, is wide on purpose and is not reported. Each is a warning
/// at that text, which the build
/// points back at the story line it came from.
/// </summary>
internal static class WideColumns
{
    /// <summary>The share of a table's width one column may take before it is reported.</summary>
    public const float MostShare = 0.5f;

    /// <summary>How many times the column's typical text the widest must be to be the cause.</summary>
    public const float StandsOut = 2;

    public static void Warn(IEnumerable<Table> tables, float width, DiagnosticBag diagnostics)
    {
        foreach (var table in tables)
        {
            if (table.ColumnCount < 2 || table.ColumnWidthsAt(width) is not { } widths)
                continue;
            var total = widths.Sum();
            for (var column = 0; column < widths.Count; column++)
            {
                var share = widths[column] / total;
                if (share <= MostShare || table.WidestIn(column) is not { Content.Origin: SourceLocation at } cell)
                    continue;
                if (cell.MaxWidth < StandsOut * table.TypicalWidthIn(column))
                    continue;
                diagnostics.Warning(
                    at,
                    DiagnosticCodes.WideColumn,
                    $"This text makes one column of a table on a one-page document take {share * 100:0}% "
                        + "of the table's width: "
                        + "the other columns are squeezed, and the whole page prints smaller for it.",
                    "Set short_title in the story (a few words: the one-page outputs print it in place of "
                        + "the title), or shorten that text; the binder keeps the whole story."
                );
            }
        }
    }
}
