using PrepPack.Tests.Support;

namespace PrepPack.Tests.Word;

/// <summary>The fixture the PDF layout golden file is made from, written by the Word writer too.</summary>
public class WordGoldenTests
{
    [Fact]
    public void The_fixture_with_every_element_writes_the_word_body_of_its_golden_dump()
    {
        var result = WordWriting.RenderFixture("every-element.md");
        using var document = WordWriting.Open(result);
        Golden.Match(WordDump.Write(document), "Layout", "every-element.word.txt");
    }

    [Fact]
    public void The_fixture_with_every_element_passes_the_open_xml_validator()
    {
        var result = WordWriting.RenderFixture("every-element.md");
        using var document = WordWriting.Open(result);
        Assert.Equal("", WordWriting.ValidationErrors(document));
    }

    [Fact]
    public void Both_writers_render_the_fixture_with_every_element_without_a_warning()
    {
        Assert.Empty(WordWriting.RenderFixture("every-element.md").Diagnostics);
        Assert.Empty(Typesetting.RenderFixture("every-element.md").Diagnostics);
    }
}
