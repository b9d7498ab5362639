using PrepPack.Diagnostics;
using PrepPack.Markdown;

namespace PrepPack.Templates;

/// <summary>
/// A template as read before it runs. Its front matter is read as YAML first, so a value the
/// template fills in (<c>author: "{{ profile.name }}"</c>) is a value, never text spliced into
/// YAML: whatever a name holds, the settings stay valid. The settings that decide how it runs
/// (<c>for_each</c>, <c>changed_output</c>, <c>format</c>) are read here, once.
/// </summary>
public sealed class TemplateFile
{
    private TemplateFile(
        string path,
        IReadOnlyList<FrontMatterEntry> entries,
        FrontMatter settings,
        string body,
        IReadOnlyList<Diagnostic> diagnostics
    )
    {
        Path = path;
        Entries = entries;
        Settings = settings;
        Body = body;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    /// <summary>The front matter as written, each value still holding its <c>{{ … }}</c>.</summary>
    public IReadOnlyList<FrontMatterEntry> Entries { get; }

    /// <summary>The settings read before the template runs; the others keep their defaults until it runs.</summary>
    public FrontMatter Settings { get; }

    /// <summary>The text after the front matter, starting with blank lines so its line numbers are the
    /// template's.</summary>
    public string Body { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <param name="files">Where the template is read from: the disk unless a build hands over its snapshot.</param>
    public static TemplateFile Read(string path, Content.IFileSource? files = null)
    {
        var diagnostics = new DiagnosticBag();
        // Read as every user file is, so a pipe, a huge file or bytes that are not UTF-8 are a located error.
        if (Content.UserFile.ReadText(path, diagnostics, files ?? Content.DiskFiles.Instance) is not { } text)
            return new TemplateFile(path, [], new FrontMatter(), "", diagnostics.Sorted());
        var block = FrontMatterBlock.Read(path, text, diagnostics);
        var fixedEntries = block.Entries.Where(e => FrontMatterFields.Fixed.Contains(e.Key)).ToList();
        foreach (var entry in fixedEntries.Where(e => e.Text.Contains("{{")))
            diagnostics.Error(
                entry.TextAt,
                DiagnosticCodes.FrontMatterInvalid,
                $"'{entry.Key}' decides how the template runs, so it is read before the template runs and cannot use "
                    + $"{{{{ … }}}}.",
                $"Write the value itself, such as '{Example(entry.Key)}'."
            );
        var settings = FrontMatterFields.Apply(
            new FrontMatter(),
            fixedEntries.Where(e => !e.Text.Contains("{{")),
            diagnostics
        );
        return new TemplateFile(path, block.Entries, settings, block.Body, diagnostics.Sorted());
    }

    private static string Example(string key) =>
        key switch
        {
            "for_each" => "for_each: framework",
            "format" => "format: docx",
            _ => $"{key}: cards-changed.pdf",
        };
}
