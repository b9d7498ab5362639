using System.Globalization;
using System.Text;

namespace PrepPack.Layout.Paging;

/// <summary>
/// A plain-text listing of what each page draws and where, for golden-file tests and for
/// seeing why a page looks the way it does.
/// </summary>
public static class LayoutDump
{
    public static string Write(LaidOutDocument document)
    {
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            text.Append(
                CultureInfo.InvariantCulture,
                $"page {page.Number} ({N(page.Width)} x "
                    + $"{N(page.Height)}){(page.HasPageLines ? "" : ", no header or footer")}\n"
            );
            // Tags say what content is, not where it is drawn: the listing leaves them out.
            foreach (var command in page.Commands.Where(Drawn))
                text.Append("  ").Append(Describe(command)).Append('\n');
        }
        return text.ToString();
    }

    private static bool Drawn(PageCommand command) =>
        command is not (BeginTagCommand or BeginArtifactCommand or EndTagCommand);

    private static string Describe(PageCommand command) =>
        command switch
        {
            TextCommand t =>
                $"text {N(t.X)},{N(t.Baseline)} {t.Text.Face.Key} {N(t.Text.Size)} {t.Color} \"{t.Text.Text}\"",
            FillCommand f => $"fill {R(f.Rect)} {f.Color}",
            StrokeCommand s => $"stroke {R(s.Rect)} {s.Color} {N(s.Width)}",
            DotsCommand d => $"dots {N(d.X1)}-{N(d.X2)},{N(d.Y)} every {N(d.Pitch)} {d.Color} {N(d.Size)}",
            LineCommand l => $"line {N(l.X1)},{N(l.Y1)} {N(l.X2)},{N(l.Y2)} {l.Color} {N(l.Width)}{Dashes(l)}",
            LinkCommand l => $"link {R(l.Rect)} #{l.Destination}",
            UrlCommand u => $"url {R(u.Rect)} {u.Url}",
            DestinationCommand d => $"destination {N(d.X)},{N(d.Y)} #{d.Name}",
            _ => command.GetType().Name,
        };

    private static string Dashes(LineCommand line) =>
        line.Dash is { } dash ? $" dashed {string.Join(" ", dash.Select(N))} from {N(line.Phase)}" : "";

    private static string R(Core.Rect r) => $"{N(r.X)},{N(r.Y)} {N(r.Width)}x{N(r.Height)}";

    private static string N(float value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
