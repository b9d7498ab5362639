using System.Text.RegularExpressions;
using PrepPack.Cli;

namespace PrepPack.Tests.BadInput;

/// <summary>
/// Broken input of every kind a user may give: each is a located message with the right exit
/// code, never a crash or a hang, and the pack from the last good build is left as it was.
/// </summary>
public partial class BadInputTests(BadInputWorkspace ws) : IClassFixture<BadInputWorkspace>
{
    public static TheoryData<string> Names => [.. BadInputCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Bad_input_is_reported_where_it_is_and_leaves_the_pack_as_it_was(string name)
    {
        var bad = BadInputCases.All.Single(c => c.Name == name);
        ws.Reset();
        var before = ws.Pack();
        bad.Arrange(ws);
        var output = new StringWriter();
        var error = new StringWriter();
        var args = (bad.Args ?? BadInputCase.Build)
            .Select(a =>
                a.Replace("{content}", ws.Content).Replace("{templates}", ws.Templates).Replace("{out}", ws.Output)
            )
            .ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var exit = PrepPackCli.Run(args, output, error);
        clock.Stop();
        var printed = output + "\n" + error;

        if (bad.Seconds is { } seconds)
            Assert.True(
                clock.Elapsed.TotalSeconds <= seconds,
                $"took {clock.Elapsed.TotalSeconds:0} s, more than {seconds} s"
            );
        Assert.True(bad.Exit == exit, $"exit {exit}, not {bad.Exit}:\n{printed}");
        Assert.DoesNotContain("   at ", printed);
        if (bad.Code.Length > 0)
        {
            var line = printed.Split('\n').FirstOrDefault(l => l.Contains($" {bad.Code}: "));
            Assert.True(line is not null, $"no {bad.Code} message:\n{printed}");
            var place = Place().Match(line!);
            Assert.True(place.Success, $"no place in: {line}");
            var file = Path.GetRelativePath(ws.Root, place.Groups["file"].Value).Replace('\\', '/');
            Assert.Equal(bad.File, file);
            var (l, c) = place.Groups["line"].Success
                ? (int.Parse(place.Groups["line"].Value), int.Parse(place.Groups["col"].Value))
                : (0, 0);
            Assert.True((bad.Line, bad.Column) == (l, c), $"at ({l},{c}), not ({bad.Line},{bad.Column}): {line}");
        }
        if (bad.Says is not null)
            Assert.Contains(bad.Says, printed);
        if (bad.Absent is not null)
            Assert.DoesNotContain(bad.Absent, printed);
        if (bad.Kept is not null)
            Assert.True(File.Exists(ws.PathOf(bad.Kept)), $"{bad.Kept} was deleted:\n{printed}");
        foreach (var (file, bytes) in bad.KeepsPack ? before : [])
            Assert.True(
                File.Exists(Path.Combine(ws.Output, file))
                    && bytes.SequenceEqual(File.ReadAllBytes(Path.Combine(ws.Output, file))),
                $"{file} was changed by a build that failed"
            );
    }

    [GeneratedRegex(@"^(?<file>.+?)(\((?<line>\d+),(?<col>\d+)\))?: (error|warning) PP\d{4}: ")]
    private static partial Regex Place();
}
