using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Tests.Support;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace PrepPack.Tests.Content;

/// <summary>
/// Ids in the user's own language: the minimal bank with its story 'alpha' named 'café-報' and its
/// framework 'acme' named 'ácme', built into a pack whose file names, PDF links and bookmarks,
/// Word bookmarks and Anki notes all hold them.
/// </summary>
public sealed class UnicodeIdTests : IDisposable
{
    private const string Story = "café-報";
    private const string Framework = "ácme";
    private readonly PackWorkspace _ws = new();

    public UnicodeIdTests()
    {
        foreach (var file in Directory.EnumerateFiles(_ws.Content, "*.yaml", SearchOption.AllDirectories))
            _ws.Edit(file, t => t.Replace("alpha", Story).Replace("acme", Framework));
        File.Move(
            Path.Combine(_ws.Content, "stories", "alpha.yaml"),
            Path.Combine(_ws.Content, "stories", Story + ".yaml")
        );
        File.Move(
            Path.Combine(_ws.Content, "frameworks", "acme.yaml"),
            Path.Combine(_ws.Content, "frameworks", Framework + ".yaml")
        );
        _ws.Edit(Path.Combine(_ws.Templates, "theme.yaml"), t =>
            t.Replace("  framework: acme\n", $"  framework: {Framework}\n")
        );
    }

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Ids_with_letters_of_any_language_are_read_without_an_error()
    {
        var (exit, output, error) = Support.Cli.Run("check", "--content", _ws.Content);
        Assert.True(exit == 0, output + error);
        Assert.DoesNotContain("PP0114", output + error);
    }

    [Fact]
    public void An_id_whose_file_name_is_stored_with_the_accent_apart_is_the_same_id()
    {
        // macOS may store 'é' in a file name as 'e' and a combining accent; the id typed in the file is one letter.
        var decomposed = Story.Normalize(NormalizationForm.FormD);
        File.Move(
            Path.Combine(_ws.Content, "stories", Story + ".yaml"),
            Path.Combine(_ws.Content, "stories", decomposed + ".yaml")
        );
        var (exit, output, error) = Support.Cli.Run("check", "--content", _ws.Content);
        Assert.True(exit == 0, output + error);
        Assert.DoesNotContain("PP0107", output + error);
    }

    [Fact]
    public void An_id_with_a_space_or_a_dot_is_still_refused_naming_the_character()
    {
        _ws.Edit(Path.Combine(_ws.Content, "stories", Story + ".yaml"), t => t.Replace($"id: {Story}", "id: café 報"));
        var (exit, output, _) = Support.Cli.Run("check", "--content", _ws.Content);
        Assert.Equal(1, exit);
        Assert.Contains(
            "error PP0114: The id 'café 報' may hold only letters and digits (of any language), '-' and '_'; a space "
                + "is not one of them.",
            output
        );
    }

    [Fact]
    public void The_pack_names_its_files_links_and_bookmarks_after_the_ids_and_they_stay_valid()
    {
        var report = _ws.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.True(
            File.Exists(_ws.OutputFile($"star-{Framework}.docx")),
            string.Join(", ", Directory.EnumerateFiles(_ws.Output).Select(Path.GetFileName))
        );

        // The binder's contents link to the story's heading, and its bookmark opens the page that holds it.
        using var pdf = PdfInspection.Open(File.ReadAllBytes(_ws.OutputFile("binder.pdf")));
        var destinations = Enumerable
            .Range(1, pdf.NumberOfPages)
            .SelectMany(n => pdf.GetPage(n).GetAnnotations().Where(a => a.Type == AnnotationType.Link))
            .Select(a =>
                a.AnnotationDictionary.Data.TryGetValue("Dest", out var d) && d is NameToken name ? name.Data : ""
            )
            .ToList();
        Assert.Contains($"story-{Story}", destinations.Select(Utf8));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var story = bookmarks
            .GetNodes()
            .OfType<DocumentBookmarkNode>()
            .Single(n => n.Title.StartsWith("Alpha project", StringComparison.Ordinal));
        Assert.Contains("Alpha project", pdf.GetPage(story.PageNumber).Text);

        // Word: the one-pager bookmarks the story's heading under a name Word accepts, and the file validates.
        using var docx = WordprocessingDocument.Open(_ws.OutputFile($"star-{Framework}.docx"), false);
        Assert.Empty(new OpenXmlValidator().Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var names = docx.MainDocumentPart!.Document!.Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToList();
        Assert.Contains($"story-{Story}", names);
        Assert.All(names, n => Assert.True(n.Length <= 40 && char.IsLetter(n[0]), n));
    }

    [Fact]
    public void A_story_id_too_long_for_a_word_bookmark_is_shortened_to_one_that_still_tells_it_apart()
    {
        var longer = string.Concat(Enumerable.Repeat("報告", 20)) + "-a";
        var other = string.Concat(Enumerable.Repeat("報告", 20)) + "-b";
        foreach (var file in Directory.EnumerateFiles(_ws.Content, "*.yaml", SearchOption.AllDirectories))
            _ws.Edit(file, t => t.Replace(Story, longer).Replace("beta", other));
        File.Move(
            Path.Combine(_ws.Content, "stories", Story + ".yaml"),
            Path.Combine(_ws.Content, "stories", longer + ".yaml")
        );
        File.Move(
            Path.Combine(_ws.Content, "stories", "beta.yaml"),
            Path.Combine(_ws.Content, "stories", other + ".yaml")
        );

        var report = _ws.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        using var docx = WordprocessingDocument.Open(_ws.OutputFile($"star-{Framework}.docx"), false);
        Assert.Empty(new OpenXmlValidator().Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var names = docx.MainDocumentPart!.Document!.Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.True(n.Length <= 40, n));
    }

    [Fact]
    public void The_anki_deck_gives_the_story_a_note_of_its_own()
    {
        var apkg = Path.Combine(_ws.Output, "pack.apkg");
        var (exit, output, error) = Support.Cli.Run("export", "anki", "--content", _ws.Content, "--out", apkg);
        Assert.True(exit == 0, output + error);
        var deck = AnkiDeck.Open(apkg);
        var note = deck.Titled("Alpha project");
        Assert.All(note.Guid, c => Assert.True(c is > ' ' and <= '~', note.Guid));
        Assert.Equal(deck.Notes.Count, deck.Notes.Select(n => n.Guid).Distinct().Count());
    }

    /// <summary>A PDF name read back as PdfPig gives it: its bytes, which PrepPack writes as UTF-8.</summary>
    private static string Utf8(string name) =>
        Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(name)) is var utf8 && utf8.Contains('\uFFFD') ? name : utf8;
}
