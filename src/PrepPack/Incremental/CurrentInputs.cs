using PrepPack.IO;

namespace PrepPack.Incremental;

/// <summary>
/// What each input is now, in the form the manifest records it: a file's hash, a value's
/// fingerprint, the tool's version, the source date. A rebuild compares this with the record.
/// </summary>
/// <param name="values">A value's fingerprint now, as the pack model gives it (a story's card, the
/// order of the stories), or null when it is gone.</param>
internal sealed class CurrentInputs(InputSnapshot files, Func<InputKey, string?> values, DateTime? sourceDate)
{
    /// <summary>Inputs of every output, whatever its template read.</summary>
    private static readonly InputKey[] EveryOutput = [InputKey.Tool, InputKey.SourceDate];

    /// <summary>Null when the input no longer exists, or is one this PrepPack does not know.</summary>
    public string? Of(InputKey key) =>
        key.Kind switch
        {
            InputKind.Unknown => null,
            InputKind.Tool => Inputs.ToolVersion,
            InputKind.SourceDate => SourceDateEpoch.Text(sourceDate),
            InputKind.File => files.Hash(key.File),
            _ => values(key),
        };

    /// <summary>The inputs to record for an output: values with the fingerprint taken when the
    /// template read them, files with their hash, and the inputs every output has.</summary>
    public Dictionary<InputKey, string> Record(IReadOnlyDictionary<InputKey, string?> read)
    {
        var inputs = read.ToDictionary(i => i.Key, i => i.Value ?? Of(i.Key) ?? FileHashes.Missing);
        foreach (var key in EveryOutput)
            inputs[key] = Of(key)!;
        return inputs;
    }
}
