using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace PrepPack.Word;

/// <summary>
/// Writes the main document part a block at a time, as the renderer makes each one, instead of
/// building the whole body first: a thousand one-pagers never stand in memory at once. The XML is
/// what the SDK writes when it saves a document: the same writer settings, each block written by
/// the SDK itself.
/// </summary>
internal sealed class WordBodyWriter : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // As OpenXmlPartRootElement.Save sets them: UTF-8 without a byte order mark.
    private static readonly XmlWriterSettings Settings = new() { CloseOutput = true, Encoding = new UTF8Encoding(false) };

    private readonly XmlWriter _xml;

    public WordBodyWriter(MainDocumentPart main)
    {
        _xml = XmlWriter.Create(main.GetStream(FileMode.Create), Settings);
        _xml.WriteStartElement("w", "document", Main);
        _xml.WriteStartElement("w", "body", Main);
    }

    public void Write(OpenXmlElement block) => block.WriteTo(_xml);

    /// <summary>Closes the body and the document, and with them the part.</summary>
    public void Dispose()
    {
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Dispose();
    }
}
