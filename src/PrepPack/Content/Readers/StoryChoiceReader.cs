using PrepPack.Content.Model;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Readers;

/// <summary>
/// Reads a story chosen for a principle or a question: <c>backup: forecast-slip</c>, or, to mark
/// it weak, <c>backup: {story: forecast-slip, weak: "needs a number"}</c>.
/// </summary>
internal static class StoryChoiceReader
{
    private static readonly string[] YesOrNo = ["true", "false", "yes", "no", "on", "off"];

    public static StoryChoice? Read(MappingReader owner, string key, string what, bool required = false)
    {
        var (line, fields) = owner.LineOrFields(
            key,
            what,
            $"the id of one story, or 'story:' and 'weak:' indented below '{key}:'",
            required
        );
        if (line is not null)
            return new StoryChoice(line);
        if (fields is null)
            return null;

        var story = fields.Reference("story", required: true);
        var weak = fields.String("weak");
        if (weak is not null && YesOrNo.Contains(weak, StringComparer.OrdinalIgnoreCase))
        {
            // A bare "true" says nothing about what to improve, which is the point of marking it.
            fields.Diagnostics.Error(
                fields.ValueLocationOf("weak"),
                DiagnosticCodes.WrongType,
                $"'weak' in {what} should say what would make the story stronger, not '{weak}'.",
                "Write the note, such as 'weak: needs a number', or remove the line if the story is not weak."
            );
            weak = null;
        }
        fields.Complete();
        return story is null ? null : new StoryChoice(story, weak);
    }
}
