using PrepPack.IO;

namespace PrepPack.Incremental;

/// <summary>
/// One thing an output was made from, recorded in the manifest with its hash or fingerprint. The
/// manifest keeps it as text, "kind:file#part" (<c>story:content/stories/x.yaml#Card</c>,
/// <c>file:content/profile.yaml</c>, <c>preppack</c>); <see cref="Parse"/> is the one place that reads
/// that text back, and text it cannot read becomes an <see cref="InputKind.Unknown"/> key, whose
/// output is made again, rather than an error.
/// </summary>
/// <param name="File">The file or folder it comes from; empty for the tool, the source date and the interview; the
/// unreadable text itself for <see cref="InputKind.Unknown"/>.</param>
/// <param name="Part">For <see cref="InputKind.Story"/>, which value (a <see cref="StoryView"/> property); for
/// <see cref="InputKind.OnePage"/>, which list (<c>matrix_stories</c>); otherwise null.</param>
public sealed record InputKey(InputKind Kind, string File = "", string? Part = null) : IComparable<InputKey>
{
    public static InputKey Tool { get; } = new(InputKind.Tool);
    public static InputKey SourceDate { get; } = new(InputKind.SourceDate);
    public static InputKey Interview { get; } = new(InputKind.Interview);

    public static InputKey OfFile(string path) => new(InputKind.File, path);

    public static InputKey OfStory(string file, string value) => new(InputKind.Story, file, value);

    // The manifest's names: fixed here, so renaming a kind in code leaves old manifests readable.
    private static string Name(InputKind kind) =>
        kind switch
        {
            InputKind.Tool => "preppack",
            InputKind.SourceDate => "source-date",
            InputKind.File => "file",
            InputKind.Story => "story",
            InputKind.FrameworkChoices => "framework-choices",
            InputKind.StoryOrder => "story-order",
            InputKind.Flagship => "flagship",
            InputKind.Failures => "failures",
            InputKind.Themes => "themes",
            InputKind.Lesson => "lesson",
            InputKind.OnePage => "one-page",
            InputKind.Readiness => "readiness",
            InputKind.Interview => "interview",
            _ => "",
        };

    private static readonly Dictionary<string, InputKind> Kinds = Enum.GetValues<InputKind>()
        .Where(k => k != InputKind.Unknown)
        .ToDictionary(Name, StringComparer.Ordinal);

    private static bool HasFile(InputKind kind) =>
        kind is not (InputKind.Tool or InputKind.SourceDate or InputKind.Interview);

    private static bool HasPart(InputKind kind) => kind is InputKind.Story or InputKind.OnePage;

    /// <summary>The key as the manifest writes it.</summary>
    public string Format() =>
        Kind switch
        {
            InputKind.Unknown => File,
            _ when !HasFile(Kind) => Name(Kind),
            _ when HasPart(Kind) => $"{Name(Kind)}:{File}#{Part}",
            _ => $"{Name(Kind)}:{File}",
        };

    /// <summary>A key from the manifest's text; never throws.</summary>
    public static InputKey Parse(string text)
    {
        var unknown = new InputKey(InputKind.Unknown, text);
        var colon = text.IndexOf(':');
        if (!Kinds.TryGetValue(colon < 0 ? text : text[..colon], out var kind))
            return unknown;
        if (!HasFile(kind))
            return colon < 0 ? new InputKey(kind) : unknown;
        var rest = colon < 0 ? "" : text[(colon + 1)..];
        if (rest.Length == 0)
            return unknown;
        if (!HasPart(kind))
            return new InputKey(kind, rest);
        // A file name may hold '#'; a value's name never does, so the last one splits them.
        var hash = rest.LastIndexOf('#');
        return hash > 0 && hash < rest.Length - 1 ? new InputKey(kind, rest[..hash], rest[(hash + 1)..]) : unknown;
    }

    public int CompareTo(InputKey? other)
    {
        if (other is null)
            return 1;
        var byKind = Kind.CompareTo(other.Kind);
        if (byKind != 0)
            return byKind;
        var byFile = string.CompareOrdinal(File, other.File);
        return byFile != 0 ? byFile : string.CompareOrdinal(Part, other.Part);
    }

    public override string ToString() => Format();
}
