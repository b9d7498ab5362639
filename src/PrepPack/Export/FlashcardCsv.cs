using System.Text;

namespace PrepPack.Export;

/// <summary>
/// The flashcards as CSV for any flashcard app (RFC 4180, UTF-8 without a byte order mark): a header
/// row "front,back", then a row per story; line breaks inside a field are kept, inside quotes.
/// </summary>
public static class FlashcardCsv
{
    public static byte[] Write(IReadOnlyList<Flashcard> cards)
    {
        var csv = new StringBuilder();
        Row(csv, "front", "back");
        foreach (var card in cards)
            Row(csv, Front(card), Back(card));
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(csv.ToString());
    }

    /// <summary>The title, a blank line, then each question on its own line with where it comes from.</summary>
    public static string Front(Flashcard card) =>
        card.Questions.Count == 0
            ? card.Title
            : card.Title
                + "\n\n"
                + string.Join("\n", card.Questions.Select(q => q.From is null ? q.Ask : $"{q.Ask} ({q.From})"));

    public static string Back(Flashcard card) => string.Join("\n", card.Back.Select(l => $"{l.Label}: {l.Text}"));

    private static void Row(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(',', fields.Select(Field));
        // RFC 4180 ends every record with CRLF.
        csv.Append("\r\n");
    }

    /// <summary>
    /// Quoted when it holds a comma, a quote or a line break; a quote inside is doubled. A field that
    /// a spreadsheet would run as a formula ("=1+2 dashboard", "+20% quote rate", "@here outage call",
    /// "-5 days to close") is neutralised as the OWASP advice on CSV injection says: a single quote
    /// before it, so the spreadsheet shows it as text, and the whole field quoted.
    /// </summary>
    private static string Field(string text)
    {
        if (StartsLikeFormula(text))
            return "\"'" + text.Replace("\"", "\"\"") + "\"";
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    /// <summary>The characters a spreadsheet reads as the start of a formula or a command.</summary>
    private static bool StartsLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
