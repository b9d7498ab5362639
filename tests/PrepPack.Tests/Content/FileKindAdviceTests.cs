using PrepPack.Content;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Content;

/// <summary>A content file that holds no fields (NUL bytes, nothing, or only comments) is told how to start that kind
/// of file, not a story.</summary>
public class FileKindAdviceTests
{
    public static TheoryData<string, string, string> Kinds()
    {
        var data = new TheoryData<string, string, string>();
        var kinds = new[]
        {
            ("stories/alpha.yaml", "then 'title:'", "'title: …'"),
            ("profile.yaml", "Start the file with 'name: '", "'name: …'"),
            ("frameworks/acme.yaml", "then 'company:', 'name:' and 'principles:'", "'company: …'"),
            ("questions/setback.yaml", "then 'ask:' with the question", "'ask: …'"),
        };
        foreach (var (file, hint, fields) in kinds)
        foreach (var fill in new[] { "nul", "empty", "comments" })
            data.Add(file, fill, hint + "|" + fields);
        data.Add("practice/log.yaml", "nul", "Start the file with 'answers:'|'answers:'");
        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_file_with_no_fields_gets_the_advice_for_its_own_kind(string file, string fill, string expected)
    {
        using var bank = ContentFixture.Valid();
        var path = Path.Combine(bank.Root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (fill)
        {
            case "nul":
                File.WriteAllBytes(path, new byte[64]);
                break;
            case "empty":
                File.WriteAllText(path, "");
                break;
            default:
                File.WriteAllText(path, "# only a comment\n# and another\n");
                break;
        }

        var first = bank.Load().Diagnostics.First(d => d.IsError);
        var (hint, fields) = (expected.Split('|')[0], expected.Split('|')[1]);
        Assert.Equal(file, bank.Relative(first));
        Assert.Contains(fields, first.Message);
        Assert.Contains(hint, first.Hint);
        if (!file.StartsWith("stories/", StringComparison.Ordinal))
            Assert.DoesNotContain("'title: …'", first.Message);
    }

    [Fact]
    public void An_empty_flow_list_of_principles_is_the_same_error_as_an_empty_principles_line()
    {
        using var bank = ContentFixture.Valid();
        var acme = Path.Combine(bank.Root, "frameworks", "acme.yaml");
        var text = File.ReadAllText(acme);
        var head = text[..text.IndexOf("principles:", StringComparison.Ordinal)];
        var line = head.Split('\n').Length;

        File.WriteAllText(acme, head + "principles:\n");
        var bare = bank.Load().Diagnostics.Single(d => d.IsError && d.File == acme);
        File.WriteAllText(acme, head + "principles: []\n");
        var flow = bank.Load().Diagnostics.Single(d => d.IsError && d.File == acme);

        Assert.Equal((bare.Code, bare.Message, bare.Line), (flow.Code, flow.Message, flow.Line));
        Assert.Equal(line, flow.Line);
        Assert.Contains("'principles' in the framework is empty", flow.Message);
    }
}
