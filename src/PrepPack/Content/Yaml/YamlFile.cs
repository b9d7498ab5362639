using PrepPack.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Content.Yaml;

/// <summary>Parses one YAML file into a node tree that keeps line and column of every key and value.</summary>
internal static class YamlFile
{
    /// <summary>The root mapping of the file, or null after reporting why there is none.</summary>
    public static YamlMappingNode? LoadMapping(string path, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.WholeOf(path), DiagnosticCodes.FileUnreadable,
                $"The file could not be read: {e.Message}", "Check that the file exists and that you may read it.");
            return null;
        }
        return ParseMapping(path, text, diagnostics);
    }

    public static YamlMappingNode? ParseMapping(string path, string text, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Error(Positions.At(path, e.Start), DiagnosticCodes.YamlSyntax,
                $"This is not valid YAML: {YamlMessages.Explain(e)}", YamlMessages.HintFor(e));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count == 0 ? SourceLocation.StartOf(path) : Positions.At(path, stream.Documents[0].RootNode.Start);
            diagnostics.Error(at, DiagnosticCodes.WrongType,
                "The file should hold fields such as 'id: …' and 'title: …', one per line, but it holds none.",
                "Start the file with 'id: ' followed by the name of the file without '.yaml'.");
            return null;
        }
        return root;
    }
}
