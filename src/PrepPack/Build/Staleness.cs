namespace PrepPack.Build;

/// <summary>Whether an output must be made again, and in plain words why.</summary>
internal static class Staleness
{
    /// <summary>Null when the output is up to date; otherwise the reason to rebuild it.</summary>
    public static string? Reason(OutputRecord? record, string outputFolder, FileHashes hashes)
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
            var now = hashes.Of(input);
            if (now != hash) return now == FileHashes.Missing ? $"{Display(input)} was removed" : $"{Display(input)} changed";
        }
        if (FileHashes.Of(File.ReadAllBytes(file)) != record.Hash) return $"{record.Output} was changed outside PrepPack";
        return null;
    }

    /// <summary>A path as the user typed it: relative to where they are, when it is below there.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
        return Directory.Exists(path) ? $"the list of files in {shown}" : shown;
    }
}
