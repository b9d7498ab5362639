using PrepPack.Markdown;
using YamlDotNet.Serialization;

namespace PrepPack.Tests.Markdown;

public class FrontMatterWriterTests
{
    public static TheoryData<string> Values =>
        [
            "Story cards",
            "",
            " ",
            "  leading",
            "trailing ",
            "false",
            "True",
            "null",
            "~",
            "11.5",
            "-3",
            "0x1F",
            "1e5",
            ".inf",
            ".NaN",
            "index-4x6",
            "a: b",
            "#hash",
            "- dash",
            "'single'",
            "\"double\"",
            "two\nlines",
            "ends with newline\n",
            "tab\there",
            "{{ profile.name }}",
            "[list]",
            "{map}",
            "@at",
            "`tick`",
            "Café — 20% ★",
            "very long " + new string('x', 300),
            "yes",
            "no",
            "on",
            "0.25in",
            "%percent",
            "! bang",
            "&anchor",
            "*alias",
            "? q",
            "| pipe",
            "> gt",
        ];

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_is_written_as_yamls_serializer_writes_it_and_reads_back_as_the_same_text(string value)
    {
        FrontMatterEntry[] entries =
        [
            new("title", default, value, default),
            new("output", default, "cards.pdf", default),
        ];
        var serialized = new SerializerBuilder()
            .WithQuotingNecessaryStrings()
            .Build()
            .Serialize(new OrderedDictionary<string, string> { ["title"] = value, ["output"] = "cards.pdf" });
        var written = FrontMatterWriter.Write(entries);

        Assert.Equal("---\n" + serialized.ReplaceLineEndings("\n") + "---\n", written);
        var read = new DeserializerBuilder().Build().Deserialize<Dictionary<string, string>>(written.Trim('-', '\n'));
        Assert.Equal(value, read["title"] ?? "");
    }
}
