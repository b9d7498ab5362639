using System.Text;

namespace PrepPack.Tests.Support;

/// <summary>Reads RFC 4180 CSV back into rows: records end with CRLF, quoted fields may hold commas, quotes (doubled)
/// and line breaks.</summary>
internal static class CsvReader
{
    public static List<List<string>> Read(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"' && field.Length == 0)
                quoted = true;
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else if (c is '\r' or '\n')
                throw new FormatException($"A bare line break outside quotes at {i}.");
            else
                field.Append(c);
        }
        if (quoted)
            throw new FormatException("A quoted field is not closed.");
        if (field.Length > 0 || row.Count > 0)
            throw new FormatException("The last record does not end with CRLF.");
        return rows;
    }
}
