using System.Globalization;
using System.Text.RegularExpressions;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;
using PrepPack.Theming;

namespace PrepPack.Markdown;

/// <summary>
/// Reads front matter entries into a <see cref="FrontMatter"/>: each value into its type, every
/// problem a diagnostic at the value (or the key) in the file the user edits.
/// </summary>
public static partial class FrontMatterFields
{
    /// <summary>Settings read before a template runs, because they decide how it runs; they cannot use <c>{{ …
    /// }}</c>.</summary>
    public static IReadOnlySet<string> Fixed { get; } = new HashSet<string> { "for_each", "changed_output", "format" };

    public static IReadOnlyList<string> Keys { get; } =
    [
        "output",
        "format",
        "title",
        "author",
        "subject",
        "keywords",
        "lang",
        "page",
        "orientation",
        "margin",
        "header",
        "footer",
        "fit",
        "fit_floor",
        "font_size",
        "bold_font",
        "toc_depth",
        "justify",
        "n_up",
        "sheet",
        "cut_marks",
        "duplex",
        "for_each",
        "changed_output",
    ];

    /// <summary>Every output format, by its name: each has a document writer.</summary>
    private static readonly (string Name, OutputFormat Value)[] Formats =
    [
        .. Enum.GetValues<OutputFormat>().Select(f => (FrontMatter.ExtensionOf(f), f)),
    ];

    /// <summary>The settings with each entry applied in turn.</summary>
    public static FrontMatter Apply(
        FrontMatter settings,
        IEnumerable<FrontMatterEntry> entries,
        DiagnosticBag diagnostics
    )
    {
        var list = entries.ToList();
        foreach (var entry in list)
            settings = Apply(settings, entry, new Reader(entry, diagnostics));
        // A name whose extension is not the format's opens in the wrong program, or in none.
        if (
            settings.Output is { Length: > 0 } name
            && list.LastOrDefault(e => e.Key == "output") is { } written
            && !name.EndsWith("." + settings.Extension, StringComparison.OrdinalIgnoreCase)
        )
            diagnostics.Error(
                written.TextAt,
                DiagnosticCodes.FrontMatterInvalid,
                $"The output '{name}' does not end in '.{settings.Extension}', but the document is written as "
                    + $"{settings.Extension.ToUpperInvariant()}.",
                $"Name it '{Path.GetFileNameWithoutExtension(name)}.{settings.Extension}', or set 'format:' to the "
                    + "format its name says."
            );
        return settings;
    }

    private static FrontMatter Apply(FrontMatter s, FrontMatterEntry entry, Reader r) =>
        entry.Key switch
        {
            "output" => s with { Output = r.Text() },
            "format" => s with
            {
                Format = r.Choice(s.Format, string.Join(" or ", Formats.Select(f => f.Name)), Formats),
            },
            "title" => s with { Title = r.Text() },
            "author" => s with { Author = r.Text() },
            "subject" => s with { Subject = r.Text() },
            "keywords" => s with { Keywords = r.Text() },
            "lang" => s with { Lang = r.Language() ?? s.Lang },
            "page" => s with { Page = r.PageSize() ?? s.Page },
            "orientation" => s with
            {
                Orientation = r.Choice(
                    s.Orientation,
                    "portrait or landscape",
                    ("portrait", PageOrientation.Portrait),
                    ("landscape", PageOrientation.Landscape)
                ),
            },
            "margin" => s with { Margin = r.Margin() ?? s.Margin },
            // An empty header or footer means none, not the theme's.
            "header" => s with { Header = r.PageLine() },
            "footer" => s with { Footer = r.PageLine() },
            "fit" => s with
            {
                Fit = r.Choice(
                    s.Fit,
                    "one-page or each-page",
                    ("one-page", FitMode.OnePage),
                    ("each-page", FitMode.EachPage),
                    ("none", FitMode.None)
                ),
            },
            "fit_floor" => s with { FitFloor = r.Number(0.3f, 1) ?? s.FitFloor },
            "font_size" => s with { FontSize = r.Number(4, 72) ?? s.FontSize },
            "bold_font" => s with
            {
                BoldInHeadingFont = r.Choice(
                    s.BoldInHeadingFont,
                    "heading or body",
                    ("heading", true),
                    ("body", false)
                ),
            },
            "toc_depth" => s with { TocDepth = r.Integer(1, 6) ?? s.TocDepth },
            "justify" => s with { Justify = r.Boolean() ?? s.Justify },
            "n_up" => s with { NUp = r.Integer(1, 32) ?? s.NUp },
            "sheet" => s with { Sheet = r.Sheet() ?? s.Sheet },
            "cut_marks" => s with { CutMarks = r.Boolean() ?? s.CutMarks },
            "duplex" => s with { Flip = r.Duplex() ?? s.Flip, SaysDuplex = true },
            "for_each" => s with
            {
                ForEach = r.Choice(
                    s.ForEach,
                    "framework, story or interview",
                    ("framework", ForEach.Framework),
                    ("story", ForEach.Story),
                    ("interview", ForEach.Interview),
                    ("none", ForEach.None)
                ),
            },
            "changed_output" => s with { ChangedOutput = r.Text() },
            _ => r.Unknown(s),
        };

