using PrepPack.Layout.Pdf.Objects;

namespace PrepPack.Tests.Pdf;

/// <summary>References in an object's text follow its objects to their new numbers, and nothing else changes.</summary>
public class ObjectRenumberingTests
{
    private static readonly Dictionary<int, int> Numbers = new()
    {
        [1] = 7,
        [12] = 3,
        [30] = 40,
        [5] = 9,
    };

    [Theory]
    [InlineData("<</S/TD/P 12 0 R/Pg 30 0 R/K 5>>", "<</S/TD/P 3 0 R/Pg 40 0 R/K 5>>")]
    [InlineData("[1 0 R 12 0 R\n30 0 R]", "[7 0 R 3 0 R\n40 0 R]")]
    [InlineData("1 0 R", "7 0 R")]
    [InlineData("/Nums [0 [12 0 R 30 0 R] 1 30 0 R]", "/Nums [0 [3 0 R 40 0 R] 1 40 0 R]")]
    public void A_reference_takes_its_object_new_number(string text, string renumbered) =>
        Assert.Equal(renumbered, ObjectRenumbering.Renumber(text, Numbers));

    [Theory]
    [InlineData("<</Title (see 12 0 R \\) and (1 0 R)) /Alt (5 0 R)>>")]
    [InlineData("<</Dest [30 0 R /XYZ 54 738 0] /Rect [12 0 612 30]>>")]
    [InlineData("<</Font <</F1 0 R>> /Hex <3132203020522031>>>")]
    [InlineData("<</W [1 [837.891 12.5 0 1] 30 [12 0 1]] /FontBBox [-1069.336 -415.039 1975.098 1175.293]>>")]
    [InlineData("<</Count 12 /Flags 30 0 /Name /A12 0 R0>>")]
    public void Digits_that_are_not_a_reference_stay_as_they_are(string text) =>
        Assert.Equal(text.Replace("[30 0 R", "[40 0 R"), ObjectRenumbering.Renumber(text, Numbers));
}
