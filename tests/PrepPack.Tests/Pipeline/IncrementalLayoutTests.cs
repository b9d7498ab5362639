using PrepPack.Pdf.Pieces;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>
/// A build keeps the pages of each piece it lays out (a binder story, a card) in the output folder
/// and uses them again for unchanged pieces. What it writes must be what a first build of the same
/// input writes, byte for byte, whatever was edited and whatever state the kept pages are in.
/// </summary>
public class IncrementalLayoutTests
{
    /// <summary>The sample bank and the templates in folders of their own, built into one output folder again and
    /// again.</summary>
    private sealed class EditedPack : IDisposable
    {
        private readonly TempFolder _folder = new();

        public EditedPack()
        {
            TempFolder.CopyInto(RepoPaths.SampleContent, Content);
            TempFolder.CopyInto(RepoPaths.Templates, Templates);
        }

        public string Content => _folder.Combine("content");
        public string Templates => _folder.Combine("templates");
        public string Output => _folder.Combine("output");

        public string Kept(string document) => Path.Combine(Output, ".preppack", "layout", document);

        public string KeptFile(string document) => Path.Combine(Kept(document), PieceCache.FileName);

        /// <summary>Each kept piece of a document with the build that laid it out; none when there is no
        /// file.</summary>
        public Dictionary<string, int> KeptPieces(string document)
        {
            using var file = PieceFile.Open(KeptFile(document));
            return file is null ? [] : file.Keys.ToDictionary(key => key, key => file.MadeIn(key)!.Value);
        }

        /// <summary>Rewrites a document's kept file with each piece's bytes changed by <paramref name="change"/>
        /// (given the piece's place in the file and all pieces' bytes), keeping its index whole.</summary>
        public void RewriteKept(string document, Func<int, IReadOnlyList<byte[]>, byte[]> change)
        {
            List<(string Key, int Made, byte[] Bytes)> pieces;
            int build;
            using (var file = PieceFile.Open(KeptFile(document)))
            {
                Assert.NotNull(file);
                build = file.Build;
                pieces =
                [
                    .. file.Keys.Order(StringComparer.Ordinal).Select(k => (k, file.MadeIn(k)!.Value, file.Read(k)!)),
                ];
            }
            var all = pieces.Select(p => p.Bytes).ToList();
            var changed = pieces.Select((p, i) => change(i, all)).ToList();
            PieceFile.Write(
                KeptFile(document),
                build,
                [.. pieces.Select((p, i) => (p.Key, p.Made, changed[i].Length, (Func<byte[][]?>)(() => [changed[i]])))]
            );
        }

        public BuildReport Build(bool force = false) =>
            PackBuilder.Build(new BuildOptions(Content, Templates, Output, force) { SourceDate = Date });

        public void Edit(string path, Func<string, string> change)
        {
            var before = File.ReadAllText(path);
            var after = change(before);
            Assert.NotEqual(before, after);
            File.WriteAllText(path, after);
        }

        /// <summary>Builds, and counts the binder's pieces taken from the kept pages rather than laid out: a piece
        /// still marked with the build that laid it out before was read, not laid out again.</summary>
        public (BuildReport Report, int Reused) BuildCountingReuse()
        {
            var before = KeptPieces("binder");
            var report = Build();
            var after = KeptPieces("binder");
            return (report, after.Count(p => before.TryGetValue(p.Key, out var made) && made == p.Value));
        }

        public string Story(string id) => Path.Combine(Content, "stories", id + ".yaml");

