using PrepPack.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Content.Yaml;

/// <summary>Parses one YAML file into a node tree that keeps line and column of every key and value.</summary>
internal static class YamlFile
{
    /// <summary>The root mapping of the file, or null after reporting why there is none.</summary>
    /// <param name="firstFields">What the file starts with, for the message about an empty file: "'id: …' and 'title:
    /// …'".
    /// Each kind of file says its own, so a question or a log is never given a story's advice.</param>
    /// <param name="start">How to start such a file, as the hint of that message.</param>
    /// <param name="files">Where the bytes come from: the disk, or a build's snapshot of its inputs.</param>
    public static YamlMappingNode? LoadMapping(
        string path,
        DiagnosticBag diagnostics,
        IFileSource files,
        string firstFields,
        string start
    ) =>
        UserFile.ReadText(path, diagnostics, files) is { } text
            ? ParseMapping(path, text, diagnostics, firstFields, start)
            : null;

    public const string StoryFields = "'id: …' and 'title: …'";
    public const string StoryStart =
        "Start the file with 'id: ' followed by the name of the file without '.yaml', then 'title:'; "
        + "'preppack init' in an empty folder shows a whole story.";
    public const string QuestionFields = "'id: …', 'ask: …' and 'primary: …'";
    public const string QuestionStart =
        "Start the file with 'id: ' followed by the name of the file without '.yaml', then 'ask:' with the question "
        + "and 'primary:' with the story that answers it.";
    public const string LogFields = "'answers:'";
    public const string LogStart =
        "Start the file with 'answers:' on a line of its own; or move the file away, and 'preppack practice' starts a "
        + "new log.";

    public static YamlMappingNode? ParseMapping(
        string path,
        string text,
        DiagnosticBag diagnostics,
        string firstFields,
        string start
    )
    {
        if (UserFile.IsOnlyNul(text))
        {
            diagnostics.Error(
                SourceLocation.StartOf(path),
                DiagnosticCodes.WrongType,
                $"The file holds only NUL bytes, no text, as a file can after a crash or an interrupted copy; it "
                    + $"should hold fields such as {firstFields}, one per line.",
                "Restore it from a backup or your synced folder's history if you have one. " + start
            );
            return null;
        }
        var errors = new List<Diagnostic>();
        var (stream, stop, _) = Attempt(path, text, errors);
        if (stream is null)
        {
            // One mistake should not hide the next: the rest of the file is read again on its own.
            YamlRecovery.Continue(path, text, stop, errors);
            diagnostics.AddRange(errors);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at =
                stream.Documents.Count == 0
                    ? SourceLocation.StartOf(path)
                    : Positions.At(path, stream.Documents[0].RootNode.Start);
            diagnostics.Error(
                at,
                DiagnosticCodes.WrongType,
                $"The file should hold fields such as {firstFields}, one per line, but it holds none.",
                start
            );
            return null;
        }
        TextKeptCheck.Run(path, text, diagnostics);
        return root;
    }

    /// <summary>
    /// One reading of the text: the stream, or null after adding to <paramref name="errors"/> why there is none, with
    /// the last line the mistake reaches (what follows it is independent of it) and whether the text after it can be
    /// read on its own (false for an alias of an anchor that was cut away).
    /// </summary>
    internal static (YamlStream? Stream, int Stop, bool Trusted) Attempt(
        string path,
        string text,
        List<Diagnostic> errors
    )
    {
        var stream = new YamlStream();
        var parser = new CheckedParser(new Parser(new StringReader(text)));
        void Error(SourceLocation at, string message, string? hint, string code = DiagnosticCodes.YamlSyntax) =>
            errors.Add(Diagnostic.Error(at, code, message, hint));
        try
        {
            stream.Load(parser);
            return (stream, 0, true);
        }
        catch (YamlException e) when (Causes(text, e) is { Count: > 0 } causes)
        {
            // The mistake itself, found in the text, instead of where and how the parser stumbled over it.
            foreach (var cause in causes)
                Error(new SourceLocation(path, cause.Line, cause.Column), cause.Message, cause.Hint);
            return (null, Math.Max((int)e.Start.Line, causes.Max(c => c.Line)), e is not AnchorNotFoundException);
        }
        catch (YamlException e)
            when (parser.OpenFlow is { } open && e.Message.Contains("flow", StringComparison.OrdinalIgnoreCase))
        {
            // YamlDotNet points past the end of an unclosed '[' or '{'; the user needs the bracket.
            Error(
                Positions.At(path, open),
                "This '[' or '{' is never closed, or its items are not separated by ', '.",
                "Close every '[' with ']' and every '{' with '}', or put text that starts with them in quotes."
            );
            // The bracket was meant to close on its own line; the lines the parser swallowed after it are read again.
            return (null, (int)open.Line, true);
        }
        catch (YamlException e)
        {
            var tab = YamlMessages.IsAboutTabs(e) ? FirstTabIndent(text) : null;
            var at = tab is { } t
                ? new SourceLocation(path, t.Line, t.Column)
                : Positions.Between(path, e.Start, e.End);
            Error(at, $"This is not valid YAML: {YamlMessages.Explain(e)}", YamlMessages.HintFor(e));
            return (null, Math.Max(at.Line, (int)e.Start.Line), e is not AnchorNotFoundException);
        }
        catch (CheckedParser.Refused e)
        {
            Error(Positions.At(path, e.At), e.Message, e.Hint, e.Code);
            return (null, (int)e.At.Line, true);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            if (
                YamlCauses.Find(text) is { Count: > 0 } causes
                && (parser.OpenFlow ?? parser.Last) is { } reached
                && causes[0].Line >= reached.Line
            )
            {
                // A cause on the line where the parser stopped (a ' #' that hid a closing bracket) explains it.
                var shown = causes.Where(c => c.Line >= reached.Line).ToList();
                foreach (var cause in shown)
                    Error(new SourceLocation(path, cause.Line, cause.Column), cause.Message, cause.Hint);
                return (null, shown.Max(c => c.Line), true);
            }
            // YamlDotNet throws these, without a position, for a '[' or '{' that is never closed.
            var open = parser.OpenFlow;
            var at = open ?? parser.Last;
            Error(
                at is { } mark ? Positions.At(path, mark) : SourceLocation.StartOf(path),
                open is null
                    ? "This is not valid YAML: the file ends in the middle of a value."
                    : "This '[' or '{' is never closed.",
                "Close every '[' with ']' and every '{' with '}', or put text that starts with them in quotes."
            );
            return (null, at is { } m ? (int)m.Line : int.MaxValue, true);
        }
    }

    /// <summary>The mistakes in the text up to where the parser stopped; a tab wherever it is, when the parser's
    /// complaint is about tabs.</summary>
    private static List<YamlCause> Causes(string text, YamlException e) =>
        YamlCauses.Find(text).Where(c => c.Line <= e.Start.Line || c.IsTab && YamlMessages.IsAboutTabs(e)).ToList();

    /// <summary>YamlDotNet places a tab error at the start of the node it was reading; the user needs the tab
    /// itself.</summary>
    private static (int Line, int Column)? FirstTabIndent(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
                return (i + 1, tab + 1);
        }
        return null;
    }
}
