using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Build;

/// <summary>
/// For a template with <c>changed_output: cards-changed.pdf</c>: the same document made from
/// only the stories whose files changed since the last build, so the candidate reprints just
/// those cards. There is no such file when nothing changed, or on the first build.
/// </summary>
internal static class ChangedCards
{
    public static IEnumerable<BuiltOutput> Make(IReadOnlyList<BuildTarget> targets, StoryBank bank, Manifest previous, FileHashes hashes,
        TargetRenderer renderer, OutputWriter writer, DiagnosticBag diagnostics)
    {
        foreach (var target in targets.Where(t => t.ChangedOutput is not null))
        {
            var name = target.ChangedOutput!;
            var changed = previous.Content.Count == 0
                ? []
                : bank.Stories.Where(s => previous.Content.GetValueOrDefault(s.File) != hashes.Of(s.File)).ToList();
            if (changed.Count == 0)
            {
                if (writer.Remove(name, Path.GetFileNameWithoutExtension(name)))
                    yield return new BuiltOutput
                    {
                        Name = name, Template = target.Template, MarkdownName = Path.GetFileNameWithoutExtension(name),
                        Status = OutputStatus.Removed, Reason = "no story changed since the last build",
                    };
                continue;
            }
            var reason = string.Join(", ", changed.Select(s => Staleness.Display(s.File))) + " changed";
            var made = Isolated.Render(() => renderer.Render(target, reason, bank with { Stories = changed }, name), target, name, reason);
            diagnostics.AddRange(made.Diagnostics);
            yield return writer.Write(made);
        }
    }
}
