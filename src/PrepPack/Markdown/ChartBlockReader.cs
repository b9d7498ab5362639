using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace PrepPack.Markdown;

/// <summary>
/// Reads a <c>```chart</c> fenced block (see <see cref="ChartBlock"/>). A line it cannot read is a
/// problem at that line, and the chart is made from the rest: one bad value never loses the chart.
/// </summary>
public static partial class ChartBlockReader
{
    private static readonly string[] Missing = ["", "—", "–", "-"];

    public static bool IsChart(Block block) =>
        block is FencedCodeBlock fenced
        && string.Equals(fenced.Info?.Trim(), ChartBlock.Info, StringComparison.OrdinalIgnoreCase);

    /// <param name="problem">Told of each line that cannot be read: its line (from 0, as Markdig counts), its column
    /// (from 1) and what is wrong.</param>
    public static ChartBlock Read(FencedCodeBlock block, Action<int, int, string> problem)
    {
        string? title = null,
            alt = null;
        int? budget = null;
        string[]? header = null;
        var labels = new List<string>();
        var cells = new List<string[]>();
        var rows = new List<(int Line, string Raw)>();
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var raw = block.Lines.Lines[i].ToString();
            var text = raw.Trim();
            // The fence's first line is the block's; its content starts on the next.
            var line = block.Line + 1 + i;
            if (text.Length == 0)
                continue;
            if (header is null && !text.Contains('|'))
            {
                var colon = text.IndexOf(':');
                var (key, value) =
                    colon < 0 ? (text, "") : (text[..colon].Trim().ToLowerInvariant(), text[(colon + 1)..].Trim());
                switch (key)
                {
                    case "title":
                        title = value;
                        break;
                    case "alt":
                        alt = value;
                        break;
                    case "budget" when Time(value) is { } seconds:
                        budget = seconds;
                        break;
                    case "budget":
                        problem(line, 1, $"The chart's budget '{value}' is not a time such as 2:00.");
                        break;
                    default:
                        problem(
                            line,
                            1,
                            $"The chart line '{text}' is neither a setting (title, alt, budget) "
                                + "nor a row with '|' between its cells."
                        );
                        break;
                }
                continue;
            }
            var row = Cells(text);
            // A pipe table's rule under the header (|---|:--|) says nothing a chart needs.
            if (row.All(c => c.Length > 0 && c.Trim(':').Length > 0 && c.Trim(':').All(ch => ch == '-')))
                continue;
            if (header is null)
            {
                header = row;
                continue;
            }
            if (row.Length != header.Length)
            {
                problem(
                    line,
                    1,
                    $"The chart row '{text}' has {row.Length} cells where its header has {header.Length}; "
                        + "the row is left out."
                );
                continue;
            }
            labels.Add(row[0]);
            cells.Add(row);
            rows.Add((line, raw));
        }
        var columns = new List<ChartColumn>();
        for (var c = 1; c < (header?.Length ?? 0); c++)
        {
            var isTime = cells.Any(r => TimePattern().IsMatch(r[c]));
            var values = new List<double?>();
            for (var r = 0; r < cells.Count; r++)
                values.Add(Value(cells[r][c], isTime, header![c], rows[r].Line, ColumnOf(rows[r].Raw, c), problem));
            columns.Add(new ChartColumn(header![c], isTime, values));
        }
        return new ChartBlock(title, alt, budget, labels, columns);
    }

    private static double? Value(
        string cell,
        bool isTime,
        string column,
        int line,
        int at,
        Action<int, int, string> problem
    )
    {
        if (Missing.Contains(cell))
            return null;
        if (isTime && Time(cell) is { } seconds)
            return seconds;
        if (
            !isTime
            && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number)
        )
            return number;
        var kind = isTime ? "a time such as 1:45" : "a number";
        problem(line, at, $"The chart's {column} value '{cell}' is not {kind}; that point is left out.");
        return null;
    }

    private static int? Time(string text) =>
        TimePattern().Match(text) is { Success: true } m
            ? Number(m.Groups[1].Value) * 60 + Number(m.Groups[2].Value)
            : null;

    /// <summary>Where the cell'th cell's text starts in its line, counted from 1.</summary>
    private static int ColumnOf(string raw, int cell)
    {
        var at = raw.Length - raw.TrimStart().Length;
        if (at < raw.Length && raw[at] == '|')
            at++;
        for (var seen = 0; seen < cell && at < raw.Length; at++)
            if (raw[at] == '|')
                seen++;
        while (at < raw.Length && raw[at] == ' ')
            at++;
        return at + 1;
    }

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static string[] Cells(string row) => row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();

    [GeneratedRegex(@"^(\d{1,3}):([0-5]\d)$")]
    private static partial Regex TimePattern();
}
