using PrepPack.Content.Validation.Strength;
using PrepPack.Tests.Support;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace PrepPack.Tests.Content;

/// <summary>
/// How well the generic-lesson rule (PP0222) tells a platitude from a lesson of the story's own,
/// measured on Fixtures/Lints/lessons.yaml: lessons written in many wordings, not the rule's list.
/// </summary>
public class GenericLessonMeasureTests(ITestOutputHelper output)
{
    [Fact]
    public void The_generic_lesson_rule_finds_nine_in_ten_platitudes_and_flags_one_in_twenty_specific_lessons()
    {
        var (generic, specific) = Lessons();
        Assert.True(generic.Count >= 40 && specific.Count >= 40, "The corpus holds at least 40 lessons of each kind.");

        var missed = generic.Where(l => !EmptyLesson.IsSaying(l)).ToList();
        var falseAlarms = specific.Where(EmptyLesson.IsSaying).ToList();
        var recall = 1 - (double)missed.Count / generic.Count;
        var falseRate = (double)falseAlarms.Count / specific.Count;

        output.WriteLine(
            $"Generic lessons found: {generic.Count - missed.Count} of {generic.Count} (recall {recall:P1})."
        );
        output.WriteLine(
            $"Specific lessons flagged: {falseAlarms.Count} of {specific.Count} (false alarms {falseRate:P1})."
        );
        foreach (var lesson in missed)
            output.WriteLine($"  missed: {lesson}");
        foreach (var lesson in falseAlarms)
            output.WriteLine($"  false alarm: {lesson}");

        Assert.True(recall >= 0.90, $"Recall {recall:P1} is under 90%.");
        Assert.True(falseRate <= 0.05, $"False alarms {falseRate:P1} are over 5%.");
    }

    [Theory]
    [InlineData("At the end of the day, good communication is what makes any team successful.", "communication")]
    [InlineData("I learned how important it is to plan ahead.", "the importance of something")]
    [InlineData("Always stay humble.", "always or never")]
    [InlineData("Listening is the most important skill a leader can have.", "the importance of something")]
    [InlineData("Don't be afraid to step out of your comfort zone.", "a virtue")]
    [InlineData("Working closely together goes a long way.", "teamwork")]
    [InlineData("Listen to your customers.", "listening to customers")]
    [InlineData("Data beats opinions.", "data over opinion")]
    [InlineData("In the end, you have to let the data speak.", "data over opinion")]
    public void A_reworded_platitude_is_recognised_by_its_idea(string lesson, string idea)
    {
        Assert.True(EmptyLesson.IsSaying(lesson));
        Assert.Equal(idea, Platitudes.IdeaOf(lesson));
    }

    [Theory]
    [InlineData("Communication is key when a date moves, so I tell the sponsor that day.")]
    [InlineData("I now write the rollback plan before the launch date is set.")]
    [InlineData("Always check the discharge letter against the drug chart before the patient leaves.")]
    [InlineData("Let the data decide before the roadmap review, so I bring the funnel numbers to every one.")]
    [InlineData("I now listen to customers in a weekly call before we plan the sprint.")]
    public void A_lesson_that_names_a_practice_and_its_trigger_is_not_a_saying(string lesson) =>
        Assert.False(EmptyLesson.IsSaying(lesson));

    private static (List<string> Generic, List<string> Specific) Lessons()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepoPaths.Fixtures, "Lints", "lessons.yaml")))
            stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        List<string> List(string key) => ((YamlSequenceNode)root[key]).Select(n => ((YamlScalarNode)n).Value!).ToList();
        return (List("generic"), List("specific"));
    }
}
