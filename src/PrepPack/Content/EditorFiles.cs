namespace PrepPack.Content;

/// <summary>
/// Files editors and file managers make for themselves beside the file the user edits: lock files,
/// swap files, backups, atomic-save temporaries. They are not the user's content, so build, check
/// and watch pass over them; an Emacs lock (.#story.yaml, a link to nothing) would otherwise stop a
/// build while a buffer is unsaved. The one rule every listing of content and templates uses.
/// </summary>
public static class EditorFiles
{
    /// <summary>Whether the file at <paramref name="path"/> is an editor's own, by its name alone.</summary>
    public static bool Holds(string path)
    {
        var name = Path.GetFileName(path.TrimEnd('/', '\\'));
        if (name.Length == 0)
            return false;
        return name.StartsWith(".#", StringComparison.Ordinal) // Emacs lock
            || (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#')) // Emacs autosave
            || name.EndsWith('~') // Emacs, gedit, nano backups
            || (name.StartsWith('.') && IsVimSwap(name)) // Vim swap
            || name == "4913" // Vim's probe for a writable folder
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) // atomic saves (VS Code, JetBrains, ours)
            || name.StartsWith("~$", StringComparison.Ordinal) // Office locks
            || name.Equals(".DS_Store", StringComparison.OrdinalIgnoreCase) // macOS Finder
            || name.StartsWith("._", StringComparison.Ordinal) // macOS resource forks on USB drives, shares, zips
            || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase) // Windows Explorer
            || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase);
    }

    // .story.yaml.swp, then .swo, .swn… as Vim counts down when several are open; .swx is its probe.
    private static bool IsVimSwap(string name)
    {
        var extension = Path.GetExtension(name);
        return extension.Length == 4
            && extension.StartsWith(".sw", StringComparison.OrdinalIgnoreCase)
            && char.IsAsciiLetter(extension[3]);
    }
}
