using PrepPack.Content.Model;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Readers;

/// <summary>Reads <c>profile.yaml</c>: the candidate and their "tell me about yourself" parts.</summary>
internal static class ProfileReader
{
    public const string What = "the profile";

    public static Profile? Read(string path, DiagnosticBag diagnostics, IFileSource files) =>
        YamlFile.LoadMapping(
            path,
            diagnostics,
            files,
            "'name: …', 'current_role: …' and 'target_role: …'",
            "Start the file with 'name: ' and your name, or run 'preppack init' in an empty folder to see a whole "
                + "profile."
        )
            is { } root
            ? Read(new MappingReader(root, path, What, diagnostics))
            : null;

    /// <summary>Reads the profile's fields; on a describing reader, notes them for the editor schema.</summary>
    public static Profile Read(MappingReader m)
    {
        var profile = new Profile
        {
            File = m.File,
            Name = m.String("name", required: true) ?? "",
            CurrentRole = m.String("current_role", required: true) ?? "",
            TargetRole = m.String("target_role", required: true) ?? "",
            Updated = m.Parsed("updated", Date, "a date written YYYY-MM-DD, such as 2026-11-20", @"^\d{4}-\d{2}-\d{2}$")
                ?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Language = (
                m.Parsed(
                    "language",
                    LanguageTag.Parse,
                    "a language tag such as en-GB, en-US or de-DE",
                    LanguageTag.Pattern
                ) ?? LanguageTag.Default
            ).Value,
            Tmay = ReadTmay(m.Mapping("tmay", "tmay", required: true)),
            WhyCompany = m.TextsByName("why_company").Select(e => new CompanyReason(e.Key, e.Text)).ToList(),
            Practice = ReadPractice(m.Mapping("practice", "practice")),
        };
        m.Complete();
        return profile;
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(
            text.Trim(),
            "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None,
            out var date
        )
            ? date
            : null;

    private static TmayScript ReadTmay(MappingReader? m)
    {
        if (m is null)
            return new TmayScript("", "", [], "");
        var tmay = new TmayScript(
            m.String("present", required: true) ?? "",
            m.String("background", required: true) ?? "",
            m.Items("highlights", "a highlight", ReadHighlight, required: true),
            m.String("looking_ahead", required: true) ?? ""
        );
        m.Complete();
        return tmay;
    }

    /// <summary>The longest budget the profile may set: ten minutes, far past any answer.</summary>
    private const int MostSeconds = 600;

    private static PracticeBudgets ReadPractice(MappingReader? m)
    {
        var d = new PracticeBudgets();
        if (m is null)
            return d;
        var budgets = new PracticeBudgets
        {
            Setup = m.Integer("situation_and_task", 1, MostSeconds) ?? d.Setup,
            ActionLeast = m.Integer("action_at_least", 0, MostSeconds) ?? d.ActionLeast,
            Action = m.Integer("action", 1, MostSeconds) ?? d.Action,
            Result = m.Integer("result", 1, MostSeconds) ?? d.Result,
            Whole = m.Integer("whole", 1, MostSeconds) ?? d.Whole,
        };
        m.Complete();
        return budgets;
    }

    private static Highlight? ReadHighlight(MappingReader h)
    {
        var story = h.Reference("story", required: true);
        var says = h.String("says", required: true);
        h.Complete();
        return story is null ? null : new Highlight(story, says ?? "");
    }
}
