using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>
/// A warehouse lead's bank (Fixtures/NewUserBank) written as a new user writes one, with a weakness or two
/// planted in each story: a result with no figure, actions told as "we", sayings for lessons, a card line and
/// a set-up too long, actions that say a role and not a deed, figures that disagree, one story primary for too
/// many principles and listing six, a primary that does not show its principle, a story written twice under two
/// ids and a card pasted from a Markdown prep document with its "C:" labels and bold. <c>check</c> finds each at
/// its line, and the sound story beside them draws no warning.
/// </summary>
public sealed class NewUserBankTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string Content => _folder.Combine("content");

    public NewUserBankTests() => TempFolder.CopyInto(Path.Combine(RepoPaths.Fixtures, "NewUserBank"), Content);

    public void Dispose() => _folder.Dispose();

    private const string Forklift = "stories/forklift-training.yaml";
    private const string NewLead = "stories/new-lead.yaml";

    /// <summary>Each planted weakness: the file, line and column it is found at, and its code.</summary>
    public static TheoryData<string, int, int, string> Planted =>
        new()
        {
            { "stories/dock-scheduling.yaml", 14, 3, "PP0220" },
            { "stories/wms-upgrade.yaml", 24, 3, "PP0220" },
            { "stories/peak-season.yaml", 21, 3, "PP0221" },
            { "stories/peak-season.yaml", 15, 3, "PP0222" },
            { "stories/wms-upgrade.yaml", 15, 3, "PP0222" },
            { "stories/returns-process.yaml", 10, 3, "PP0201" },
            { "stories/returns-process.yaml", 17, 3, "PP0223" },
            { "stories/inventory-count.yaml", 25, 39, "PP0225" },
            { "stories/inventory-count.yaml", 25, 3, "PP0225" },
            { "profile.yaml", 19, 53, "PP0225" },
            { "frameworks/amazon.yaml", 24, 14, "PP0230" },
            { "frameworks/amazon.yaml", 41, 14, "PP0231" },
            { "questions/disagree.yaml", 5, 10, "PP0241" },
            { Forklift, 12, 3, "PP0265" },
            { Forklift, 13, 3, "PP0265" },
            { Forklift, 22, 7, "PP0265" },
            { Forklift, 23, 7, "PP0265" },
            { Forklift, 24, 7, "PP0265" },
            { "stories/dock-scheduling.yaml", 1, 1, "PP0266" },
            { NewLead, 10, 3, "PP0267" },
            { NewLead, 14, 3, "PP0267" },
            { NewLead, 12, 3, "PP0268" },
            { NewLead, 14, 3, "PP0268" },
            { "stories/supplier-switch.yaml", 30, 66, "PP0269" },
        };

    private string Check()
    {
        var (_, text, _) = Support.Cli.Run("check", "--content", Content);
        return text.Replace('\\', '/');
    }

    private string At(string file) => $"{Content.Replace('\\', '/')}/{file}";

    [Theory]
    [MemberData(nameof(Planted))]
    public void Each_planted_weakness_is_found_at_its_line(string file, int line, int column, string code) =>
        Assert.Contains($"{At(file)}({line},{column}): warning {code}:", Check());

    [Fact]
    public void The_sound_story_and_the_first_of_two_alike_draw_no_warning()
    {
        var text = Check();
        Assert.DoesNotContain(At("stories/pick-route.yaml"), text);
        Assert.DoesNotContain(At("stories/dock-appointments.yaml") + "(", text);
    }

    [Fact]
    public void An_action_that_says_a_role_names_the_role_and_the_story_is_not_ready()
    {
        var text = Check();
        Assert.Contains(
            "warning PP0265: 'Responsible for the forklift refresher training…' in 'star.actions[0]' names your role "
                + "('responsible for'), not what you did",
            text
        );
        Assert.Contains(
            "the primary 'forklift-training' (8 of 15) is not ready: it needs actions that say what you did",
            text
        );
    }

    [Fact]
    public void A_story_written_twice_names_the_other_and_how_much_of_it_is_the_same()
    {
        Assert.Contains(
            "warning PP0266: 'dock-scheduling' tells the same story as 'dock-appointments' (dock-appointments.yaml): "
                + "63% of their words are the same.",
            Check()
        );
    }

    [Fact]
    public void A_card_pasted_from_a_prep_document_says_how_its_label_and_its_bold_would_print()
    {
        var text = Check();
        Assert.Contains(
            "warning PP0267: 'card.context' starts with the label 'C:', which the pack prints after its own: the line "
                + "reads 'Context C: …'.",
            text
        );
        Assert.Contains(
            "warning PP0268: '**8 months**' in 'card.result' is written as Markdown, which the pack prints as typed",
            text
        );
        Assert.Contains("Write '8 months'", text);
    }
}
