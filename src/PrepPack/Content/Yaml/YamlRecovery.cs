using System.Text.RegularExpressions;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Yaml;

/// <summary>
/// After a YAML mistake, reads on for the next ones: the parser cannot go past a mistake, but a
/// field that starts at the left margin (or a '---' line) begins text that does not depend on what
/// came before, so the file is read again from there, with the lines above blanked out so lines and
/// columns stay those of the file. What lies between the mistake and that next field is not read;
/// when it holds text, the hint says so, so the user knows the file may hold more.
/// </summary>
internal static partial class YamlRecovery
{
    /// <summary>The most readings of one file, so a file of nothing but mistakes is not read a thousand
    /// times.</summary>
    public const int MostReadings = 20;

    /// <summary>Adds the mistakes after those in <paramref name="errors"/>, reading on from line
    /// <paramref name="stop"/>, the last line the first mistake reaches.</summary>
    public static void Continue(string path, string text, int stop, List<Diagnostic> errors)
    {
        var lines = text.Split('\n');
        // A mistake at the end of the file may say it reaches past the last line.
        stop = Math.Clamp(stop, 0, lines.Length);
        for (var reading = 1; reading < MostReadings; reading++)
        {
            if (NextStart(lines, stop) is not { } from)
                break;
            var rest = string.Concat(Enumerable.Repeat("\n", from - 1)) + string.Join('\n', lines[(from - 1)..]);
            var found = new List<Diagnostic>();
            var (stream, next, trusted) = YamlFile.Attempt(path, rest, found);
            // An alias whose anchor was blanked out is a mistake of the cut, not of the file: nothing after is told.
            if (!trusted)
                break;
            MayHoldMore(errors, lines, stop + 1, from - 1);
            if (stream is not null)
                return;
            errors.AddRange(found.Where(f => !errors.Any(e => e.Location == f.Location && e.Message == f.Message)));
            stop = Math.Clamp(next, from, lines.Length);
        }
        MayHoldMore(errors, lines, stop + 1, lines.Length);
    }

    /// <summary>The 1-based line of the next field at the left margin or '---' after line <paramref name="stop"/>;
    /// null when there is none.</summary>
    private static int? NextStart(string[] lines, int stop)
    {
        for (var i = Math.Max(stop, 0); i < lines.Length; i++)
            if (TopLevel().IsMatch(lines[i]))
                return i + 1;
        return null;
    }

    /// <summary>Says in the hint of the last mistake that lines <paramref name="from"/> to <paramref name="to"/>
    /// (1-based, inclusive) were not read, when they hold more than blanks and comments.</summary>
    private static void MayHoldMore(List<Diagnostic> errors, string[] lines, int from, int to)
    {
        var text = Enumerable
            .Range(from, Math.Max(0, to - from + 1))
            .Where(n => n >= 1 && n <= lines.Length)
            .Select(n => lines[n - 1].Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        if (errors.Count == 0 || text.Count == 0)
            return;
        var last = errors[^1];
        var which =
            to >= lines.Length ? $"lines {from} to the end are"
            : from == to ? $"line {from} is"
            : $"lines {from}-{to} are";
        var note = $"YAML cannot read past this mistake: {which} not checked, so check again once it is fixed.";
        errors[^1] = last with { Hint = string.IsNullOrEmpty(last.Hint) ? note : $"{last.Hint} {note}" };
    }

    // A field at the left margin ("title: …", "star:") or a document start: text that does not depend on the lines
    // above it.
    [GeneratedRegex(@"^(?:---\s*$|---\s|[^\s#\-?:,\[\]{}&*!|>'""%@`][^:#]*:(?:\s|$))")]
    private static partial Regex TopLevel();
}
