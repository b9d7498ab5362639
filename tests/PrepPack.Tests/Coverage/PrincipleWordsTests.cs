using PrepPack.Coverage;

namespace PrepPack.Tests.Coverage;

/// <summary>Principles of different frameworks meet by the stems of their words, not by exact strings.</summary>
public class PrincipleWordsTests
{
    private static int Shared(string a, string b) =>
        PrincipleWords.Shared(PrincipleWords.Stems(a), PrincipleWords.Stems(b));

    [Theory]
    [InlineData("Seek feedback", "Values feedback")]
    [InlineData("Ownership", "Owner mindset")]
    [InlineData("Learn and Be Curious", "Learning agility")]
    [InlineData("Communication and influence", "Communicates clearly")]
    [InlineData("Deliver Results", "Delivers results that matter")]
    public void Principles_that_say_the_same_in_other_words_share_a_stem(string one, string other) =>
        Assert.True(Shared(one, other) > 0, $"'{one}' and '{other}'");

    [Theory]
    [InlineData("Hire and Develop the Best", "Strive to be Earth's Best Employer")]
    [InlineData("Think Big", "Frugality")]
    [InlineData("Bias for Action", "Have Backbone; Disagree and Commit")]
    public void Principles_that_share_only_common_words_do_not_meet(string one, string other) =>
        Assert.Equal(0, Shared(one, other));
}
