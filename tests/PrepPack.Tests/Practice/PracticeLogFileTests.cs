using System.Diagnostics;
using PrepPack.Cli;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Practice;

/// <summary>
/// The log as a file of the user's system: a link is written through, its mode and owner stay,
/// and one that cannot be written is found before the first question, or, when it stops being
/// writable during the session, the answer is kept aside or shown, and the session ends with exit 1.
/// </summary>
public class PracticeLogFileTests
{
    private static readonly DateTime Evening = new(2026, 11, 21, 19, 4, 30);
    private const string Original = "answers:   # since November\n  - date: 2026-11-19\n    story: beta\n";

    private static string Log(ContentFixture bank) => Path.Combine(bank.Root, "practice", "log.yaml");

    private static ContentFixture Bank(string? log = Original)
    {
        var bank = ContentFixture.Valid();
        Directory.CreateDirectory(Path.GetDirectoryName(Log(bank))!);
        if (log is not null)
            File.WriteAllText(Log(bank), log);
        return bank;
    }

    /// <summary>Practice with one answer scored; <paramref name="meanwhile"/> runs as the question waits, after the
    /// check before it.</summary>
    private static (int Exit, string Out) Practise(ContentFixture bank, Action? meanwhile = null)
    {
        var clock = new FakeClock(Evening);
        TextReader input = new ScriptedInput(clock, ScriptedInput.Answer(60, 4, 3, 5));
        if (meanwhile is not null)
            input = new InputThatEdits(input, 1, meanwhile);
        var (exit, output, error) = PrepPack.Tests.Support.Cli.Run(
            new PracticeConsole(input, false, clock),
            "practice",
            "--content",
            bank.Root
        );
        Assert.DoesNotContain("unexpected", output + error);
        Assert.DoesNotContain("   at ", output + error);
        return (exit, output + error);
    }

    [LinuxFact]
    public void A_log_that_is_a_link_is_written_through_to_its_target_and_stays_a_link()
    {
        using var bank = Bank(log: null);
        using var synced = new TempFolder();
        var target = synced.Combine("log.yaml");
        File.WriteAllText(target, Original);
        File.CreateSymbolicLink(Log(bank), target);

        var (exit, output) = Practise(bank);

        Assert.True(exit == 0, output);
        Assert.Equal(target, new FileInfo(Log(bank)).LinkTarget);
        var text = File.ReadAllText(target);
        Assert.StartsWith(Original, text, StringComparison.Ordinal);
        Assert.EndsWith("    reflection: 5\n", text);
    }

    [LinuxFact]
    public void A_private_log_stays_private_and_so_does_an_answer_kept_aside_from_it()
    {
        using var bank = Bank();
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.SetUnixFileMode(Log(bank), mode);

        Assert.Equal(0, Practise(bank).Exit);
        Assert.Equal(mode, File.GetUnixFileMode(Log(bank)));

        var flow = "answers: [{date: 2026-11-19, story: beta}]\n";
        Assert.Equal(ExitCodes.ContentErrors, Practise(bank, () => File.WriteAllText(Log(bank), flow)).Exit);
        Assert.Equal(flow, File.ReadAllText(Log(bank)));
        Assert.Equal(mode, File.GetUnixFileMode(Path.Combine(bank.Root, "practice", "log.unsaved.yaml")));
    }

    [LinuxFact(asRoot: true)]
    public void A_log_keeps_its_owner()
    {
        using var bank = Bank();
        Run("chown", "65534:65534", Log(bank));

        Assert.Equal(0, Practise(bank).Exit);

        Assert.Equal("65534:65534", Run("stat", "-c", "%u:%g", Log(bank)).Trim());
        Assert.EndsWith("    reflection: 5\n", File.ReadAllText(Log(bank)));
    }

    [LinuxFact]
    public void A_read_only_log_is_refused_before_the_first_question_and_left_as_it_was()
    {
        using var bank = Bank();
        var readOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(Log(bank), readOnly);

        var (exit, output) = Practise(bank);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains(
            $"{Log(bank)}: error PP0131: The practice log {Log(bank)} is read-only, so practice will not add to it.",
            output
        );
        Assert.DoesNotContain("Question 1", output);
        Assert.Equal(Original, File.ReadAllText(Log(bank)));
        Assert.Equal(readOnly, File.GetUnixFileMode(Log(bank)));
    }

    [LinuxFact]
    public void A_log_made_read_only_while_a_question_waits_keeps_the_answer_aside_and_the_session_ends_with_exit_1()
    {
        using var bank = Bank();
        var readOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

        var (exit, output) = Practise(bank, () => File.SetUnixFileMode(Log(bank), readOnly));

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("error PP0131", output);
        Assert.Contains("it is kept in", output);
        Assert.Equal(Original, File.ReadAllText(Log(bank)));
        Assert.Equal(readOnly, File.GetUnixFileMode(Log(bank)));
        Assert.Contains("reflection: 5", File.ReadAllText(Path.Combine(bank.Root, "practice", "log.unsaved.yaml")));
    }

