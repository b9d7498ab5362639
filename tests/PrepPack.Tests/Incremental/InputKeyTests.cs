using PrepPack.Incremental;
using PrepPack.IO;

namespace PrepPack.Tests.Incremental;

public class InputKeyTests
{
    private static readonly InputKey[] Keys =
    [
        InputKey.Tool,
        InputKey.SourceDate,
        InputKey.OfFile("content/profile.yaml"),
        InputKey.OfFile("C:\\pack\\content\\odd#name.yaml"),
        InputKey.OfStory("content/stories/odd#name.yaml", "Card"),
        new InputKey(InputKind.FrameworkChoices, "content/frameworks/amazon.yaml"),
        new InputKey(InputKind.StoryOrder, "content/stories"),
        new InputKey(InputKind.Flagship, "content/stories"),
        new InputKey(InputKind.Failures, "content/stories"),
        new InputKey(InputKind.Themes, "content/stories"),
        new InputKey(InputKind.Lesson, "content/stories"),
        new InputKey(InputKind.OnePage, "content/stories", "matrix_stories"),
        new InputKey(InputKind.Readiness, "content/stories"),
        InputKey.Interview,
    ];

    public static TheoryData<InputKey> EveryKind() => new(Keys);

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void A_key_reads_back_as_the_manifest_writes_it(InputKey key) =>
        Assert.Equal(key, InputKey.Parse(key.Format()));

    [Fact]
    public void Every_kind_but_unknown_has_a_name_in_the_manifest() =>
        Assert.Equal(
            Enum.GetValues<InputKind>().Where(k => k != InputKind.Unknown).Order(),
            Keys.Select(k => k.Kind).Distinct().Order()
        );

    [Theory]
    [InlineData("")]
    [InlineData("content/profile.yaml")]
    [InlineData("content/stories/x.yaml#Card")]
    [InlineData("story:content/stories/x.yaml")]
    [InlineData("story:content/stories/x.yaml#")]
    [InlineData("file:")]
    [InlineData("preppack:extra")]
    [InlineData("shoe-size:content/x.yaml")]
    public void Text_that_names_no_known_input_reads_as_an_unknown_key_that_writes_back_unchanged(string text)
    {
        var key = InputKey.Parse(text);
        Assert.Equal(InputKind.Unknown, key.Kind);
        Assert.Equal(text, key.Format());
    }
}
