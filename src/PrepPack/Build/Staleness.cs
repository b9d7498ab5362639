namespace PrepPack.Build;

/// <summary>Whether an output must be made again, and in plain words why.</summary>
internal static class Staleness
{
    /// <summary>Null when the output is up to date; otherwise the reason to rebuild it.</summary>
    /// <param name="current">What a value read by a template ("file#card") is now.</param>
    public static string? Reason(OutputRecord? record, string outputFolder, FileHashes hashes, Func<string, string?> current)
    {
        if (record is null) return "it is new";
        var file = Path.Combine(outputFolder, record.Output);
        if (!File.Exists(file)) return $"{record.Output} is missing";
        foreach (var (input, hash) in record.Inputs)
        {
            if (input == Inputs.Tool)
            {
                if (hash != Inputs.ToolVersion) return "PrepPack itself changed";
                continue;
            }
            var cut = input.LastIndexOf('#');
            if (cut > 0)
            {
                var value = current(input);
                if (value != hash) return value is null ? $"{Display(input[..cut])} was removed" : Changed(input[..cut], input[(cut + 1)..]);
                continue;
            }
            var now = hashes.Of(input);
            if (now != hash) return now == FileHashes.Missing ? $"{Display(input)} was removed" : $"{Display(input)} changed";
        }
        // The same size and date as the last build left it: as make does, take it as untouched.
        var info = new FileInfo(file);
        if (info.Length == record.Length && info.LastWriteTimeUtc == record.Written) return null;
        if (FileHashes.Of(File.ReadAllBytes(file)) != record.Hash) return $"{record.Output} was changed outside PrepPack";
        return null;
    }

    /// <summary>"content/stories/x.yaml changed (its card)", or for the list: "the order of the stories changed".</summary>
    private static string Changed(string file, string what) => what switch
    {
        "order" => "the list or order of the stories changed",
        "flagship" => "the flagship story changed",
        "failures" => "the failure stories changed",
        "themes" => "which story to tell for a theme changed",
        "lesson" => "the lesson for the notepad changed",
        "view" => $"the stories chosen for {Display(file)} changed",
        _ => $"{Display(file)} changed ({Templates.TemplateNames.SnakeCase(what)})",
    };

    /// <summary>A path as the user typed it: relative to where they are, when it is below there.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
        return Directory.Exists(path) ? $"the list of files in {shown}" : shown;
    }
}
