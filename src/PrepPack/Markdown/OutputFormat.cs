namespace PrepPack.Markdown;

/// <summary>The kind of file a document becomes (<c>format:</c>).</summary>
public enum OutputFormat
{
    Pdf,
    Docx,
}
