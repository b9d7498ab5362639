using PrepPack.Content;
using PrepPack.Templates;
using PrepPack.Templates.Model;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Templates;

/// <summary>What templates see of coverage: each principle's status, reason, stories and weak notes, under snake_case
/// names.</summary>
public class CoverageModelTests
{
    private static PackModel Model() =>
        new(StoryBankLoader.Load(Path.Combine(RepoPaths.Fixtures, "CoverageBank")).Bank!, new(), "");

    private static string Render(string body)
    {
        using var folder = new TempFolder();
        TempFolder.CopyInto(RepoPaths.Templates, folder.Path);
        var path = folder.Combine("probe.sbn");
        File.WriteAllText(path, "---\ntitle: Probe\n---\n" + body);
        var rendered = TemplateRenderer.Render(TemplateFile.Read(path), Model());
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        return rendered.Body!;
    }

    [Fact]
    public void Each_principle_shows_its_status_reason_by_title_weak_notes_and_whether_prepPack_picked_its_stories()
    {
        var body = Render(
            "{{ for p in (frameworks | array.first).principles -}}\n"
                + "{{ p.id }}|{{ p.status }}|{{ p.reason }}|{{ p.primary_picked }}"
                + "|{{ p.backup_picked }}|{{ p.backup_weak }}|{{ p.needs_failure }}\n"
                + "{{ end }}"
        );
        Assert.Contains("ownership|strong||false|true||false", body);
        Assert.Contains(
            "craft-quality|thin|only one story: add a backup ('Apex launch' also shows it, but already carries the "
                + "most principles allowed, 2)|true|false||false",
            body
        );
        Assert.Contains("learn-from-mistakes|strong||true|true||true", body);
    }

    [Fact]
    public void A_framework_counts_its_strong_thin_and_gap_principles_for_templates()
    {
        var body = Render(
            "{{ for f in frameworks }}{{ f.id }} {{ f.strong_count }}/{{ f.thin_count }}/{{ f.gap_count }} max {{ "
                + "f.max_principles_per_story }}; {{ end }}"
        );
        Assert.Contains("spread 3/3/0 max 2; statuses 1/6/1 max 5;", body);
    }

    [Fact]
    public void A_weak_backup_carries_its_note_and_practice_questions_carry_their_own_stories()
    {
        var body = Render(
            "{{ p = (frameworks | array.last).principles[3] }}{{ p.id }}"
                + ": {{ p.backup.title }} ({{ p.backup_weak }})\n"
                + "{{ for q in (frameworks | array.last).principles[5].practice_questions }}"
                + "{{ q.ask }} > {{ if q.primary }}{{ q.primary.id }}{{ end }} {{ q.backup_weak }}"
                + " {{ q.why }}\n"
                + "{{ end }}"
        );
        Assert.Contains("weak: Canal cleanup (needs a number)", body);
        Assert.Contains("What would you do differently? > apex no lesson yet The launch I would now stage.", body);
        Assert.Contains("Tell me about a time you were wrong. >", body);
    }

    [Fact]
    public void The_framework_table_prints_a_backup_named_without_a_primary_and_marks_the_gap()
    {
        var body = Render("{{ for framework in frameworks }}{{ include '_framework' }}{{ end }}");
        Assert.Contains(
            "| **Backup only** | **Thin**{.thin} — only one story: add a primary | *none yet* | Ember handover |",
            body
        );
        Assert.Contains(
            "| **Empty** | **Gap**{.gap} — no story shows it: add the principle to a story's principles, or write a "
                + "story for it | *none yet* | *none yet* |",
            body
        );
    }

    [Fact]
    public void The_practice_questions_stay_plain_lines_for_existing_templates()
    {
        var body = Render("{{ for q in (frameworks | array.last).principles[5].questions }}[{{ q }}]{{ end }}");
        Assert.Contains("[Tell me about a time you were wrong.][What would you do differently?]", body);
    }
}