    /// <summary>One entry's value, read into a type, with the errors worded for it.</summary>
    private sealed class Reader(FrontMatterEntry entry, DiagnosticBag diagnostics)
    {
        private string Value => entry.Text.Trim();

        public string? Text() => Value.Length == 0 ? null : Value;

        /// <summary>A header or footer line, its words in braces checked.</summary>
        public string PageLine()
        {
            PagePlaceholders.Check(Value, entry.TextAt, diagnostics, asTyped: false);
            return Value;
        }

        public T Choice<T>(T unchanged, string expected, params (string Name, T Value)[] choices)
        {
            if (Value.Length == 0)
                return unchanged;
            foreach (var (name, value) in choices)
                if (string.Equals(name, Value, StringComparison.OrdinalIgnoreCase))
                    return value;
            var example = string.Join(
                " or ",
                choices.Where(c => c.Name != "none").Select(c => $"'{entry.Key}: {c.Name}'")
            );
            Error($"'{entry.Key}' must be {expected}, not '{Value}'.", $"Write {example}, or remove the line.");
            return unchanged;
        }

        public string? Language()
        {
            if (Value.Length == 0)
                return null;
            if (Content.Model.LanguageTag.IsValid(Value))
                return Value;
            Error(
                $"'lang' must be a language tag such as en-US, en-GB or de-DE, not '{Value}'.",
                "Write 'lang: en-GB', for example, or remove the line for the profile's language."
            );
            return null;
        }

        public string? PageSize()
        {
            if (Value.Length == 0)
                return null;
            if (PaperSize.Parse(Value) is not null)
                return Value;
            Error(
                $"'{Value}' is not a page size PrepPack knows.",
                $"Use one of {string.Join(", ", PaperSize.Names)}, or a size such as '6in x 4in' or '148mm x 105mm'."
            );
            return null;
        }

        public string? Sheet()
        {
            if (Value.Length == 0)
                return null;
            if (PaperSize.Parse(Value) is not null)
                return Value;
            Error($"'{Value}' is not a sheet size PrepPack knows.", "Use letter or a4.");
            return null;
        }

        public float? Margin()
        {
            if (Value.Length == 0)
                return null;
            if (PaperSize.ParseMargin(Value) is { } points)
                return points;
            // A bare small number is a margin whose unit was left off: the fix keeps the number.
            var bare =
                float.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && number < PaperSize.SmallestBareMargin;
            Error(
                $"'{entry.Key}' must be {PaperSize.MarginExpected}, not '{Value}'.",
                $"Write '{entry.Key}: {(bare ? Value.Trim() + "in" : "0.5in")}'."
            );
            return null;
        }

        public int? Integer(int min, int max)
        {
            if (Value.Length == 0)
                return null;
            if (
                int.TryParse(Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                && number >= min
                && number <= max
            )
                return number;
            Error(
                $"'{entry.Key}' must be a whole number from {min} to {max}, not '{Value}'.",
                $"Write '{entry.Key}: {min}', for example."
            );
            return null;
        }

        public float? Number(float min, float max)
        {
            if (Value.Length == 0)
                return null;
            var text = Value.EndsWith("pt", StringComparison.OrdinalIgnoreCase) ? Value[..^2].TrimEnd() : Value;
            if (
                float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && number >= min
                && number <= max
            )
                return number;
            Error(
                $"'{entry.Key}' must be a number from {min} to {max}, not '{Value}'.",
                $"Write '{entry.Key}: {max}', for example."
            );
            return null;
        }

        /// <summary>long-edge or short-edge; true is the long edge, as most printers turn a sheet.</summary>
        public DuplexEdge? Duplex()
        {
            if (Value.Length == 0)
                return null;
            if (DuplexValue.Parse(Value) is { } edge)
                return edge;
            Error(
                $"'{entry.Key}' must be {DuplexValue.Expected}, not '{Value}'.",
                $"Write '{entry.Key}: long-edge', for example."
            );
            return null;
        }

        public bool? Boolean()
        {
            switch (Value.ToLowerInvariant())
            {
                case "":
                    return null;
                case "true" or "yes" or "on":
                    return true;
                case "false" or "no" or "off":
                    return false;
                default:
                    Error(
                        $"'{entry.Key}' must be true or false, not '{Value}'.",
                        $"Write '{entry.Key}: true' or '{entry.Key}: false'."
                    );
                    return null;
            }
        }

        public FrontMatter Unknown(FrontMatter settings)
        {
            var suggestion = DidYouMean.Closest(entry.Key, Keys);
            diagnostics.Error(
                entry.KeyAt,
                DiagnosticCodes.UnknownField,
                $"'{entry.Key}' is not a field of the front matter.",
                suggestion is not null
                    ? $"Did you mean '{suggestion}'?"
                    : $"The fields of the front matter are: {string.Join(", ", Keys)}."
            );
            return settings;
        }

        private void Error(string message, string hint) =>
            diagnostics.Error(entry.TextAt, DiagnosticCodes.FrontMatterInvalid, message, hint);
    }
}
