using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace PrepPack.Tests.Support;

/// <summary>An .apkg opened as Anki opens it: the zip's entries, then the collection read with SQLite.</summary>
internal sealed class AnkiDeck
{
    public sealed record Note(long Id, string Guid, long NoteType, long Modified, string Tags, string[] Fields);

    public sealed record Card(long Id, long Note, long Deck, int Order);

    private AnkiDeck(
        IReadOnlyList<string> entries,
        string media,
        IReadOnlyList<Note> notes,
        IReadOnlyList<Card> cards,
        JsonDocument models,
        JsonDocument decks,
        int version
    )
    {
        Entries = entries;
        Media = media;
        Notes = notes;
        Cards = cards;
        Models = models;
        Decks = decks;
        Version = version;
    }

    public IReadOnlyList<string> Entries { get; }
    public string Media { get; }
    public IReadOnlyList<Note> Notes { get; }
    public IReadOnlyList<Card> Cards { get; }
    public JsonDocument Models { get; }
    public JsonDocument Decks { get; }
    public int Version { get; }

    public Note Titled(string title) => Notes.Single(n => n.Fields[0] == title);

    public static AnkiDeck Open(string apkg)
    {
        using var zip = ZipFile.OpenRead(apkg);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        using var mediaReader = new StreamReader(zip.GetEntry("media")!.Open());
        var media = mediaReader.ReadToEnd();
        var collection = Path.Combine(Path.GetTempPath(), $"preppack-test-{Guid.NewGuid():N}.anki2");
        zip.GetEntry("collection.anki2")!.ExtractToFile(collection);
        try
        {
            using var db = new SqliteConnection(
                new SqliteConnectionStringBuilder
                {
                    DataSource = collection,
                    Pooling = false,
                    Mode = SqliteOpenMode.ReadOnly,
                }.ToString()
            );
            db.Open();
            var notes = Rows(db, "SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id", r => new Note(
                r.GetInt64(0),
                r.GetString(1),
                r.GetInt64(2),
                r.GetInt64(3),
                r.GetString(4),
                r.GetString(5).Split('\x1f')
            ));
            var cards = Rows(db, "SELECT id, nid, did, ord FROM cards ORDER BY id", r => new Card(
                r.GetInt64(0),
                r.GetInt64(1),
                r.GetInt64(2),
                r.GetInt32(3)
            ));
            var (models, decks, version) = Rows(db, "SELECT models, decks, ver FROM col", r =>
                    (JsonDocument.Parse(r.GetString(0)), JsonDocument.Parse(r.GetString(1)), r.GetInt32(2))
                )
                .Single();
            return new AnkiDeck(entries, media, notes, cards, models, decks, version);
        }
        finally
        {
            File.Delete(collection);
        }
    }

    private static List<T> Rows<T>(SqliteConnection db, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(read(reader));
        return rows;
    }
}