        /// <summary>Builds the same input into an empty folder and checks every PDF there against the one built
        /// here.</summary>
        public void AssertSameAsFirstBuild(string edit)
        {
            using var clean = new TempFolder();
            var report = PackBuilder.Build(new BuildOptions(Content, Templates, clean.Path) { SourceDate = Date });
            Assert.True(report.Succeeded, edit);
            var pdfs = Directory.GetFiles(clean.Path, "*.pdf");
            Assert.Contains(pdfs, p => Path.GetFileName(p) == "binder.pdf");
            foreach (var pdf in pdfs)
            {
                var name = Path.GetFileName(pdf);
                Assert.True(
                    File.ReadAllBytes(pdf).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Output, name))),
                    $"After '{edit}', {name} differs from a first build of the same input."
                );
            }
        }

        public void Dispose() => _folder.Dispose();

        private static readonly DateTime Date = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    [Fact]
    public void Every_kind_of_edit_builds_the_same_bytes_as_a_first_build_of_the_same_input()
    {
        using var pack = new EditedPack();
        Assert.True(pack.Build().Succeeded);
        var long_ = string.Concat(Enumerable.Repeat(" The team checked every figure twice before it went out.", 60));
        // Whether the binder's other pieces are kept: a theme or paper edit changes every piece.
        var edits = new (string Name, bool Keeps, Action Apply)[]
        {
            ("one word", true, () =>
                pack.Edit(pack.Story("dashboard-speed"), t => t.Replace("answers quickly.", "answers fast."))
            ),
            ("a page break moves", true, () =>
                pack.Edit(pack.Story("dashboard-speed"), t =>
                    t.Replace("    been falling for a quarter.", "    been falling for a quarter." + long_)
                )
            ),
            ("a story added", true, () =>
                File.WriteAllText(
                    pack.Story("dashboard-again"),
                    File.ReadAllText(pack.Story("dashboard-speed"))
                        .Replace("id: dashboard-speed", "id: dashboard-again")
                        .Replace("title: Executive dashboard speed-up", "title: Second dashboard speed-up")
                )
            ),
            ("a story removed", true, () => File.Delete(pack.Story("dashboard-speed"))),
            ("the theme's type size", false, () =>
                pack.Edit(Path.Combine(pack.Templates, "theme.yaml"), t => t.Replace("  body: 10\n", "  body: 10.5\n"))
            ),
            ("the paper size", false, () =>
                pack.Edit(Path.Combine(pack.Templates, "theme.yaml"), t => t.Replace("  size: letter", "  size: a4"))
            ),
        };
        foreach (var (name, keeps, apply) in edits)
        {
            apply();
            var (report, reused) = pack.BuildCountingReuse();
            Assert.True(report.Succeeded, name);
            if (keeps)
                Assert.True(reused > 10, $"After '{name}', only {reused} of the binder's pieces were kept.");
            pack.AssertSameAsFirstBuild(name);
        }
    }

    [Fact]
    public void A_one_word_edit_keeps_the_pages_of_every_other_story()
    {
        using var pack = new EditedPack();
        pack.Build();
        var before = pack.KeptPieces("binder").Keys.ToHashSet();
        Assert.True(before.Count > 10);
        pack.Edit(pack.Story("dashboard-speed"), t => t.Replace("answers quickly.", "answers fast."));
        pack.Build();
        var after = pack.KeptPieces("binder").Keys.ToHashSet();
        // The story's own piece and the piece of the cards section that holds its card are new; the rest are kept.
        Assert.Equal(before.Count, after.Count);
        Assert.InRange(after.Except(before).Count(), 1, 3);
        // Each document's pieces are in one file.
        Assert.Equal([PieceCache.FileName], Directory.GetFiles(pack.Kept("binder")).Select(Path.GetFileName));
    }

    [Fact]
    public void Kept_pages_that_are_damaged_foreign_or_unreadable_change_nothing_in_the_files()
    {
        using var pack = new EditedPack();
        pack.Build();
        // In the binder's file, whose index stays whole: one piece's byte changed in the middle, one cut short,
        // one with another's pages, one emptied.
        pack.RewriteKept("binder", (i, all) => i switch
            {
                0 =>
                [
                    .. all[0][..(all[0].Length / 2)],
                    (byte)(all[0][all[0].Length / 2] ^ 0x20),
                    .. all[0][(all[0].Length / 2 + 1)..],
                ],
                1 => all[1][..100],
                2 => all[3],
                4 => [],
                _ => all[i],
            });
        // Whole files: one of noise, one cut short, one another document's.
        File.WriteAllBytes(pack.KeptFile("cards"), Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray());
        var tracker = File.ReadAllBytes(pack.KeptFile("tracker"));
        File.WriteAllBytes(pack.KeptFile("tracker"), tracker[..(tracker.Length * 2 / 3)]);
        File.Copy(pack.KeptFile("binder"), pack.KeptFile("prompts"), overwrite: true);
        File.WriteAllText(Path.Combine(pack.Kept("binder"), "notes.txt"), "not pages");

        Assert.True(pack.Build(force: true).Succeeded);
        pack.AssertSameAsFirstBuild("damaged kept pages");
        Assert.False(File.Exists(Path.Combine(pack.Kept("binder"), "notes.txt")));
    }
}