    [Fact]
    public void A_log_that_is_a_folder_is_refused_before_the_first_question()
    {
        using var bank = Bank(log: null);
        Directory.CreateDirectory(Log(bank));

        var (exit, output) = Practise(bank);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"error PP0131: The practice log {Log(bank)} is a folder, not a file", output);
        Assert.DoesNotContain("Question 1", output);
    }

    [Fact]
    public void A_practice_folder_that_is_a_file_is_refused_before_the_first_question()
    {
        using var bank = ContentFixture.Valid();
        File.WriteAllText(Path.Combine(bank.Root, "practice"), "notes");

        var (exit, output) = Practise(bank);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("error PP0131: The folder", output);
        Assert.Contains("is a file: move it away", output);
        Assert.DoesNotContain("Question 1", output);
    }

    [LinuxFact]
    public void A_log_that_leads_to_a_device_that_keeps_nothing_keeps_the_answer_aside()
    {
        using var bank = Bank(log: null);
        File.CreateSymbolicLink(Log(bank), "/dev/null");

        var (exit, output) = Practise(bank);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("did not keep the answer written to it", output);
        Assert.Contains("reflection: 5", File.ReadAllText(Path.Combine(bank.Root, "practice", "log.unsaved.yaml")));
    }

    [FullDiskFact]
    public void A_log_on_a_full_disk_is_left_as_it_was_and_the_answer_kept_aside()
    {
        using var bank = Bank(log: null);
        using var disk = new TempFolder();
        Assert.True(FullDiskFactAttribute.Mount(disk.Path, 8));
        try
        {
            // The log fills its block to the byte and another file the rest of the disk, so the answer needs a block
            // there is no room for.
            var target = Path.Combine(disk.Path, "log.yaml");
            var full = Original + "# " + new string('x', 4096 - Original.Length - 3) + "\n";
            File.WriteAllText(target, full);
            try
            {
                using var filler = new FileStream(Path.Combine(disk.Path, "filler"), FileMode.Create);
                while (true)
                    filler.Write(new byte[4096]);
            }
            catch (IOException)
            {
                // The disk is full.
            }
            File.CreateSymbolicLink(Log(bank), target);

            var (exit, output) = Practise(bank);

            Assert.Equal(ExitCodes.ContentErrors, exit);
            Assert.Contains(
                "error PP0131: The answer could not be written to the practice log: No space left on device",
                output
            );
            Assert.Contains("Make room on the disk", output);
            Assert.Equal(full, File.ReadAllText(target));
            Assert.Contains("reflection: 5", File.ReadAllText(Path.Combine(bank.Root, "practice", "log.unsaved.yaml")));
        }
        finally
        {
            FullDiskFactAttribute.Unmount(disk.Path);
        }
    }

    [ImmutableFact]
    public void An_immutable_log_is_refused_before_the_first_question()
    {
        using var bank = Bank();
        Assert.True(ImmutableFactAttribute.Mark(Log(bank), true));
        try
        {
            var (exit, output) = Practise(bank);

            Assert.Equal(ExitCodes.ContentErrors, exit);
            Assert.Contains("error PP0131: The system does not let practice write the practice log", output);
            Assert.Contains("chattr -i", output);
            Assert.DoesNotContain("Question 1", output);
        }
        finally
        {
            ImmutableFactAttribute.Mark(Log(bank), false);
        }
        Assert.Equal(Original, File.ReadAllText(Log(bank)));
    }

    [ImmutableFact]
    public void An_answer_that_can_be_kept_nowhere_is_shown_to_be_pasted_and_the_session_ends_with_exit_1()
    {
        using var bank = Bank();
        var folder = Path.GetDirectoryName(Log(bank))!;
        try
        {
            var (exit, output) = Practise(bank, () =>
            {
                ImmutableFactAttribute.Mark(Log(bank), true);
                ImmutableFactAttribute.Mark(folder, true);
            });

            Assert.Equal(ExitCodes.ContentErrors, exit);
            Assert.Contains("error PP0131", output);
            Assert.Contains(
                "This answer is not in the log, and it could not be kept in a file beside it either",
                output
            );
            Assert.Contains(
                "Copy these lines to the end of the log's list of answers:\n  - date: 2026-11-21 19:04\n    question: "
                    + "setback\n    story: alpha\n    time: \"1:00\"\n    clarity: 4\n    metrics: 3\n    reflection: "
                    + "5\n",
                output
            );
        }
        finally
        {
            ImmutableFactAttribute.Mark(folder, false);
            ImmutableFactAttribute.Mark(Log(bank), false);
        }
        Assert.Equal(Original, File.ReadAllText(Log(bank)));
        Assert.False(File.Exists(Path.Combine(folder, "log.unsaved.yaml")));
    }

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
