using System.Reflection;
using System.Text;

namespace PrepPack.Templates;

/// <summary>
/// The names templates use for C# members: snake_case, as in the YAML files, with digits
/// starting a word of their own (Action1 is action_1, as the card's YAML field).
/// </summary>
public static class TemplateNames
{
    public static string Rename(MemberInfo member) => SnakeCase(member.Name);

    public static string SnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord =
                i > 0
                && (char.IsUpper(c) && !char.IsUpper(name[i - 1]) || char.IsDigit(c) && !char.IsDigit(name[i - 1]));
            if (startsWord)
                result.Append('_');
            result.Append(char.ToLowerInvariant(c));
        }
        return result.ToString();
    }
}
