using PrepPack.Content.Model;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Readers;

/// <summary>Reads <c>profile.yaml</c>: the candidate and their "tell me about yourself" parts.</summary>
internal static class ProfileReader
{
    public static Profile? Read(string path, DiagnosticBag diagnostics)
    {
        if (YamlFile.LoadMapping(path, diagnostics) is not { } root) return null;
        var m = new MappingReader(root, path, "the profile", diagnostics);
        var profile = new Profile
        {
            File = path,
            Name = m.String("name", required: true) ?? "",
            CurrentRole = m.String("current_role", required: true) ?? "",
            TargetRole = m.String("target_role", required: true) ?? "",
            Updated = m.Parsed("updated", Date, "a date written YYYY-MM-DD, such as 2026-11-20")?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Tmay = ReadTmay(m.Mapping("tmay", "tmay", required: true)),
            WhyCompany = m.TextsByName("why_company").Select(e => new CompanyReason(e.Key, e.Text)).ToList(),
        };
        m.Complete();
        return profile;
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;

    private static TmayScript ReadTmay(MappingReader? m)
    {
        if (m is null) return new TmayScript("", "", [], "");
        var tmay = new TmayScript(
            m.String("present", required: true) ?? "",
            m.String("background", required: true) ?? "",
            m.Items("highlights", "a highlight", ReadHighlight, required: true),
            m.String("looking_ahead", required: true) ?? "");
        m.Complete();
        return tmay;
    }

    private static Highlight? ReadHighlight(MappingReader h)
    {
        var story = h.Reference("story", required: true);
        var says = h.String("says", required: true);
        h.Complete();
        return story is null ? null : new Highlight(story, says ?? "");
    }
}
