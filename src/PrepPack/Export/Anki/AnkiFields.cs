using System.Net;
using System.Text;

namespace PrepPack.Export.Anki;

/// <summary>A flashcard's fields as the HTML Anki shows: every piece of story text escaped, so a '&lt;' in it stays a
/// '&lt;'.</summary>
internal static class AnkiFields
{
    public static string[] Of(Flashcard card) => [Html(card.Title), Questions(card.Questions), Back(card.Back)];

    private static string Questions(IReadOnlyList<CardQuestion> questions)
    {
        if (questions.Count == 0)
            return "";
        var html = new StringBuilder("<ul>");
        foreach (var question in questions)
        {
            html.Append("<li>").Append(Html(question.Ask));
            if (question.From is { } from)
                html.Append(" <span class=\"from\">").Append(Html(from)).Append("</span>");
            html.Append("</li>");
        }
        return html.Append("</ul>").ToString();
    }

    private static string Back(IReadOnlyList<CardLine> lines)
    {
        var html = new StringBuilder("<ul>");
        foreach (var line in lines)
            html.Append("<li><b>").Append(Html(line.Label)).Append("</b> ").Append(Html(line.Text)).Append("</li>");
        return html.Append("</ul>").ToString();
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text.Trim());
}
