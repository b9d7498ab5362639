using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace PrepPack.Templates.Model;

/// <summary>
/// A short hash of a value a template read, made from its contents (strings, numbers, lists and
/// what a template can read of an object), so the next build can tell whether that value changed.
/// </summary>
public static class Fingerprint
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Append(text, value, depth: 0);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static void Append(StringBuilder text, object? value, int depth)
    {
        switch (value)
        {
            case null:
                text.Append('∅');
                break;
            case string s:
                text.Append('"').Append(s.Replace("\"", "\\\"")).Append('"');
                break;
            case IFormattable f:
                text.Append(f.ToString(null, CultureInfo.InvariantCulture));
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            // A story named from elsewhere (a principle's primary) is the story by its id; its fields count where they
            // are read.
            case StoryView story:
                text.Append("story:").Append(story.Id);
                break;
            // A tuple (the model's own summary of a choice) by its items, in order: no member names to find.
            case ITuple tuple:
                text.Append('(');
                for (var i = 0; i < tuple.Length; i++)
                {
                    Append(text, tuple[i], depth + 1);
                    text.Append('|');
                }
                text.Append(')');
                break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Append(text, item, depth + 1);
                    text.Append('|');
                }
                text.Append(']');
                break;
            default:
                if (depth > 8)
                {
                    text.Append('…');
                    break;
                }
                text.Append('{');
                foreach (var (name, member) in TemplateMembers.Of(value))
                {
                    text.Append(name).Append('=');
                    Append(text, member, depth + 1);
                    text.Append(';');
                }
                text.Append('}');
                break;
        }
    }
}
