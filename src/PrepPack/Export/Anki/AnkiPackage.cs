using System.IO.Compression;
using Microsoft.Data.Sqlite;

namespace PrepPack.Export.Anki;

/// <summary>
/// Writes flashcards as an Anki package (.apkg): a zip holding the collection, <c>collection.anki2</c>
/// (SQLite), and <c>media</c>, the list of pictures and sounds, here "{}". One note per story in one
/// deck; the ids and guids come from the story ids, and the dates from the stories, so the same bank
/// gives the same bytes, and re-importing an edited bank updates its notes in Anki.
/// </summary>
public static class AnkiPackage
{
    public const string DeckName = "Interview stories (PrepPack)";

    /// <summary>The collection's own dates, fixed: Anki takes the notes, cards and decks from a package, not
    /// these.</summary>
    private const long Created = 1_577_836_800; // 2020-01-01, in seconds
    private const long SchemaChanged = 1_577_836_800_000;

    /// <summary>The zip's entry dates: a fixed one, as zip dates start in 1980.</summary>
    private static readonly DateTimeOffset ZipDate = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(IReadOnlyList<Flashcard> cards, string description)
    {
        var collection = Collection(cards, description);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "collection.anki2", collection);
            Add(archive, "media", "{}"u8.ToArray());
        }
        return zip.ToArray();
    }

    private static void Add(ZipArchive archive, string name, byte[] bytes)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = ZipDate;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    /// <summary>The SQLite file, made in a temporary file (SQLite writes files) and read back.</summary>
    private static byte[] Collection(IReadOnlyList<Flashcard> cards, string description)
    {
        var path = Path.Combine(Path.GetTempPath(), $"preppack-{Guid.NewGuid():N}.anki2");
        try
        {
            // No pooling: the file must be closed before it is read and deleted.
            using (
                var connection = new SqliteConnection(
                    new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()
                )
            )
            {
                connection.Open();
                using var transaction = connection.BeginTransaction();
                Execute(transaction, AnkiSchema.Create);
                Fill(transaction, cards, description);
                transaction.Commit();
            }
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Fill(SqliteTransaction transaction, IReadOnlyList<Flashcard> cards, string description)
    {
        var deck = AnkiIds.Deck(DeckName);
        var noteType = AnkiIds.NoteType(AnkiNoteType.Version);
        var latest = cards.Select(Seconds).DefaultIfEmpty(Created).Max();

        Execute(
            transaction,
            "INSERT INTO col VALUES (1, $crt, $mod, $scm, $ver, 0, 0, 0, $conf, $models, $decks, $dconf, '{}')",
            ("$crt", Created),
            ("$mod", latest * 1000),
            ("$scm", SchemaChanged),
            ("$ver", AnkiSchema.Version),
            ("$conf", AnkiCollectionJson.Conf(deck, noteType)),
            // The note type's date stays put, so Anki never takes it for a changed one.
            ("$models", AnkiCollectionJson.Models(noteType, deck, Created)),
            // Anki shows a deck's description as HTML: the profile's name in it is text, escaped as the fields are.
            (
                "$decks",
                AnkiCollectionJson.Decks(deck, DeckName, System.Net.WebUtility.HtmlEncode(description), latest)
            ),
            ("$dconf", AnkiCollectionJson.DeckOptions())
        );

        for (var i = 0; i < cards.Count; i++)
        {
            var card = cards[i];
            var fields = AnkiFields.Of(card);
            var note = AnkiIds.Note(card.Id);
            Execute(
                transaction,
                "INSERT INTO notes VALUES ($id, $guid, $mid, $mod, -1, $tags, $flds, $sfld, $csum, 0, '')",
                ("$id", note),
                ("$guid", AnkiIds.Guid(card.Id)),
                ("$mid", noteType),
                ("$mod", Seconds(card)),
                ("$tags", card.Tags.Count == 0 ? "" : $" {string.Join(' ', card.Tags)} "),
                ("$flds", string.Join('\x1f', fields)),
                ("$sfld", card.Title.Trim()),
                ("$csum", AnkiIds.Checksum(card.Title.Trim()))
            );
            // A new card (type and queue 0) due in the bank's order.
            Execute(
                transaction,
                "INSERT INTO cards VALUES ($id, $nid, $did, 0, $mod, -1, 0, 0, $due, 0, 0, 0, 0, 0, 0, 0, 0, '')",
                ("$id", AnkiIds.Card(card.Id)),
                ("$nid", note),
                ("$did", deck),
                ("$mod", Seconds(card)),
                ("$due", i + 1)
            );
        }
    }

    private static long Seconds(Flashcard card) => new DateTimeOffset(card.Modified, TimeSpan.Zero).ToUnixTimeSeconds();

    private static void Execute(
        SqliteTransaction transaction,
        string sql,
        params (string Name, object Value)[] parameters
    )
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }
}
