using System.Text;
using System.Text.Json;

namespace PrepPack.Export.Anki;

/// <summary>
/// The JSON columns of the collection row: settings, the note type, the decks and the deck options,
/// in the shape Anki 2.1 writes them. Written property by property, so the bytes are the same each time.
/// </summary>
internal static class AnkiCollectionJson
{
    public const long DefaultDeck = 1;
    public const long DefaultOptions = 1;

    public static string Conf(long deckId, long noteTypeId) =>
        Json(w =>
        {
            w.WriteStartArray("activeDecks");
            w.WriteNumberValue(deckId);
            w.WriteEndArray();
            w.WriteBoolean("addToCur", true);
            w.WriteNumber("collapseTime", 1200);
            w.WriteNumber("curDeck", deckId);
            w.WriteString("curModel", noteTypeId.ToString());
            w.WriteBoolean("dueCounts", true);
            w.WriteBoolean("estTimes", true);
            w.WriteBoolean("newBury", true);
            w.WriteNumber("newSpread", 0);
            w.WriteNumber("nextPos", 1);
            w.WriteBoolean("sortBackwards", false);
            w.WriteString("sortType", "noteFld");
            w.WriteNumber("timeLim", 0);
        });

    public static string Models(long noteTypeId, long deckId, long modified) =>
        Json(w =>
        {
            w.WriteStartObject(noteTypeId.ToString());
            w.WriteString("css", AnkiNoteType.Css);
            w.WriteNumber("did", deckId);
            w.WriteStartArray("flds");
            for (var i = 0; i < AnkiNoteType.Fields.Length; i++)
            {
                w.WriteStartObject();
                w.WriteString("font", "Arial");
                w.WriteStartArray("media");
                w.WriteEndArray();
                w.WriteString("name", AnkiNoteType.Fields[i]);
                w.WriteNumber("ord", i);
                w.WriteBoolean("rtl", false);
                w.WriteNumber("size", 20);
                w.WriteBoolean("sticky", false);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("id", noteTypeId);
            w.WriteString("latexPost", "\\end{document}");
            w.WriteString(
                "latexPre",
                "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
                    + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
                    + "\\setlength{\\parindent}{0in}\n\\begin{document}\n"
            );
            w.WriteNumber("mod", modified);
            w.WriteString("name", AnkiNoteType.Name);
            w.WriteStartArray("req");
            w.WriteStartArray();
            w.WriteNumberValue(0);
            w.WriteStringValue("any");
            w.WriteStartArray();
            foreach (var field in AnkiNoteType.Required)
                w.WriteNumberValue(field);
            w.WriteEndArray();
            w.WriteEndArray();
            w.WriteEndArray();
            w.WriteNumber("sortf", 0);
            w.WriteStartArray("tags");
            w.WriteEndArray();
            w.WriteStartArray("tmpls");
            w.WriteStartObject();
            w.WriteString("afmt", AnkiNoteType.Back);
            w.WriteString("bafmt", "");
            w.WriteString("bqfmt", "");
            w.WriteNull("did");
            w.WriteString("name", AnkiNoteType.TemplateName);
            w.WriteNumber("ord", 0);
            w.WriteString("qfmt", AnkiNoteType.Front);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteNumber("type", 0);
            w.WriteNumber("usn", -1);
            w.WriteStartArray("vers");
            w.WriteEndArray();
            w.WriteEndObject();
        });

    public static string Decks(long deckId, string deckName, string description, long modified) =>
        Json(w =>
        {
            Deck(w, DefaultDeck, "Default", "", 0);
            Deck(w, deckId, deckName, description, modified);
        });

    private static void Deck(Utf8JsonWriter w, long id, string name, string description, long modified)
    {
        w.WriteStartObject(id.ToString());
        w.WriteBoolean("collapsed", false);
        w.WriteNumber("conf", DefaultOptions);
        w.WriteString("desc", description);
        w.WriteNumber("dyn", 0);
        w.WriteNumber("extendNew", 10);
        w.WriteNumber("extendRev", 50);
        w.WriteNumber("id", id);
        foreach (var today in new[] { "lrnToday", "newToday", "revToday", "timeToday" })
        {
            w.WriteStartArray(today);
            w.WriteNumberValue(0);
            w.WriteNumberValue(0);
            w.WriteEndArray();
        }
        w.WriteNumber("mod", modified);
        w.WriteString("name", name);
        w.WriteNumber("usn", -1);
        w.WriteEndObject();
    }

    /// <summary>Anki's default study options: 20 new cards a day, learning steps of 1 and 10 minutes.</summary>
    public static string DeckOptions() =>
        Json(w =>
        {
            w.WriteStartObject(DefaultOptions.ToString());
            w.WriteBoolean("autoplay", true);
            w.WriteNumber("id", DefaultOptions);
            w.WriteStartObject("lapse");
            w.WriteStartArray("delays");
            w.WriteNumberValue(10);
            w.WriteEndArray();
            w.WriteNumber("leechAction", 0);
            w.WriteNumber("leechFails", 8);
            w.WriteNumber("minInt", 1);
            w.WriteNumber("mult", 0);
            w.WriteEndObject();
            w.WriteNumber("maxTaken", 60);
            w.WriteNumber("mod", 0);
            w.WriteString("name", "Default");
            w.WriteStartObject("new");
            w.WriteBoolean("bury", true);
            w.WriteStartArray("delays");
            w.WriteNumberValue(1);
            w.WriteNumberValue(10);
            w.WriteEndArray();
            w.WriteNumber("initialFactor", 2500);
            w.WriteStartArray("ints");
            w.WriteNumberValue(1);
            w.WriteNumberValue(4);
            w.WriteNumberValue(7);
            w.WriteEndArray();
            w.WriteNumber("order", 1);
            w.WriteNumber("perDay", 20);
            w.WriteBoolean("separate", true);
            w.WriteEndObject();
            w.WriteBoolean("replayq", true);
            w.WriteStartObject("rev");
            w.WriteBoolean("bury", true);
            w.WriteNumber("ease4", 1.3);
            w.WriteNumber("fuzz", 0.05);
            w.WriteNumber("ivlFct", 1);
            w.WriteNumber("maxIvl", 36500);
            w.WriteNumber("minSpace", 1);
            w.WriteNumber("perDay", 200);
            w.WriteEndObject();
            w.WriteBoolean("timer", false);
            w.WriteNumber("usn", 0);
            w.WriteEndObject();
        });

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (
            var w = new Utf8JsonWriter(
                buffer,
                new JsonWriterOptions
                {
                    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                }
            )
        )
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
