using System.Diagnostics;
using PrepPack.Content;
using PrepPack.Diagnostics;
using PrepPack.Practice;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Practice;

/// <summary>Sessions that practise on one log at once take turns at it, and none of their answers is lost.</summary>
public class PracticeLogLockTests
{
    private const string Original =
        "# Practised on paper first.\nanswers:\n  - date: 2026-11-19   # the train\n    story: beta\n  - date: "
        + "2026-11-20\n    question: setback\n";

    [FactWithTool("dotnet")]
    public void Two_practice_processes_on_one_log_each_add_all_fifteen_answers_and_the_log_keeps_the_originals()
    {
        using var bank = ContentFixture.Valid();
        var log = Path.Combine(bank.Root, "practice", "log.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        // Weeks of answers: each session takes a while to read and check them, so unguarded writes would cross.
        var original =
            Original
            + string.Concat(
                Enumerable
                    .Range(0, 200)
                    .Select(i => $"  - date: 2026-10-{i % 28 + 1:00}\n    story: alpha\n    clarity: 2\n")
            );
        File.WriteAllText(log, original);

        var sessions = new[] { Start(bank.Root, 1), Start(bank.Root, 2) };
        try
        {
            // Both wait at their first question before either is given its answers, so their fifteen writes overlap.
            foreach (var session in sessions)
                Assert.True(session.Asked.Wait(TimeSpan.FromSeconds(60)), "a session never asked its first question");
            var answers = string.Concat(Enumerable.Range(0, 15).Select(i => $"\n{i % 5 + 1}\n3\n4\n"));
            foreach (var session in sessions)
            {
                session.Process.StandardInput.Write(answers);
                session.Process.StandardInput.Close();
            }
            foreach (var session in sessions)
            {
                Assert.True(session.Process.WaitForExit(120_000), "a session did not end");
                session.Process.WaitForExit();
                var printed = session.Output.ToString();
                Assert.True(session.Process.ExitCode == 0, printed);
                Assert.Contains("15 answers added this session", printed);
            }
        }
        finally
        {
            foreach (var session in sessions)
                if (!session.Process.HasExited)
                    session.Process.Kill();
        }

        var text = File.ReadAllText(log);
        Assert.StartsWith(original, text, StringComparison.Ordinal);
        var load = StoryBankLoader.Load(bank.Root);
        Assert.Empty(load.Diagnostics.Where(d => d.IsError));
        Assert.Equal(232, load.Bank!.Practice.Entries.Count);
        Assert.Equal(6, load.Bank.Practice.Entries.Count(e => e.Clarity == 1));
        Assert.False(File.Exists(Path.Combine(bank.Root, "practice", "log.unsaved.yaml")));
    }

    [FactWithTool("dotnet")]
    public void A_practice_process_killed_while_it_adds_answers_leaves_every_earlier_byte_and_a_log_that_reads()
    {
        using var bank = ContentFixture.Valid();
        var log = Path.Combine(bank.Root, "practice", "log.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        File.WriteAllText(log, Original);
        foreach (var after in new[] { 0, 40, 120 })
        {
            var before = File.ReadAllText(log);
            var session = Start(bank.Root, after);
            try
            {
                Assert.True(session.Asked.Wait(TimeSpan.FromSeconds(60)), "the session never asked its first question");
                session.Process.StandardInput.Write(string.Concat(Enumerable.Repeat("\n4\n4\n4\n", 200)));
                session.Process.StandardInput.Flush();
                Thread.Sleep(after);
            }
            finally
            {
                session.Process.Kill();
                session.Process.WaitForExit();
            }
            var text = File.ReadAllText(log);
            Assert.StartsWith(before, text, StringComparison.Ordinal);
            var diagnostics = new DiagnosticBag();
            PrepPack.Content.Readers.PracticeLogReader.Parse(log, text, diagnostics);
            Assert.Empty(diagnostics);
        }
        // The sessions were stopped while adding, not before: some of their answers are in.
        Assert.True(
            PrepPack
                .Content.Readers.PracticeLogReader.Parse(log, File.ReadAllText(log), new DiagnosticBag())
                .Entries.Count > 2
        );
    }

    [Fact]
    public void Four_sessions_adding_at_once_lose_no_answer()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("log.yaml");
        File.WriteAllText(path, Original);

        var written = Enumerable
            .Range(1, 4)
            .AsParallel()
            .WithDegreeOfParallelism(4)
            .SelectMany(session =>
                Enumerable
                    .Range(0, 15)
                    .Select(i =>
                        PracticeLogWriter.Append(
                            path,
                            PracticeLogAppendTests.Answer with
                            {
                                Seconds = session * 100 + i,
                            }
                        )
                    )
                    .ToList()
            )
            .ToList();

        Assert.All(written, w => Assert.True(w.Added, w.Problem?.ToString()));
        var log = PrepPack.Content.Readers.PracticeLogReader.Parse(path, File.ReadAllText(path), new DiagnosticBag());
        Assert.Equal(62, log.Entries.Count);
        Assert.Equal(60, log.Entries.Select(e => e.Seconds).OfType<int>().Distinct().Count());
        Assert.StartsWith(Original, File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_held_past_the_wait_keeps_the_answer_aside_with_a_message_and_never_hangs()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("log.yaml");
        File.WriteAllText(path, Original);
        using var other = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var clock = Stopwatch.StartNew();
        var written = PracticeLogWriter.Append(path, PracticeLogAppendTests.Answer, TimeSpan.FromMilliseconds(400));
        clock.Stop();

        Assert.InRange(clock.Elapsed.TotalSeconds, 0.4, 5);
        Assert.Equal(DiagnosticCodes.PracticeLogBusy, written.Problem!.Code);
        Assert.Contains("Another program has held the log's lock file log.yaml.lock", written.Problem.Message);
        Assert.Equal(Original, File.ReadAllText(path));
        Assert.Contains("question: setback\n    story: alpha", File.ReadAllText(written.KeptIn!));
        Assert.Equal(
            DiagnosticCodes.PracticeLogBusy,
            Assert.Single(PracticeLogWriter.Check(path, TimeSpan.FromMilliseconds(100)), d => d.IsError).Code
        );
    }

    [Fact]
    public void A_lock_let_go_within_the_wait_lets_the_answer_in()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("log.yaml");
        File.WriteAllText(path, Original);
        var other = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var release = Task.Delay(300).ContinueWith(_ => other.Dispose(), TaskScheduler.Default);

        var written = PracticeLogWriter.Append(path, PracticeLogAppendTests.Answer, TimeSpan.FromSeconds(10));
        release.Wait();

        Assert.True(written.Added, written.Problem?.ToString());
        Assert.Equal(3, written.Log!.Entries.Count);
    }

    /// <summary>preppack practice as its own process, the answers to come through its input.</summary>
    private static (Process Process, System.Text.StringBuilder Output, ManualResetEventSlim Asked) Start(
        string content,
        int seed
    )
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (
            var arg in new[]
            {
                Path.Combine(AppContext.BaseDirectory, "preppack.dll"),
                "practice",
                "--content",
                content,
                "--seed",
                seed.ToString(),
            }
        )
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var asked = new ManualResetEventSlim();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (output)
                output.AppendLine(e.Data);
            if (e.Data.StartsWith("Question 1 ", StringComparison.Ordinal))
                asked.Set();
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                lock (output)
                    output.AppendLine(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output, asked);
    }
}
