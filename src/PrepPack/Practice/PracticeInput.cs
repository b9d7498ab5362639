namespace PrepPack.Practice;

/// <summary>
/// The drill's lines of input, counted so a bad one can be named, and read so that Ctrl+C stops
/// the wait at once instead of after the next Enter.
/// </summary>
internal sealed class PracticeInput(TextReader reader)
{
    /// <summary>How many lines have been read: the number of the last one.</summary>
    public int Line { get; private set; }

    /// <summary>The next line, or null at the end of the input.</summary>
    public async Task<string?> ReadLine(CancellationToken cancel)
    {
        var line = await Task.Run(reader.ReadLine, CancellationToken.None).WaitAsync(cancel);
        if (line is not null)
            Line++;
        return line;
    }
}
