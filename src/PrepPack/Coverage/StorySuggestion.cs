namespace PrepPack.Coverage;

/// <summary>Stories to consider for a principle, said as one phrase ("'a' and 'b' show Meta's 'People growth'"), and
/// how many stories it names.</summary>
public sealed record StorySuggestion(string Text, int Stories)
{
    public static readonly StorySuggestion None = new("", 0);
}
