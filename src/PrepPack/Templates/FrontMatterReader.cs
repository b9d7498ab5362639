using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;
using PrepPack.Theming;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Templates;

/// <summary>Reads the YAML between the opening "---" lines of a rendered document.</summary>
public static class FrontMatterReader
{
    /// <summary>Splits off the front matter; the body keeps its line numbers by starting with blank lines.</summary>
    public static (FrontMatter Settings, string Body) Read(string path, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return (new FrontMatter(), text);
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            diagnostics.Error(new SourceLocation(path, 1, 1), DiagnosticCodes.FrontMatterInvalid,
                "The front matter that starts on line 1 has no closing '---' line.", "Add a line with just '---' after the settings.");
            return (new FrontMatter(), text);
        }
        // Leading blank lines keep YAML line numbers equal to the document's.
        var yaml = "\n" + string.Join("\n", lines[1..end]);
        var body = new string('\n', end + 1) + string.Join("\n", lines[(end + 1)..]);
        var root = yaml.Trim().Length == 0 ? new YamlMappingNode() : YamlFile.ParseMapping(path, yaml, diagnostics);
        if (root is null) return (new FrontMatter { EndLine = end + 1 }, body);
        return (ReadSettings(new MappingReader(root, path, "the front matter", diagnostics), end + 1), body);
    }

    private static FrontMatter ReadSettings(MappingReader m, int endLine)
    {
        var settings = new FrontMatter
        {
            EndLine = endLine,
            Output = m.String("output"),
            Format = m.String("format")?.ToLowerInvariant() ?? "pdf",
            Title = m.String("title"),
            Author = m.String("author"),
            Subject = m.String("subject"),
            Keywords = m.String("keywords"),
            Page = m.String("page"),
            Orientation = m.String("orientation")?.ToLowerInvariant(),
            Margin = m.Length("margin"),
            Header = m.String("header"),
            Footer = m.Has("footer") ? m.String("footer") ?? "" : null,
            Fit = m.String("fit"),
            TocDepth = m.Integer("toc_depth", 1, 6) ?? 2,
            Justify = m.Has("justify") ? m.Boolean("justify") : null,
            ForEach = m.String("for_each"),
            ChangedOutput = m.String("changed_output"),
            NUp = m.Integer("n_up", 1, 32) ?? 1,
            Sheet = m.String("sheet") ?? "letter",
            CutMarks = !m.Has("cut_marks") || m.Boolean("cut_marks"),
            Duplex = m.Boolean("duplex"),
        };
        if (PaperSize.Parse(settings.Sheet) is null)
            m.Diagnostics.Error(m.ValueLocationOf("sheet"), DiagnosticCodes.FrontMatterInvalid,
                $"'{settings.Sheet}' is not a sheet size PrepPack knows.", "Use letter or a4.");
        if (settings.Page is { } page && PaperSize.Parse(page) is null)
            m.Diagnostics.Error(m.ValueLocationOf("page"), DiagnosticCodes.FrontMatterInvalid,
                $"'{page}' is not a page size PrepPack knows.",
                $"Use one of {string.Join(", ", PaperSize.Names)}, or a size such as '6in x 4in' or '148mm x 105mm'.");
        if (settings.Orientation is { } o && o is not ("portrait" or "landscape"))
            m.Diagnostics.Error(m.ValueLocationOf("orientation"), DiagnosticCodes.FrontMatterInvalid,
                $"'orientation' must be portrait or landscape, not '{o}'.", "Write 'orientation: portrait' or 'orientation: landscape'.");
        if (settings.Fit is { } fit && !settings.FitsOnePage)
            m.Diagnostics.Error(m.ValueLocationOf("fit"), DiagnosticCodes.FrontMatterInvalid,
                $"'fit' can only be one-page, not '{fit}'.", "Write 'fit: one-page' or remove the line.");
        if (settings.Format is not ("pdf" or "docx"))
            m.Diagnostics.Error(m.ValueLocationOf("format"), DiagnosticCodes.FrontMatterInvalid,
                $"'format' must be pdf or docx, not '{settings.Format}'.", "Write 'format: pdf' or 'format: docx'.");
        m.Complete();
        return settings;
    }
}
