using PrepPack.Incremental;
using PrepPack.Templates;
using PrepPack.Templates.Model;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Templates;

/// <summary>What templates see of a question: the story told from its angle, the time of each part, cues, follow-ups
/// and probes.</summary>
public class QuestionModelTests
{
    private const string Setback = "questions/setback.yaml";

    private static string Render(ContentFixture bank, string body, InputTracker? tracker = null)
    {
        using var folder = new TempFolder();
        TempFolder.CopyInto(RepoPaths.Templates, folder.Path);
        var path = folder.Combine("probe.sbn");
        File.WriteAllText(path, "---\ntitle: Probe\n---\n" + body);
        var load = bank.Load();
        Assert.True(load.Succeeded, string.Join("\n", load.Diagnostics));
        var model = new PackModel(load.Bank!, new(), "", tracker);
        tracker?.Start();
        var rendered = TemplateRenderer.Render(TemplateFile.Read(path), model);
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        return rendered.Body!.Trim();
    }

    private static void Edit(ContentFixture bank, string file, Func<string, string> change)
    {
        var path = Path.Combine(bank.Root, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    [Fact]
    public void A_question_tells_its_own_script_parts_and_the_story_s_for_the_rest()
    {
        using var bank = ContentFixture.Valid();
        Edit(bank, Setback, t =>
            t
            + "script:\n  situation: The weekly report was five days late every week, and leaders stopped reading it.\n"
        );
        var body = Render(bank, "{{ q = questions[0] }}{{ q.star.situation }}|{{ q.star.task }}|{{ q.own_script }}");
        Assert.Equal(
            "The weekly report was five days late every week, and leaders stopped reading it.|Make them daily.|true",
            body
        );
    }

    [Fact]
    public void Each_star_part_is_timed_at_150_words_a_minute_and_the_whole_against_the_budget()
    {
        using var bank = ContentFixture.Valid();
        // 50 words of situation take 20 seconds at 150 words a minute.
        Edit(bank, Setback, t => t + "script:\n  situation: " + string.Join(" ", Enumerable.Repeat("word", 50)) + "\n");
        var body = Render(
            bank,
            "{{ t = questions[0].times }}{{ t.situation }} {{ t.task }} {{ t.action }} {{ t.result }} {{ t.whole }} "
                + "of {{ t.budget }} {{ t.within_time }}"
        );
        // Task "Make them daily." is 3 words, 1 s; actions 5 words, 2 s; result 8 words, 3 s; whole 66 words, 26 s.
        Assert.Equal("0:20 0:01 0:02 0:03 0:26 of 2:00 true", body);
    }

    [Fact]
    public void Without_cues_a_question_is_recalled_by_its_story_card_s_two_actions_and_result()
    {
        using var bank = ContentFixture.Valid();
        Assert.Equal(
            "Built a pipeline.|Added tests.|5 days to 1.",
            Render(bank, "{{ questions[0].cues | array.join '|' }}")
        );
        Edit(bank, Setback, t => t + "cues: [Five days to one, Tests first]\n");
        Assert.Equal("Five days to one|Tests first", Render(bank, "{{ questions[0].cues | array.join '|' }}"));
    }

    [Fact]
    public void A_question_without_follow_ups_of_its_own_shows_its_story_s()
    {
        using var bank = ContentFixture.Valid();
        Assert.Equal("What would you change?", Render(bank, "{{ questions[0].follow_ups[0].question }}"));
        Edit(bank, Setback, t =>
            t.Replace(
                "follow_ups:\n  - question: What would you change?\n    answer: Test the pipeline in the first week, "
                    + "not the third.\n",
                ""
            )
        );
        Assert.Equal("Why not buy a tool?", Render(bank, "{{ questions[0].follow_ups[0].question }}"));
    }

    [Fact]
    public void A_question_shows_its_story_angle_probes_and_the_principles_it_asks_about()
    {
        using var bank = ContentFixture.Valid();
        var body = Render(
            bank,
            "{{ q = questions[0] }}{{ q.ask }}|{{ q.story.title }}|{{ q.backup.title }}"
                + "|{{ q.angle.lead_with }}|{{ q.angle.cut }}|{{ q.angle.signals[0] }}"
                + "|{{ q.asked_for[0].company }}: {{ q.asked_for[0].names | array.join ', ' }}"
                + "|{{ q.probes[0].asks }}|{{ q.probes[0].tests }}|{{ q.probes[0].weak }}"
                + "|{{ q.probes[0].strong }}"
        );
        Assert.Equal(
            "Tell me about a setback you recovered from.|Alpha project|Beta failure|The five-day report, and the day "
                + "it became one.|Which tools the pipeline used.|Keeps going after a miss"
                + "|Acme: Grit|Whose idea was the pipeline?|Whether the action was yours.|We decided on it "
                + "together.|I proposed it, built the first version and showed it to the team.",
            body
        );
    }

    [Fact]
    public void A_framework_lists_the_questions_asked_for_it_in_the_order_of_its_principles()
    {
        using var bank = ContentFixture.Valid();
        File.WriteAllText(
            Path.Combine(bank.Root, "questions", "aaa-craft.yaml"),
            "id: aaa-craft\nask: How do you keep quality up?\nprinciples:\n  acme: [craft]\nprimary: alpha\nangle:\n  "
                + "lead_with: The tests.\n"
        );
        File.WriteAllText(
            Path.Combine(bank.Root, "questions", "why-acme.yaml"),
            "id: why-acme\nask: Why Acme?\nprinciples:\n  acme: []\nprimary: alpha\nangle:\n  lead_with: What Acme "
                + "builds.\n"
        );
        var body = Render(
            bank,
            "{{ for q in frameworks[0].questions }}{{ q.question.id }} ({{ q.principle_names | array.join ',' }}); {{ "
                + "end }}"
        );
        // Grit comes before Craft in acme.yaml; a question asked without a principle comes last.
        Assert.Equal("setback (Grit); aaa-craft (Craft); why-acme ();", body);
    }

    [Fact]
    public void Reading_a_question_records_its_file_and_the_story_values_it_shows_as_inputs()
    {
        using var bank = ContentFixture.Valid();
        var tracker = new InputTracker();
        Render(bank, "{{ questions[0].ask }} {{ questions[0].star.result }}", tracker);
        var read = tracker.Read.Keys.Select(k => k.Format().Replace(bank.Root, "")).ToList();
        Assert.Contains("file:/questions/setback.yaml", read);
        Assert.Contains("file:/questions", read);
        Assert.Contains("story:/stories/alpha.yaml#Star", read);
    }
}
