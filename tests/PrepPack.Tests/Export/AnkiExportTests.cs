using PrepPack.Cli;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Export;

/// <summary><c>preppack export anki</c>: an Anki package with a note per story, whose ids do not change from export to
/// export.</summary>
public class AnkiExportTests
{
    private static AnkiDeck Export(string content, string file)
    {
        var (exit, output, error) = Support.Cli.Run("export", "anki", "--content", content, "--out", file);
        Assert.True(exit == ExitCodes.Success, output + error);
        return AnkiDeck.Open(file);
    }

    [Fact]
    public void The_deck_holds_a_note_per_story_with_its_title_the_questions_it_answers_and_its_card()
    {
        using var folder = new TempFolder();
        var deck = Export(RepoPaths.SampleBank, folder.Combine("pack.apkg"));

        Assert.Equal(["collection.anki2", "media"], deck.Entries);
        Assert.Equal("{}", deck.Media);
        Assert.Equal(11, deck.Version);
        Assert.Equal(
            Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleBank, "stories"), "*.yaml").Count(),
            deck.Notes.Count
        );

        var note = deck.Titled("Quoting funnel dashboard");
        Assert.Contains(
            "<li>Tell me about a time you went out of your way for a customer. <span class=\"from\">Amazon: Customer "
                + "Obsession</span></li>",
            note.Fields[1]
        );
        Assert.Contains("<li>What is the achievement you are proudest of?</li>", note.Fields[1]);
        // The question file that tells this story comes first.
        Assert.StartsWith("<ul><li>Tell me about the project that had the biggest impact.</li>", note.Fields[1]);
        Assert.StartsWith("<ul><li><b>Context</b> Sales leaders stitched together 10 reports", note.Fields[2]);
        Assert.Equal(
            ["Context", "Task", "Action 1", "Action 2", "Result", "Lesson"],
            System.Text.RegularExpressions.Regex.Matches(note.Fields[2], "<b>(.*?)</b>").Select(m => m.Groups[1].Value)
        );
        Assert.Contains(" flagship ", note.Tags);
    }

    [Fact]
    public void Every_note_has_one_card_in_the_deck_and_the_note_type_the_collection_describes()
    {
        using var folder = new TempFolder();
        var deck = Export(RepoPaths.SampleBank, folder.Combine("pack.apkg"));

        var deckId = deck
            .Decks.RootElement.EnumerateObject()
            .Single(d => d.Value.GetProperty("name").GetString() == "Interview stories (PrepPack)")
            .Value.GetProperty("id")
            .GetInt64();
        var noteType = deck.Models.RootElement.EnumerateObject().Single().Value;
        Assert.Equal(
            ["Title", "Questions", "Card"],
            noteType.GetProperty("flds").EnumerateArray().Select(f => f.GetProperty("name").GetString())
        );
        Assert.All(deck.Notes, n => Assert.Equal(noteType.GetProperty("id").GetInt64(), n.NoteType));
        Assert.Equal(deck.Notes.Select(n => n.Id).Order(), deck.Cards.Select(c => c.Note).Order());
        Assert.All(deck.Cards, c => Assert.Equal((deckId, 0), (c.Deck, c.Order)));
        Assert.Equal(deck.Notes.Count, deck.Notes.Select(n => n.Guid).Distinct().Count());
    }

    [Fact]
    public void Two_exports_of_the_same_bank_are_the_same_bytes()
    {
        using var folder = new TempFolder();
        Export(RepoPaths.SampleBank, folder.Combine("one.apkg"));
        Export(RepoPaths.SampleBank, folder.Combine("two.apkg"));
        Assert.Equal(File.ReadAllBytes(folder.Combine("one.apkg")), File.ReadAllBytes(folder.Combine("two.apkg")));
    }

    [Fact]
    public void An_edited_story_keeps_its_note_id_and_guid_and_gets_a_later_date_so_a_re_import_updates_it()
    {
        using var ws = new PackWorkspace();
        var alpha = Path.Combine(ws.Content, "stories", "alpha.yaml");
        File.SetLastWriteTimeUtc(alpha, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var before = Export(ws.Content, Path.Combine(ws.Output, "a.apkg"));

        ws.Edit(alpha, t => t.Replace("lesson: Test early. Then ship small.", "lesson: Test early, then ship small."));
        File.SetLastWriteTimeUtc(alpha, new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        var after = Export(ws.Content, Path.Combine(ws.Output, "b.apkg"));

        var (old, now) = (before.Titled("Alpha project"), after.Titled("Alpha project"));
        Assert.Equal((old.Id, old.Guid), (now.Id, now.Guid));
        Assert.True(now.Modified > old.Modified);
        Assert.Contains("Test early, then ship small.", now.Fields[2]);
        Assert.Equal(
            before.Titled("Beta failure"),
            after.Titled("Beta failure") with
            {
                Fields = before.Titled("Beta failure").Fields,
            }
        );
        Assert.Equal(before.Cards.Select(c => c.Id), after.Cards.Select(c => c.Id));
    }

    [Fact]
    public void Story_text_is_shown_as_written_not_read_as_html()
    {
        using var ws = new PackWorkspace();
        ws.Edit(Path.Combine(ws.Content, "stories", "alpha.yaml"), t =>
            t.Replace("title: Alpha project", "title: Alpha <fast> & cheap")
        );
        var deck = Export(ws.Content, Path.Combine(ws.Output, "a.apkg"));
        Assert.Contains(deck.Notes, n => n.Fields[0] == "Alpha &lt;fast&gt; &amp; cheap");
    }

    [Fact]
    public void A_story_chosen_for_a_principle_carries_its_question_and_a_failure_story_the_failure_question()
    {
        using var ws = new PackWorkspace();
        var deck = Export(ws.Content, Path.Combine(ws.Output, "a.apkg"));
        Assert.Contains(
            "Tell me about a setback. <span class=\"from\">Acme: Grit</span>",
            deck.Titled("Alpha project").Fields[1]
        );
        Assert.Contains("Tell me about a time you failed or made a mistake.", deck.Titled("Beta failure").Fields[1]);
        Assert.DoesNotContain("failed or made a mistake", deck.Titled("Alpha project").Fields[1]);
    }

    [Fact]
    public void Without_out_the_deck_goes_to_the_output_folder_beside_the_pack()
    {
        // The default is shown in the help; the working folder is the process's, shared by tests running at once, so it
        // is not changed here.
        var (exit, output, _) = Support.Cli.Run("export", "anki", "--help");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("default output/preppack.apkg", output);
    }

    [Fact]
    public void Content_with_errors_writes_no_deck_and_exits_one()
    {
        using var ws = new PackWorkspace("unknown-field");
        var file = Path.Combine(ws.Output, "a.apkg");
        var (exit, output, _) = Support.Cli.Run("export", "anki", "--content", ws.Content, "--out", file);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("error PP0103", output);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("\u001F", "U+001F")]
    [InlineData("\0", "U+0000")]
    public void A_title_holding_a_character_that_would_split_or_cut_the_note_writes_no_deck_and_names_it(
        string character,
        string named
    )
    {
        using var ws = new PackWorkspace();
        var story = Path.Combine(ws.Content, "stories", "alpha.yaml");
        ws.Edit(story, t => t.Replace("title: Alpha project", $"title: Alpha{character}project"));
        var file = Path.Combine(ws.Output, "a.apkg");
        var (exit, output, _) = Support.Cli.Run("export", "anki", "--content", ws.Content, "--out", file);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"{story}(2,13): error PP0140: This file holds {named}", output);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void The_deck_description_shows_the_name_as_written_not_read_as_html()
    {
        using var ws = new PackWorkspace();
        var profile = Path.Combine(ws.Content, "profile.yaml");
        var name = File.ReadLines(profile).First(l => l.StartsWith("name: ", StringComparison.Ordinal))[
            "name: ".Length..
        ];
        ws.Edit(profile, t => t.Replace("name: " + name, "name: \"Ana <img src=x onerror=alert(1)> & Co\""));
        var deck = Export(ws.Content, Path.Combine(ws.Output, "a.apkg"));
        var description = deck
            .Decks.RootElement.EnumerateObject()
            .Select(d => d.Value.GetProperty("desc").GetString())
            .Single(d => d!.Length > 0);
        Assert.Equal(
            "Ana &lt;img src=x onerror=alert(1)&gt; &amp; Co&#39;s interview stories, from PrepPack.",
            description
        );
    }
}
