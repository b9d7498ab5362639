namespace PrepPack.Tests.Support;

/// <summary>
/// Redirected input that does something to the files just before it gives one of its lines, as a
/// user who saves the log in an editor, or changes its mode, while a question waits.
/// </summary>
internal sealed class InputThatEdits(TextReader lines, int beforeLine, Action edit) : TextReader
{
    private int _given;

    public override string? ReadLine()
    {
        if (++_given == beforeLine)
            edit();
        return lines.ReadLine();
    }
}
