using PrepPack.Markdown;

namespace PrepPack.Pipeline;

/// <summary>The document writers of a build, one for each <see cref="OutputFormat"/>, chosen by the front
/// matter's <c>format:</c>.</summary>
internal sealed class DocumentWriters
{
    private readonly Dictionary<OutputFormat, IDocumentWriter> _byFormat;

    public DocumentWriters(params IEnumerable<IDocumentWriter> writers)
    {
        _byFormat = writers.ToDictionary(w => w.Format);
        var missing = Enum.GetValues<OutputFormat>().Where(f => !_byFormat.ContainsKey(f)).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"No document writer for {string.Join(", ", missing)}.", nameof(writers));
    }

    public IDocumentWriter For(OutputFormat format) => _byFormat[format];
}
