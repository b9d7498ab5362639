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

        public BuildReport Build(bool force = false) =>
            PackBuilder.Build(new BuildOptions(Content, Templates, Output, force) { SourceDate = Date });

        public void Edit(string path, Func<string, string> change)
        {
            var before = File.ReadAllText(path);
            var after = change(before);
            Assert.NotEqual(before, after);
            File.WriteAllText(path, after);
        }

        /// <summary>Builds, and counts the binder's pieces taken from the kept pages rather than laid out: a kept
        /// file is dated back first, so one still there with that date was read, not laid out and written
        /// again.</summary>
        public (BuildReport Report, int Reused) BuildCountingReuse()
        {
            var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var kept = Directory.Exists(Kept("binder")) ? Directory.GetFiles(Kept("binder")) : [];
            foreach (var file in kept)
                File.SetLastWriteTimeUtc(file, old);
            var report = Build();
            return (report, kept.Count(f => File.Exists(f) && File.GetLastWriteTimeUtc(f) == old));
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
        var before = Directory.GetFiles(pack.Kept("binder")).Select(Path.GetFileName).ToHashSet();
        Assert.True(before.Count > 10);
        pack.Edit(pack.Story("dashboard-speed"), t => t.Replace("answers quickly.", "answers fast."));
        pack.Build();
        var after = Directory.GetFiles(pack.Kept("binder")).Select(Path.GetFileName).ToHashSet();
        // The story's own piece and the piece of the cards section that holds its card are new; the rest are kept.
        Assert.Equal(before.Count, after.Count);
        Assert.InRange(after.Except(before).Count(), 1, 3);
    }

    [Fact]
    public void Kept_pages_that_are_damaged_foreign_or_unreadable_change_nothing_in_the_files()
    {
        using var pack = new EditedPack();
        pack.Build();
        var files = Directory.GetFiles(pack.Kept("binder")).Order(StringComparer.Ordinal).ToList();
        var cards = Directory.GetFiles(pack.Kept("cards")).Order(StringComparer.Ordinal).ToList();
        // One byte changed in the middle, a file cut short, one file's pages under another's name, one emptied, one
        // of noise.
        var flipped = File.ReadAllBytes(files[0]);
        flipped[flipped.Length / 2] ^= 0x20;
        File.WriteAllBytes(files[0], flipped);
        File.WriteAllBytes(files[1], File.ReadAllBytes(files[1])[..100]);
        File.Copy(files[3], files[2], overwrite: true);
        File.WriteAllBytes(files[4], []);
        File.WriteAllBytes(cards[0], Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray());
        File.Copy(files[5], cards[1], overwrite: true);
        File.WriteAllText(Path.Combine(pack.Kept("binder"), "notes.txt"), "not pages");

        Assert.True(pack.Build(force: true).Succeeded);
        pack.AssertSameAsFirstBuild("damaged kept pages");
        Assert.False(File.Exists(Path.Combine(pack.Kept("binder"), "notes.txt")));
    }
}
