using PrepPack.Diagnostics;
using PrepPack.IO;

namespace PrepPack.Templates;

/// <summary>
/// The templates, theme and fonts folder that come with PrepPack, as a folder beside the program
/// (the repository's <c>templates/</c>, copied there when PrepPack is built or installed). It is
/// read like any templates folder, so a build reads nothing outside it; only its place is special.
/// </summary>
public static class BuiltInTemplates
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "templates");

    public static bool Exists => Directory.Exists(Folder);

    /// <summary>Whether a path names the built-in folder or a file in it, however it was written.</summary>
    public static bool Holds(string path) =>
        path.Length > 0
        && (Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar).StartsWith(
            Path.TrimEndingDirectorySeparator(Folder) + Path.DirectorySeparatorChar,
            StringComparison.Ordinal
        );

    /// <summary>Every file of the set, as paths inside it ('cards.sbn', 'fonts/README.md'), in a stable
    /// order.</summary>
    public static IReadOnlyList<string> Files =>
        Exists
            ? Directory
                .EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Folder, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>"built-in cards.sbn" for a file of the set ("built-in templates" for the folder), so a
    /// message does not print the folder PrepPack is installed in; null for any other path.</summary>
    public static string? Display(string path)
    {
        if (!Holds(path))
            return null;
        var inside = Path.GetRelativePath(Folder, Path.GetFullPath(path)).Replace(Path.DirectorySeparatorChar, '/');
        return inside == "." ? "built-in templates" : "built-in " + inside;
    }

    /// <summary>Copies the set into <paramref name="folder"/> for editing (<c>preppack templates</c>),
    /// writing over nothing; returns the files written, or none after reporting why.</summary>
    public static IReadOnlyList<string> CopyTo(string folder, DiagnosticBag diagnostics)
    {
        if (!Exists)
        {
            diagnostics.Error(
                SourceLocation.WholeOf(Folder),
                DiagnosticCodes.NoTemplates,
                "PrepPack's built-in templates are missing from the folder it runs from.",
                "Install PrepPack again, or copy the templates folder of its repository."
            );
            return [];
        }
        var files = new NewFiles(folder, "--out DIR");
        foreach (var file in Files)
            files.Add(file, File.ReadAllBytes(Path.Combine(Folder, file)));
        return files.Write(
            $"To copy them afresh, delete or rename the folder {folder} first; or copy them into another folder with "
                + "--out DIR.",
            diagnostics
        );
    }
}
