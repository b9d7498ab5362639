using PrepPack.Content.Validation.Strength;

namespace PrepPack.Tests.Content;

/// <summary>
/// PP0225 reads what a figure measures even when its noun is spelt like a verb of change ("falls",
/// "drops", "rises", "cuts"), and still reads the verb as a verb: real disagreements are found and
/// two measures told side by side are not mixed up.
/// </summary>
public class FigureSubjectSpeltAsVerbTests
{
    [Theory]
    [InlineData("card.result", "Falls fell 40%.", "star.result", "Falls fell 25% over the year.")]
    [InlineData("card.result", "Patient falls dropped 40% in a year.", "star.result", "We cut patient falls by 25%.")]
    [InlineData("card.result", "Call drops fell 30%.", "star.result", "Drops were down 20% after the fix.")]
    [InlineData("card.result", "Unwitnessed falls fell 40%.", "highlight", "Falls down 25%")]
    [InlineData("card.result", "Returns fell 12%.", "star.result", "Returns fell 18%.")]
    [InlineData("card.result", "Sales rose 10%.", "star.result", "Sales rose 15% in two quarters.")]
    [InlineData("card.result", "Leads rose 30%.", "star.result", "Inbound leads grew 45%.")]
    [InlineData("card.result", "Claims dropped 20%.", "star.result", "Claims fell 35%.")]
    [InlineData("card.result", "Costs fell 10%.", "star.result", "Costs fell 20%.")]
    [InlineData("card.result", "Rises in rent were 12% a year.", "star.result", "The rises were 9% a year.")]
    [InlineData("card.context", "The ward logged 12 falls a month.", "star.situation", "We had 16 falls a month.")]
    public void A_measure_spelt_like_a_verb_of_change_that_is_told_twice_otherwise_is_a_disagreement(
        string field,
        string text,
        string otherField,
        string other
    )
    {
        var found = FiguresDisagree.Disagreements(Read(field, text, otherField, other));
        var fields = found.Keys.Select(q => q.Field).ToList();
        Assert.Contains(field, fields);
        Assert.Contains(otherField, fields);
    }

    [Theory]
    [InlineData(
        "card.result",
        "Sales rose 10% and costs fell 4%.",
        "star.result",
        "Costs fell 4%, and sales rose 10%."
    )]
    [InlineData("card.result", "Falls fell 40%.", "star.result", "Readmissions fell 25%.")]
    [InlineData("card.result", "Churn falls 2% a month now.", "star.result", "Falls dropped 30%.")]
    [InlineData("card.result", "Engagement rises 10% a term.", "star.result", "Drops fell 30%.")]
    [InlineData("card.result", "Returns fell 12%.", "star.result", "Claims fell 30%.")]
    [InlineData("card.result", "Leads rose 30%; claims fell 5%.", "star.result", "Claims fell 5% and leads rose 30%.")]
    [InlineData("card.result", "Falls fell from 20 to 12 a month.", "star.result", "Falls fell 40%.")]
    [InlineData("card.context", "We had 12 falls a month.", "card.result", "We had 4 falls a month.")]
    public void Two_measures_spelt_like_verbs_of_change_are_not_mixed_up(
        string field,
        string text,
        string otherField,
        string other
    ) => Assert.Empty(FiguresDisagree.Disagreements(Read(field, text, otherField, other)));

    [Fact]
    public void The_noun_falls_names_the_measure_and_the_verb_falls_does_not()
    {
        var noun = Quantities.Read("card.result", "Falls fell 40%.", QuantityRole.After).Single();
        var verb = Quantities.Read("card.result", "Churn falls 2% a month.", QuantityRole.After).Single();

        Assert.Contains("fall", noun.Subject);
        Assert.Equal(QuantityRole.Change, noun.Role);
        Assert.DoesNotContain("fall", verb.Subject);
        Assert.Equal(QuantityRole.Change, verb.Role);
    }

    private static List<Quantity> Read(string field, string text, string otherField, string other) =>
        Quantities
            .Read(field, text, Quantities.RoleOf(field))
            .Concat(Quantities.Read(otherField, other, Quantities.RoleOf(otherField)))
            .ToList();
}
