using PrepPack.Diagnostics;
using PrepPack.Incremental;

namespace PrepPack.Pipeline;

/// <summary>
/// Makes one output so that nothing it meets can stop the others: an unexpected failure becomes
/// an error against that output alone (its template, its file name), and the rest are written.
/// </summary>
internal static class Isolated
{
    public static RenderedOutput Render(TargetRenderer renderer, BuildTarget target, string reason) =>
        Render(() => renderer.Render(target, reason), target, target.Name, reason);

    public static RenderedOutput Render(Func<RenderedOutput> render, BuildTarget target, string name, string reason)
    {
        try
        {
            return render();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var failed = new BuiltOutput
            {
                Name = name,
                Template = target.Template,
                MarkdownName = name,
                Status = OutputStatus.Failed,
                Reason = reason,
            };
            var error = Diagnostic.Error(
                SourceLocation.WholeOf(target.Template),
                DiagnosticCodes.OutputFailed,
                $"'{name}' could not be made: PrepPack met a problem it did not expect ({e.GetType().Name}: "
                    + $"{e.Message}). The other outputs were made.",
                "The previous file, if any, is as it was. Please report this with the story bank that causes it."
            );
            return new RenderedOutput(failed, null, [error], new Dictionary<InputKey, string?>());
        }
    }
}
