using System.Text;
using PrepPack.Pdf.Pieces;
using static PrepPack.Tests.BadInput.BadInputCase;

namespace PrepPack.Tests.BadInput;

/// <summary>Every broken input the suite tries, by class: files, YAML, values, the command line.</summary>
public static class BadInputCases
{
    private const string Alpha = "content/stories/alpha.yaml";
    private const string Beta = "content/stories/beta.yaml";
    private const string Profile = "content/profile.yaml";
    private const string Theme = "templates/theme.yaml";
    private const string Acme = "content/frameworks/acme.yaml";
    private const string Setback = "content/questions/setback.yaml";
    private const string Log = "content/practice/log.yaml";
    private static readonly string[] Practice = ["practice", "--content", "{content}"];
    private const string GoodLog =
        "answers:\n  - date: 2026-11-21 19:04\n    question: setback\n    story: alpha\n    time: \"1:44\"\n    "
        + "clarity: 4\n    metrics: 3\n    reflection: 5\n";

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        .. Files(),
        .. Yaml(),
        .. TextKept(),
        .. Values(),
        .. Frameworks(),
        .. Questions(),
        .. PracticeLog(),
        .. CommandLine(),
        .. Export(),
        .. Starting(),
        .. Containment(),
        .. Templates(),
        .. FrontMatter(),
        .. OutputNames(),
        .. ThemeFile(),
        .. Content(),
        .. ControlCharacters(),
        .. Reproducible(),
        .. KeptPages(),
    ];

    private static IEnumerable<BadInputCase> Files()
    {
        yield return new(
            "A macOS resource fork beside a story, copied from a USB drive, is skipped",
            ws => ws.WriteBytes("content/stories/._alpha.yaml", [0, 5, 22, 7, 0, 2, 0, 0, 0xff, 0xfe]),
            0,
            "",
            "",
            Args: Check,
            Absent: "._alpha.yaml"
        );
        yield return new(
            "A one-page output too long even at its smallest type is an error at the story text to cut first",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "  - value: 5 d → 1 d\n    measures: report age\n",
                        string.Concat(
                            Enumerable
                                .Range(1, 400)
                                .Select(i => $"  - value: {i}%\n    measures: share of reports checked by team {i}\n")
                        )
                    )
                ),
            1,
            "PP0402",
            Alpha,
            827,
            15,
            Says: "The longest text on it is this one",
            KeepsPack: false
        );
        yield return new(
            "A story id with a space is that one error; places that name the story by it are not blamed too",
            ws =>
            {
                ws.Edit(Beta, t => t.Replace("id: beta\n", "id: beta story\n"));
                ws.Edit("content/profile.yaml", t => t.Replace("story: beta\n", "story: beta story\n"));
                ws.Edit("content/questions/setback.yaml", t => t.Replace("backup: beta\n", "backup: beta story\n"));
            },
            1,
            "PP0114",
            Beta,
            1,
            5,
            Args: Check,
            Absent: "PP0108"
        );
        yield return new(
            "A zero-width space pasted into a story is a warning at it, not printed as nothing in silence",
            ws => ws.Edit(Alpha, t => t.Replace("action_1: Built a pipeline.", "action_1: Built a pipe\u200Bline.")),
            0,
            "PP0141",
            Alpha,
            13,
            25,
            Args: Check,
            Says: "zero-width space"
        );
        yield return new(
            "A right-to-left override pasted into a story is a warning that says it prints the text backwards",
            ws => ws.Edit(Alpha, t => t.Replace("lesson: Test early.", "lesson: Test \u202Eearly.")),
            0,
            "PP0141",
            Alpha,
            16,
            16,
            Args: Check,
            Says: "backwards"
        );
        yield return new(
            "An output named with another format's extension is an error at the name",
            ws =>
                ws.Edit("templates/tmay.sbn", t =>
                    t.Replace(
                        "subject: The two-minute introduction\n",
                        "subject: The two-minute introduction\noutput: intro.docx\n"
                    )
                ),
            1,
            "PP0301",
            "templates/tmay.sbn",
            5,
            9,
            Says: "does not end in '.pdf'",
            KeepsPack: false
        );
        yield return new(
            "A page margin typed without its unit is an error, not text at the paper's edge",
            ws => ws.Edit(Theme, t => t.Replace("  margin: 0.75in", "  margin: 0.75")),
            1,
            "PP0104",
            Theme,
            46,
            11,
            Says: "a bare number is points",
            KeepsPack: false
        );
        yield return new(
            "A template margin typed without its unit is an error at it",
            ws =>
                ws.Edit("templates/tmay.sbn", t =>
                    t.Replace(
                        "subject: The two-minute introduction\n",
                        "subject: The two-minute introduction\nmargin: 0.5\n"
                    )
                ),
            1,
            "PP0301",
            "templates/tmay.sbn",
            5,
            9,
            Says: "margin: 0.5in",
            KeepsPack: false
        );
        yield return new(
            "A misspelt word in braces in a template's footer is a warning saying which word it means",
            ws => ws.Edit("templates/tmay.sbn", t => t.Replace("| {title} |", "| {titel} |")),
            0,
            "PP0438",
            "templates/tmay.sbn",
            5,
            10,
            Says: "Did you mean '{title}'?",
            KeepsPack: false
        );
        yield return new(
            "A misspelt word in braces in the theme's footer is a warning at the word",
            ws => ws.Edit(Theme, t => t.Replace("Page {page} of {pages}", "Page {page} of {pagse}")),
            0,
            "PP0438",
            Theme,
            47,
            37,
            Says: "'{pagse}' is not a word a header or footer fills in",
            KeepsPack: false
        );
        yield return new(
            "A story theme one letter from an interview theme is a warning naming the theme it would answer",
            ws => ws.Edit(Alpha, t => t.Replace("themes: [impact]", "themes: [impact, teamwrok]")),
            0,
            "PP0261",
            Alpha,
            4,
            18,
            Args: Check,
            Says: "one letter from 'teamwork'"
        );
        yield return new(
            "A principle listed twice in a story is a warning at the second",
            ws => ws.Edit(Alpha, t => t.Replace("acme: [grit, craft]", "acme: [grit, craft, grit]")),
            0,
            "PP0262",
            Alpha,
            31,
            23,
            Args: Check,
            Says: "'grit' is written a second time under 'acme' (first at line 31)"
        );
        yield return new(
            "A question whose backup is its primary story is a warning at the backup",
            ws => ws.Edit(Setback, t => t.Replace("backup: beta", "backup: alpha")),
            0,
            "PP0262",
            Setback,
            6,
            9,
            Args: Check,
            Says: "backup is its primary story"
        );
        yield return new(
            "A story named twice among the profile's highlights is a warning at the second",
            ws => ws.Edit(Profile, t => t.Replace("    - story: beta\n", "    - story: alpha\n")),
            0,
            "PP0262",
            Profile,
            10,
            14,
            Args: Check,
            Says: "print its highlight twice"
        );
        yield return new(
            "A damaged font file in the templates' fonts folder is a warning at that file, not ignored",
            ws => ws.WriteBytes("templates/fonts/Broken-Regular.ttf", [0, 1, 0, 0, 0, 9, 0x42, 0x42]),
            0,
            "PP0436",
            "templates/fonts/Broken-Regular.ttf",
            Says: "cannot be read as a font",
            KeepsPack: false
        );
        yield return new(
            "A fonts folder saved as a file is a warning at it, not ignored",
            ws =>
            {
                if (Directory.Exists(ws.PathOf("templates/fonts")))
                    Directory.Delete(ws.PathOf("templates/fonts"), true);
                ws.Write("templates/fonts", "not a folder");
            },
            0,
            "PP0436",
            "templates/fonts",
            Says: "is a file, not a folder",
            KeepsPack: false
        );
        yield return new(
            "A template that writes no text warns that its output is blank",
            ws =>
                File.WriteAllText(
                    ws.PathOf("templates/tmay.sbn"),
                    "---\ntitle: Nothing\n---\n{{ if false }}x{{ end }}\n"
                ),
            0,
            "PP0437",
            "templates/tmay.sbn",
            1,
            1,
            Says: "tmay.pdf is blank",
            KeepsPack: false
        );
        yield return new(
            "A story file whose name cannot be an id is told to rename the file, not to take that name as its id",
            ws => File.Copy(ws.PathOf(Beta), ws.PathOf("content/stories/beta copy.yaml")),
            1,
            "PP0107",
            "content/stories/beta copy.yaml",
            1,
            1,
            Args: Check,
            Says: "'beta copy' cannot be an id",
            Absent: "change the id to 'beta copy'"
        );
        yield return new(
            "A principle written without its id is that one error, not also an unknown principle where it is named",
            ws => ws.Edit(Acme, t => t.Replace("- id: grit", "- idd: grit")),
            1,
            "PP0103",
            Acme,
            5,
            5,
            Args: Check,
            Absent: "PP0110"
        );
        yield return new(
            "Two principles of one id are that one error, not also an unknown principle where the other is named",
            ws => ws.Edit(Acme, t => t.Replace("- id: grit", "- id: craft")),
            1,
            "PP0112",
            Acme,
            10,
            9,
            Args: Check,
            Absent: "PP0110",
            Says: "(first at line 5)"
        );
        yield return new(
            "Two principles of one name are a warning at the second, as the pages would print them alike",
            ws => ws.Edit(Acme, t => t.Replace("name: Craft", "name: grit")),
            0,
            "PP0262",
            Acme,
            11,
            11,
            Args: Check,
            Says: "(first at line 6)"
        );
        yield return new(
            "A profile without its highlights is that one error, not also a warning that it has none",
            ws =>
                ws.Edit(Profile, t =>
                    t.Replace(
                        "  highlights:\n    - story: alpha\n      says: Alpha cut a report from 5 days to 1.\n"
                            + "    - story: beta\n      says: Beta saved $10k.\n",
                        ""
                    )
                ),
            1,
            "PP0102",
            Profile,
            5,
            3,
            Args: Check,
            Absent: "PP0205"
        );
        yield return new(
            "A story whose id differs from its file name is that one error, not an unknown story where it is named",
            ws => ws.Edit(Alpha, t => t.Replace("id: alpha", "id: alfa")),
            1,
            "PP0107",
            Alpha,
            1,
            1,
            Args: Check,
            Absent: "PP0108"
        );
        yield return new(
            "A stories folder that is a file is said to be one, and the stories it would hold are not blamed",
            ws =>
            {
                Directory.Delete(ws.PathOf("content/stories"), recursive: true);
                ws.Write("content/stories", "id: alpha\n");
            },
            1,
            "PP0119",
            "content/stories",
            Args: Check,
            Says: "is a file, but it must be a folder",
            Absent: "PP0108"
        );
        yield return new(
            "A frameworks folder that is a file is said to be one, and the frameworks it would hold are not blamed",
            ws =>
            {
                Directory.Delete(ws.PathOf("content/frameworks"), recursive: true);
                ws.Write("content/frameworks", "id: acme\n");
            },
            1,
            "PP0119",
            "content/frameworks",
            Absent: "PP0109"
        );
        yield return new(
            "A questions folder that is a file is an error, not skipped",
            ws =>
            {
                Directory.Delete(ws.PathOf("content/questions"), recursive: true);
                ws.Write("content/questions", "id: setback\n");
            },
            1,
            "PP0119",
            "content/questions",
            Args: Check
        );
        yield return new(
            "A profile.yaml that is a folder is said to be a folder, not missing",
            ws =>
            {
                File.Delete(ws.PathOf(Profile));
                Directory.CreateDirectory(ws.PathOf(Profile));
            },
            1,
            "PP0119",
            Profile,
            Absent: "missing"
        );
        yield return new(
            "A folder named like a story is an error, not skipped without a word",
            ws => Directory.CreateDirectory(ws.PathOf("content/stories/gamma.yaml")),
            1,
            "PP0119",
            "content/stories/gamma.yaml",
            Args: Check
        );
        yield return new(
            "A link named like a story that leads to a folder is an error, not skipped without a word",
            ws => File.CreateSymbolicLink(ws.PathOf("content/stories/gamma.yaml"), ws.PathOf("content/frameworks")),
            1,
            "PP0119",
            "content/stories/gamma.yaml",
            Args: Check
        );
        yield return new(
            "An Emacs lock file beside a story, a link to nothing, is skipped",
            ws => File.CreateSymbolicLink(ws.PathOf("content/stories/.#alpha.yaml"), "user@host.4242:1700000000"),
            0,
            "",
            "",
            Absent: ".#alpha.yaml"
        );
        yield return new(
            "A Vim swap file and a backup beside a story are skipped by check",
            ws =>
            {
                ws.WriteBytes("content/stories/.alpha.yaml.swp", [0, 1, 2]);
                ws.Write("content/frameworks/acme.yaml~", "id: [broken");
            },
            0,
            "",
            "",
            Args: Check,
            Absent: "acme.yaml~"
        );
        yield return new(
            "A practice log of NUL bytes is told how to start a log, not a story",
            ws => ws.WriteBytes(Log, new byte[40]),
            1,
            "PP0104",
            Log,
            1,
            1,
            Args: Check,
            Says: "Start the file with 'answers:'",
            Absent: "'title: …'"
        );
        yield return new(
            "A question file of only comments is told how to start a question",
            ws => ws.Write(Setback, "# later\n"),
            1,
            "PP0104",
            Setback,
            1,
            1,
            Args: Check,
            Says: "then 'ask:' with the question"
        );
        yield return new(
            "A framework whose principles are an empty flow list is an error at the line, as an empty line is",
            ws => ws.Write(Acme, "id: acme\ncompany: Acme\nname: Acme values\nprinciples: []\n"),
            1,
            "PP0113",
            Acme,
            4,
            1,
            Args: Check,
            Says: "'principles' in the framework is empty"
        );
        yield return new(
            "A story file that is a link to itself is an error naming it",
            ws =>
            {
                File.Delete(ws.PathOf(Alpha));
                File.CreateSymbolicLink(ws.PathOf(Alpha), ws.PathOf(Alpha));
            },
            1,
            "PP0004",
            Alpha,
            Says: "loop of links"
        );
        yield return new(
            "A story file that is a link to nothing is an error naming it",
            ws =>
            {
                File.Delete(ws.PathOf(Alpha));
                File.CreateSymbolicLink(ws.PathOf(Alpha), ws.PathOf("content/stories/gone.txt"));
            },
            1,
            "PP0004",
            Alpha
        );
        yield return new(
            "A pipe named like a story never blocks the build",
            ws => MakeFifo(ws.PathOf("content/stories/x.yaml")),
            1,
            "PP0104",
            "content/stories/x.yaml",
            1,
            1
        );
        yield return new(
            "A pipe named like a story never blocks check",
            ws => MakeFifo(ws.PathOf("content/stories/x.yaml")),
            1,
            "PP0104",
            "content/stories/x.yaml",
            1,
            1,
            Args: Check
        );
        yield return new(
            "A story file that is a link to a device that never ends is read as empty, not for ever",
            ws =>
            {
                File.Delete(ws.PathOf(Alpha));
                File.CreateSymbolicLink(ws.PathOf(Alpha), "/dev/zero");
            },
            1,
            "PP0104",
            Alpha,
            1,
            1
        );
        yield return new(
            "A huge file in the stories folder is refused, not read",
            ws => ws.WriteBytes("content/stories/huge.yaml", new byte[5 * 1024 * 1024]),
            1,
            "PP0004",
            "content/stories/huge.yaml",
            Says: "far larger"
        );
        yield return new(
            "A Latin-1 byte in a story is an error at its line and column, not a replacement character",
            ws =>
                ws.WriteBytes(
                    Alpha,
                    Encoding.Latin1.GetBytes(
                        File.ReadAllText(ws.PathOf(Alpha)).Replace("title: Alpha project", "title: Café project")
                    )
                ),
            1,
            "PP0005",
            Alpha,
            2,
            11
        );
        yield return new(
            "A Latin-1 byte in the profile is an error at its line and column",
            ws =>
                ws.WriteBytes(
                    Profile,
                    Encoding.Latin1.GetBytes(
                        File.ReadAllText(ws.PathOf(Profile)).Replace("name: Sam Reyes", "name: Sam Reyés")
                    )
                ),
            1,
            "PP0005",
            Profile,
            1,
            14
        );
        yield return new(
            "A build record that is not JSON is set aside with a warning",
            ws => ws.Write("output/.preppack/manifest.json", "{ not json"),
            0,
            "PP0502",
            "output/.preppack/manifest.json"
        );
        yield return new(
            "A build record with a date out of range is set aside with a warning",
            ws =>
                ws.Edit("output/.preppack/manifest.json", t =>
                    System.Text.RegularExpressions.Regex.Replace(t, "\"written\": \\d+", "\"written\": -5")
                ),
            0,
            "PP0502",
            "output/.preppack/manifest.json"
        );
        yield return new(
            "A build record with a missing value is set aside with a warning",
            ws =>
                ws.Edit("output/.preppack/manifest.json", t =>
                    System.Text.RegularExpressions.Regex.Replace(t, "\"hash\": \"[0-9a-f]+\"", "\"hash\": null")
                ),
            0,
            "PP0502",
            "output/.preppack/manifest.json"
        );
    }

    private static IEnumerable<BadInputCase> Yaml()
    {
        yield return new(
            "A YAML directive with no document start after it is an error at the directive with the fix",
            ws => ws.Edit(Alpha, t => "%YAML 1.2\n" + t),
            1,
            "PP0101",
            Alpha,
            1,
            1,
            Args: Check,
            Says: "put '---' on the line after it"
        );
        yield return new(
            "A YAML directive followed by its document start is read as YAML",
            ws => ws.Edit(Alpha, t => "%YAML 1.2\n---\n" + t),
            0,
            "",
            "",
            Args: Check
        );
        yield return new(
            "Two YAML mistakes in different fields of one story are both reported, the first first",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace("  impact: 5", "\timpact: 5")
                        .Replace("    answer: The data needed", "    answer: \"The data needed")
                ),
            1,
            "PP0101",
            Alpha,
            6,
            1,
            Args: Check,
            Says: "alpha.yaml(34,13): error PP0101"
        );
        yield return new(
            "A YAML mistake with more lines of its field after it says they were not checked",
            ws => ws.Edit(Alpha, t => t.Replace("  context: Reports took 5 days.", "  context: Reports: took 5 days.")),
            1,
            "PP0101",
            Alpha,
            11,
            19,
            Says: "lines 12-16 are not checked"
        );
        yield return new(
            "An unclosed '[' in a story is an error at the bracket",
            ws => ws.Edit(Alpha, t => t.Replace("themes: [impact]", "themes: [impact")),
            1,
            "PP0101",
            Alpha,
            4,
            9,
            Says: "never closed"
        );
        yield return new(
            "An unclosed '[' in a story is an error at the bracket in check too",
            ws => ws.Edit(Alpha, t => t.Replace("themes: [impact]", "themes: [impact")),
            1,
            "PP0101",
            Alpha,
            4,
            9,
            Args: Check
        );
        yield return new(
            "An unclosed '{' in the profile is an error at the brace",
            ws => ws.Edit(Profile, t => t + "extra: {a: 1\n"),
            1,
            "PP0101",
            Profile,
            13,
            8
        );
        yield return new(
            "A tab used to indent is an error at the tab",
            ws => ws.Edit(Alpha, t => t.Replace("  impact: 5", "\timpact: 5")),
            1,
            "PP0101",
            Alpha,
            6,
            1,
            Says: "spaces"
        );
        yield return new(
            "A tab deeper in the file is an error at its own line",
            ws => ws.Edit(Alpha, t => t.Replace("  lesson: Test early.", "\tlesson: Test early.")),
            1,
            "PP0101",
            Alpha,
            16,
            1
        );
        yield return new(
            "An alias bomb used as a field name is refused at once",
            ws => ws.Write(Alpha, AliasBomb()),
            1,
            "PP0101",
            Alpha,
            2,
            8
        );
        yield return new(
            "Nested aliases that would grow to billions of values are refused at the first one",
            ws =>
                ws.Edit(Alpha, t =>
                    t + "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                ),
            1,
            "PP0101",
            Alpha,
            36,
            8,
            Says: "repeats a whole list"
        );
        yield return new(
            "A list used as a field name is refused",
            ws => ws.Edit(Alpha, t => t + "? [a, b]\n: c\n"),
            1,
            "PP0101",
            Alpha,
            35,
            3
        );
        yield return new(
            "A second YAML document in a story is an error at its start",
            ws => ws.Edit(Alpha, t => t + "---\nid: other\n"),
            1,
            "PP0101",
            Alpha,
            35,
            1,
            Says: "second YAML document"
        );
        yield return new(
            "A story that does not parse is the first error, with no follow-on about its id",
            ws => ws.Edit(Alpha, t => t.Replace("title: Alpha project", "title: Alpha: project")),
            1,
            "PP0101",
            Alpha,
            2,
            13,
            Absent: "PP0108"
        );
        yield return new(
            "A framework that does not parse is the only error, with no follow-on about its principles",
            ws => ws.Edit("content/frameworks/acme.yaml", t => t.Replace("id: acme", "id: [acme")),
            1,
            "PP0101",
            "content/frameworks/acme.yaml",
            1,
            5,
            Absent: "PP0109"
        );
        yield return new(
            "An empty story file is an error at its start, and the flagship it held is not reported missing",
            ws => ws.Write(Alpha, ""),
            1,
            "PP0104",
            Alpha,
            1,
            1,
            Absent: "PP0203"
        );
        yield return new(
            "An empty profile is an error at its start that names the profile's own first fields",
            ws => ws.Write(Profile, ""),
            1,
            "PP0104",
            Profile,
            1,
            1,
            Says: "'name: …'",
            Absent: "'id: '"
        );
        yield return new(
            "An empty framework is an error naming a framework's fields, with no follow-on about the profile's "
                + "companies",
            ws => ws.Write(Acme, ""),
            1,
            "PP0104",
            Acme,
            1,
            1,
            Says: "'company: …'",
            Absent: "PP0207"
        );
        yield return new(
            "A quote that is never closed is an error at the quote that says so",
            ws => ws.Edit(Alpha, t => t.Replace("title: Alpha project", "title: \"Alpha project")),
            1,
            "PP0101",
            Alpha,
            2,
            8,
            Says: "never closed"
        );
        yield return new(
            "A colon inside a value is an error that says why and how to quote it",
            ws => ws.Edit(Alpha, t => t.Replace("result: 5 days to 1.", "result: Reports fell: 5 days to 1.")),
            1,
            "PP0101",
            Alpha,
            15,
            23,
            Says: "must be put in quotes"
        );
        yield return new(
            "A story that is a list instead of fields is an error at its start",
            ws => ws.Write(Alpha, "- id: alpha\n"),
            1,
            "PP0104",
            Alpha,
            1,
            1
        );
        yield return new(
            "A colon in an unquoted value is an error with the quoting hint",
            ws => ws.Edit(Alpha, t => t.Replace("result: 5 days to 1.", "result: cut time: 5 days to 1.")),
            1,
            "PP0101",
            Alpha,
            15,
            19,
            Says: "quotes"
        );
        yield return new(
            "A field with no space after its colon is an error at that line saying to put one",
            ws => ws.Edit(Alpha, t => t.Replace("  impact: 5", "  impact:5")),
            1,
            "PP0101",
            Alpha,
            6,
            9,
            Says: "Put a space after the colon: 'impact: 5'.",
            Absent: "quotes"
        );
        yield return new(
            "A field with no space after its colon as the last of its group is an error at the text saying to put one",
            ws => ws.Edit(Alpha, t => t.Replace("  impact: 5\n  scope: 4\n  contribution: 3", "  impact:5")),
            1,
            "PP0104",
            Alpha,
            6,
            3,
            Says: "Put a space after the colon: 'impact: 5'."
        );
        yield return new(
            "A field with no space after its colon in braces is an error at it saying to put one, not that the field "
                + "is missing",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "scores:\n  impact: 5\n  scope: 4\n  contribution: 3",
                        "scores: {impact:5, scope: 4, contribution: 3}"
                    )
                ),
            1,
            "PP0103",
            Alpha,
            5,
            10,
            Says: "Put a space after the colon: 'impact: 5'.",
            Absent: "PP0102"
        );
        yield return new(
            "A tab deeper in the file is an error at the tab that says to replace it, not the parser's words",
            ws => ws.Edit(Alpha, t => t.Replace("  scope: 4", "  \tscope: 4")),
            1,
            "PP0101",
            Alpha,
            7,
            3,
            Says: "Replace the tab with spaces",
            Absent: "violate"
        );
        yield return new(
            "A field indented one space more than the one above is an error at it saying what to line it up with",
            ws => ws.Edit(Alpha, t => t.Replace("  scope: 4", "   scope: 4")),
            1,
            "PP0101",
            Alpha,
            7,
            4,
            Says: "Line up 'scope:' with 'impact:' (column 3).",
            Absent: "quotes"
        );
        yield return new(
            "A field indented one space less than its group is an error at it saying what to line it up with",
            ws => ws.Edit(Alpha, t => t.Replace("  scope: 4", " scope: 4")),
            1,
            "PP0101",
            Alpha,
            7,
            2,
            Says: "Line up 'scope:' with 'impact:' (column 3)"
        );
        yield return new(
            "A field of a list item written under its dash is an error saying how far to indent it",
            ws => ws.Edit(Alpha, t => t.Replace("    measures: report age", "  measures: report age")),
            1,
            "PP0101",
            Alpha,
            29,
            3,
            Says: "Indent 'measures:' by 2 more spaces, to line up with 'value:'"
        );
        yield return new(
            "Fields of a group written without indenting are one error at the first, with no follow-ons",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace("\n  context:", "\ncontext:")
                        .Replace("\n  task: Make them daily.\n  action_1", "\ntask: Make them daily.\naction_1")
                        .Replace("\n  action_2:", "\naction_2:")
                        .Replace("\n  result: 5 days", "\nresult: 5 days")
                        .Replace("\n  lesson:", "\nlesson:")
                ),
            1,
            "PP0118",
            Alpha,
            11,
            1,
            Says: "Indent 'context:' under 'card:' by two spaces",
            Absent: "PP0103"
        );
        yield return new(
            "A group left empty by unindented fields that do not parse is an error at the first of them",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "  context: Reports took 5 days.\n  task: Make them daily.",
                        "context: Reports took 5 days.\ntask: Make them daily."
                    )
                ),
            1,
            "PP0101",
            Alpha,
            11,
            1,
            Says: "'context:' is not indented under 'card:'"
        );
    }

    /// <summary>Text the user typed that YAML would leave out or reshape: a warning, and the pack is built.</summary>
    private static IEnumerable<BadInputCase> TextKept()
    {
        yield return new(
            "A ' #' in a story's value is a warning at the hash, and the pack is built",
            ws => ws.Edit(Alpha, t => t.Replace("action_1: Built a pipeline.", "action_1: Shadowed #12 triage nurses")),
            0,
            "PP0250",
            Alpha,
            13,
            22,
            Says: "put the whole value in quotes: \"Shadowed #12 triage nurses\"",
            KeepsPack: false
        );
        yield return new(
            "A ' #' in a story's value is the same warning in check",
            ws => ws.Edit(Alpha, t => t.Replace("action_1: Built a pipeline.", "action_1: Shadowed #12 triage nurses")),
            0,
            "PP0250",
            Alpha,
            13,
            22,
            Args: Check
        );
        yield return new(
            "A value that starts with '#' is a warning that the value is empty",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace("highlight: Report from 5 days to 1", "highlight: #1 report, from 5 days to 1")
                ),
            1,
            "PP0250",
            Alpha,
            9,
            12,
            Says: "this value is empty"
        );
        yield return new(
            "A ' #' in the profile is a warning at the hash",
            ws =>
                ws.Edit(Profile, t =>
                    t.Replace("present: I build data products.", "present: I build data products for team #3.")
                ),
            0,
            "PP0250",
            Profile,
            5,
            43,
            Args: Check
        );
        yield return new(
            "A ' #' in a framework is a warning at the hash",
            ws => ws.Edit(Acme, t => t.Replace("emphasise: Keep going.", "emphasise: Keep going after setback #1.")),
            0,
            "PP0250",
            Acme,
            7,
            41,
            Args: Check
        );
        yield return new(
            "A ' #' in a question is a warning at the hash",
            ws =>
                ws.Edit(Setback, t =>
                    t.Replace(
                        "ask: Tell me about a setback you recovered from.",
                        "ask: Tell me about setback #2 you recovered from."
                    )
                ),
            0,
            "PP0250",
            Setback,
            2,
            28,
            Args: Check
        );
        yield return new(
            "A ' #' in the practice log is a warning at the hash",
            ws => ws.Write(Log, GoodLog.Replace("story: alpha", "story: alpha #again")),
            0,
            "PP0250",
            Log,
            4,
            18,
            Args: Check
        );
        yield return new(
            "A list item indented one space off is a warning at its dash saying to line the dashes up",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "  actions: [Built a pipeline, Added tests]",
                        "  actions:\n    - Built a pipeline\n     - Added tests"
                    )
                ),
            0,
            "PP0251",
            Alpha,
            22,
            6,
            Says: "Line up the dashes",
            KeepsPack: false
        );
        yield return new(
            "List items written with '-' and no space are a warning at each, saying how to start an item",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "  actions: [Built a pipeline, Added tests]",
                        "  actions:\n    -Built a pipeline\n    -Added tests"
                    )
                ),
            0,
            "PP0251",
            Alpha,
            21,
            5,
            Says: "write '- Built a pipeline'",
            KeepsPack: false
        );
        yield return new(
            "A first word starting with '!' is a warning that YAML leaves it out",
            ws => ws.Edit(Alpha, t => t.Replace("action_1: Built a pipeline.", "action_1: !Urgent pipeline fix")),
            0,
            "PP0253",
            Alpha,
            13,
            13,
            Says: "\"!Urgent pipeline fix\"",
            Args: Check
        );
        yield return new(
            "A ' #' inside brackets is an error at the hash, not about an unclosed bracket",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "  actions: [Built a pipeline, Added tests]",
                        "  actions: [Built pipeline #2, Added tests]"
                    )
                ),
            1,
            "PP0101",
            Alpha,
            20,
            28,
            Says: "Put the item in quotes: \"Built pipeline #2\".",
            Absent: "never closed"
        );
        yield return new(
            "A value starting with '@' is an error at it with the quoted value to write",
            ws => ws.Edit(Alpha, t => t.Replace("action_1: Built a pipeline.", "action_1: @mentioned the team")),
            1,
            "PP0101",
            Alpha,
            13,
            13,
            Says: "action_1: \"@mentioned the team\"",
            Absent: "cannot start any token"
        );
        yield return new(
            "A value starting with a quoted word is an error at it with the value in the other quotes",
            ws => ws.Edit(Alpha, t => t.Replace("action_1: Built a pipeline.", "action_1: \"Built\" a pipeline")),
            1,
            "PP0101",
            Alpha,
            13,
            13,
            Says: "action_1: '\"Built\" a pipeline'"
        );
        yield return new(
            "List items written with '* ' are an error at the first saying to use '- '",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "  actions: [Built a pipeline, Added tests]",
                        "  actions:\n    * Built a pipeline\n    * Added tests"
                    )
                ),
            1,
            "PP0101",
            Alpha,
            21,
            5,
            Says: "Start each item with '- ' instead of '* '.",
            Absent: "anchor or alias"
        );
        yield return new(
            "Themes written with commas and no brackets are a warning with the bracketed list",
            ws => ws.Edit(Alpha, t => t.Replace("themes: [impact]", "themes: impact, leadership")),
            0,
            "PP0252",
            Alpha,
            4,
            9,
            Says: "themes: [impact, leadership]",
            KeepsPack: false
        );
        yield return new(
            "Principles written with commas and no brackets are an error with the bracketed list",
            ws => ws.Edit(Alpha, t => t.Replace("  acme: [grit, craft]", "  acme: grit, craft")),
            1,
            "PP0110",
            Alpha,
            31,
            9,
            Says: "acme: [grit, craft]",
            Args: Check
        );
        yield return new(
            "A principle typed as the start of a longer id is an error that names the whole id",
            ws => ws.Edit(Acme, t => t.Replace("id: craft", "id: craft-and-quality")),
            1,
            "PP0110",
            Alpha,
            31,
            16,
            Says: "Did you mean 'craft-and-quality'?",
            Args: Check
        );
        yield return new(
            "A story named in letters beyond ASCII builds",
            ws =>
            {
                foreach (var file in new[] { Alpha, Profile, Acme, Setback })
                    ws.Edit(file, t => t.Replace("alpha", "café-報"));
                File.Move(ws.PathOf(Alpha), ws.PathOf("content/stories/café-報.yaml"));
            },
            0,
            "",
            "",
            KeepsPack: false
        );
        yield return new(
            "A story id with a space is refused at the id naming the space",
            ws => ws.Edit(Alpha, t => t.Replace("id: alpha", "id: café 報")),
            1,
            "PP0114",
            Alpha,
            1,
            5,
            Says: "a space is not one of them"
        );
    }

    private static IEnumerable<BadInputCase> Values()
    {
        yield return new(
            "A date that does not exist in the profile is an error at the date",
            ws => ws.Edit(Profile, t => t + "updated: 2026-13-45\n"),
            1,
            "PP0104",
            Profile,
            13,
            10
        );
        yield return new(
            "A profile language that is no language tag is an error at the value",
            ws => ws.Edit(Profile, t => t + "language: British English\n"),
            1,
            "PP0104",
            Profile,
            13,
            11,
            Says: "a language tag such as en-GB"
        );
        yield return new(
            "A story id that climbs out of its folder is refused at the id",
            ws => ws.Edit(Alpha, t => t.Replace("id: alpha", "id: ../../evil")),
            1,
            "PP0114",
            Alpha,
            1,
            5,
            Absent: "evil.yaml"
        );
        yield return new(
            "A framework id with a slash is refused at the id",
            ws => ws.Edit("content/frameworks/acme.yaml", t => t.Replace("id: acme", "id: a/b")),
            1,
            "PP0114",
            "content/frameworks/acme.yaml",
            1,
            5
        );
        yield return new(
            "A theme page size of zero is an error at the size",
            ws => ws.Edit(Theme, t => SetPage(t, "size", "0in x 0in")),
            1,
            "PP0302",
            Theme,
            45,
            9
        );
        yield return new(
            "A theme page size PrepPack does not know is an error at the size",
            ws => ws.Edit(Theme, t => SetPage(t, "size", "tabloid")),
            1,
            "PP0302",
            Theme,
            45,
            9
        );
        yield return new(
            "Theme margins wider than the page are an error at the margin",
            ws => ws.Edit(Theme, t => SetPage(t, "margin", "5in")),
            1,
            "PP0302",
            Theme,
            46,
            11
        );
        yield return new(
            "A box padding wider than any page is an error at the padding, not a layout failure",
            ws => ws.Edit(Theme, t => t.Replace("    padding: 10", "    padding: 99999")),
            1,
            "PP0302",
            Theme,
            54,
            14,
            Says: "at most 2in"
        );
        yield return new(
            "A one-page limit of no stories is an error at the limit",
            ws => ws.Edit(Theme, t => t.Replace("  matrix_stories: 26", "  matrix_stories: 0")),
            1,
            "PP0105",
            Theme,
            80,
            19,
            Says: "from 1 to 200"
        );
        yield return new(
            "A misspelt field under the theme's interview is an error at the field with the word it should be",
            ws => ws.Edit(Theme, t => t.Replace("  framework: acme", "  framwork: acme")),
            1,
            "PP0103",
            Theme,
            87,
            3,
            Says: "Did you mean 'framework'?"
        );
        yield return new(
            "An interview framework the bank does not have is a warning at the theme line with the closest, and the "
                + "pack is built",
            ws => ws.Edit(Theme, t => t.Replace("  framework: acme", "  framework: acmee")),
            0,
            "PP0306",
            Theme,
            87,
            14,
            Says: "Did you mean 'acme'?",
            KeepsPack: false
        );
    }

    private static IEnumerable<BadInputCase> Frameworks()
    {
        yield return new(
            "A misspelt 'needs' is an error at the value with the word it should be",
            ws => ws.Edit(Acme, t => t.Replace("    primary: alpha", "    primary: alpha\n    needs: failur")),
            1,
            "PP0104",
            Acme,
            10,
            12,
            Says: "Did you mean 'failure'?"
        );
        yield return new(
            "A choice marked weak with true instead of a note is an error asking for the note",
            ws => ws.Edit(Acme, t => t.Replace("    primary: alpha", "    primary: {story: alpha, weak: true}")),
            1,
            "PP0104",
            Acme,
            9,
            35,
            Says: "what would make the story stronger"
        );
        yield return new(
            "A misspelt field of a weak choice is an error with the closest field",
            ws =>
                ws.Edit(Acme, t => t.Replace("    primary: alpha", "    primary: {story: alpha, wek: needs a number}")),
            1,
            "PP0103",
            Acme,
            9,
            29,
            Says: "Did you mean 'weak'?"
        );
        yield return new(
            "A weak choice that names no story is an error at the choice",
            ws => ws.Edit(Acme, t => t.Replace("    primary: alpha", "    primary: {weak: needs a number}")),
            1,
            "PP0102",
            Acme,
            9,
            14,
            Says: "'story' is missing from the primary story."
        );
        yield return new(
            "A backup written as a list is an error at the list",
            ws => ws.Edit(Acme, t => t.Replace("    primary: alpha", "    primary: alpha\n    backup: [alpha, beta]")),
            1,
            "PP0104",
            Acme,
            10,
            13,
            Says: "the id of one story"
        );
        yield return new(
            "A practice question naming a story that does not exist is an error with the closest story",
            ws =>
                ws.Edit(Acme, t =>
                    t.Replace(
                        "    questions: [Tell me about a setback.]",
                        "    questions:\n      - ask: Tell me about a setback.\n        primary: alpah"
                    )
                ),
            1,
            "PP0108",
            Acme,
            10,
            18,
            Says: "Did you mean 'alpha'?"
        );
        yield return new(
            "A practice question with stories but no question is an error at the question",
            ws =>
                ws.Edit(Acme, t =>
                    t.Replace("    questions: [Tell me about a setback.]", "    questions:\n      - primary: alpha")
                ),
            1,
            "PP0102",
            Acme,
            9,
            9,
            Says: "'ask' is missing from a practice question."
        );
        yield return new(
            "A limit of no principles a story is an error at the limit",
            ws => ws.Edit(Acme, t => t.Replace("name: Acme values", "name: Acme values\nmax_principles_per_story: 0")),
            1,
            "PP0105",
            Acme,
            4,
            27,
            Says: "from 1 to 100"
        );
        yield return new(
            "A named story that does not list the principle is a warning at the framework line asking whether to tag "
                + "it",
            ws =>
                ws.Edit(Acme, t => t.Replace("    emphasise: Quality.", "    emphasise: Quality.\n    primary: beta")),
            0,
            "PP0230",
            Acme,
            13,
            14,
            Says: "Did you mean to tag it?",
            KeepsPack: false
        );
        yield return new(
            "A story told for more principles than the framework allows is a warning naming it and its principles",
            ws => ws.Edit(Acme, t => t.Replace("name: Acme values", "name: Acme values\nmax_principles_per_story: 1")),
            0,
            "PP0231",
            Acme,
            10,
            14,
            Says: "'alpha' is told for 2 principles of Acme (Grit, Craft)",
            KeepsPack: false
        );
        yield return new(
            "A backup that is not ready to tell makes its principle thin, saying what it lacks",
            ws =>
            {
                ws.Edit(Acme, t => t.Replace("    primary: alpha", "    primary: alpha\n    backup: beta"));
                ws.Edit("content/stories/beta.yaml", t => t[..t.IndexOf("follow_ups:", StringComparison.Ordinal)]);
            },
            0,
            "PP0224",
            "content/stories/beta.yaml",
            1,
            1,
            Args: Check,
            Says: "the backup 'beta' (8 of 15) is not ready: it needs follow-ups"
        );
        yield return new(
            "A story its own page calls not ready is not counted ready for its theme",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "actions: [Built a pipeline, Added tests]",
                        "actions: [We built a pipeline, We added tests, We shipped it]"
                    )
                ),
            0,
            "PP0221",
            Alpha,
            20,
            3,
            Args: Check,
            Says: "  Biggest impact: alpha needs actions told as \"I\"."
        );
        yield return new(
            "Actions that say a role, not a deed, are a warning at the action that names the role",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "actions: [Built a pipeline, Added tests]",
                        "actions: [Built a pipeline, Was responsible for the tests]"
                    )
                ),
            0,
            "PP0265",
            Alpha,
            20,
            31,
            Args: Check,
            Says: "'Was responsible for the tests' in 'star.actions[1]' names your role ('responsible for')"
        );
        yield return new(
            "A card line that starts with its own label, as pasted from a prep document, is a warning there",
            ws => ws.Edit(Alpha, t => t.Replace("  result: 5 days to 1.", "  result: \"R: 5 days to 1.\"")),
            0,
            "PP0267",
            Alpha,
            15,
            3,
            Args: Check,
            Says: "the line reads 'Result R: …'"
        );
        yield return new(
            "Markdown bold in a card line is a warning that says the words to write instead",
            ws => ws.Edit(Alpha, t => t.Replace("  result: 5 days to 1.", "  result: \"**5 days** to 1.\"")),
            0,
            "PP0268",
            Alpha,
            15,
            3,
            Args: Check,
            Says: "Write '5 days'"
        );
        yield return new(
            "A story that lists five of a framework's principles is a warning at the fifth",
            ws =>
            {
                ws.Edit(Acme, t =>
                    t
                    + string.Concat(
                        ((string[])["pace", "care", "voice"]).Select(p =>
                            $"  - id: {p}\n    name: {p}\n    emphasise: It.\n    questions: [Tell me.]\n"
                        )
                    )
                );
                ws.Edit(Alpha, t => t.Replace("acme: [grit, craft]", "acme: [grit, craft, pace, care, voice]"));
            },
            0,
            "PP0269",
            Alpha,
            31,
            35,
            Args: Check,
            Says: "The story lists 5 of Acme's principles; one answer shows two or three",
            KeepsPack: false
        );
        yield return new(
            "A story copied under a second id and barely changed is a warning at the copy naming the first",
            ws =>
            {
                const string Long =
                    "star:\n  situation: >\n    Finance waited five days for the weekly revenue report, because "
                    + "analysts copied numbers by hand from three billing exports into one spreadsheet and checked "
                    + "every total twice before sending it to the directors on Friday morning.";
                ws.Edit(Alpha, t => t.Replace("star:\n  situation: Reports took five days.", Long));
                ws.Write(
                    "content/stories/omega.yaml",
                    File.ReadAllText(ws.PathOf(Alpha))
                        .Replace("id: alpha", "id: omega")
                        .Replace("flagship: true\n", "")
                        .Replace("title: Alpha project", "title: Omega report")
                );
            },
            0,
            "PP0266",
            "content/stories/omega.yaml",
            1,
            1,
            Args: Check,
            Says: "'omega' tells the same story as 'alpha' (alpha.yaml): 100% of their words are the same.",
            KeepsPack: false
        );
        yield return new(
            "A second framework with none chosen for the interview gives a cheat sheet per framework, not one without "
                + "principles",
            ws =>
            {
                ws.Write(
                    "content/frameworks/zeta.yaml",
                    "id: zeta\ncompany: Zeta\nname: Zeta ways\nprinciples:\n  - id: candour\n    name: Candour\n    "
                        + "emphasise: Say it first.\n    primary: beta\n"
                );
                ws.Edit(Theme, t => t.Replace("interview:\n  framework: acme\n", ""));
            },
            0,
            "",
            "",
            Says: "cheatsheet-zeta.pdf",
            KeepsPack: false
        );
        yield return new(
            "check as JSON carries the readiness and the coverage the text prints",
            _ => { },
            0,
            "",
            "",
            Args: ["check", "--content", "{content}", "--format", "json"],
            Says: "\"headline\": \"Ready: "
        );
        yield return new(
            "An unknown framework for coverage is a usage error with the closest framework",
            _ => { },
            2,
            "",
            "",
            Args: ["coverage", "--content", "{content}", "--framework", "acm"],
            Says: "Did you mean 'acme'?"
        );
    }

    private static IEnumerable<BadInputCase> Questions()
    {
        yield return new(
            "A misspelt field of a question's angle is an error with the field it was meant to be",
            ws => ws.Edit(Setback, t => t.Replace("  lead_with:", "  lead_wiht:")),
            1,
            "PP0103",
            Setback,
            8,
            3,
            Says: "Did you mean 'lead_with'?"
        );
        yield return new(
            "A question naming a story that does not exist is an error with the closest story",
            ws => ws.Edit(Setback, t => t.Replace("primary: alpha", "primary: alpah")),
            1,
            "PP0108",
            Setback,
            5,
            10,
            Says: "Did you mean 'alpha'?"
        );
        yield return new(
            "A question's backup naming a story that does not exist is an error at the backup",
            ws => ws.Edit(Setback, t => t.Replace("backup: beta", "backup: {story: betta, weak: needs a number}")),
            1,
            "PP0108",
            Setback,
            6,
            17,
            Says: "Did you mean 'beta'?"
        );
        yield return new(
            "A question asked for a framework that does not exist is an error with the closest framework",
            ws => ws.Edit(Setback, t => t.Replace("  acme: [grit]", "  acmee: [grit]")),
            1,
            "PP0109",
            Setback,
            4,
            3,
            Says: "Did you mean 'acme'?"
        );
        yield return new(
            "A question asking about a principle the framework does not have is an error with the closest principle",
            ws => ws.Edit(Setback, t => t.Replace("  acme: [grit]", "  acme: [grits]")),
            1,
            "PP0110",
            Setback,
            4,
            10,
            Says: "Did you mean 'grit'?"
        );
        yield return new(
            "A question without the question itself is an error at its start",
            ws => ws.Edit(Setback, t => t.Replace("ask: Tell me about a setback you recovered from.\n", "")),
            1,
            "PP0102",
            Setback,
            1,
            1,
            Says: "'ask' is missing from the question."
        );
        yield return new(
            "A question that names no story to tell is an error at its start",
            ws => ws.Edit(Setback, t => t.Replace("primary: alpha\n", "")),
            1,
            "PP0102",
            Setback,
            1,
            1,
            Says: "'primary' is missing from the question."
        );
        yield return new(
            "A question with an empty story to tell is an error at the line",
            ws => ws.Edit(Setback, t => t.Replace("primary: alpha", "primary:")),
            1,
            "PP0113",
            Setback,
            5,
            1,
            Says: "'primary' in the question is empty."
        );
        yield return new(
            "A probe without its strong answer is an error at the probe",
            ws =>
                ws.Edit(Setback, t =>
                    t.Replace("    strong: I proposed it, built the first version and showed it to the team.\n", "")
                ),
            1,
            "PP0102",
            Setback,
            15,
            5,
            Says: "'strong' is missing from a probe."
        );
        yield return new(
            "Four cues are an error at the cues, as a prompt card has room for three",
            ws => ws.Edit(Setback, t => t + "cues: [One, Two, Three, Four]\n"),
            1,
            "PP0117",
            Setback,
            19,
            7,
            Says: "room for 3"
        );
        yield return new(
            "A question id that differs from its file name is an error at the id",
            ws => ws.Edit(Setback, t => t.Replace("id: setback", "id: setbacks")),
            1,
            "PP0107",
            Setback,
            1,
            1,
            Says: "Rename the file to 'setbacks.yaml'"
        );
        yield return new(
            "A question that is not valid YAML is an error at the place, with no follow-on",
            ws =>
                ws.Edit(Setback, t =>
                    t.Replace("ask: Tell me about a setback you recovered from.", "ask: Tell me: a setback.")
                ),
            1,
            "PP0101",
            Setback,
            2,
            13,
            Absent: "PP0102"
        );
        yield return new(
            "A question asked for no framework is a warning at its id, and the pack is built",
            ws => ws.Edit(Setback, t => t.Replace("principles:\n  acme: [grit]\n", "")),
            0,
            "PP0240",
            Setback,
            1,
            1,
            Says: "no answers document includes it",
            KeepsPack: false
        );
        yield return new(
            "A question told with a story that shows none of its principles is a warning at the story",
            ws =>
                ws.Edit(Setback, t =>
                    t.Replace("  acme: [grit]", "  acme: [craft]")
                        .Replace("primary: alpha", "primary: beta")
                        .Replace("backup: beta", "backup: alpha")
                ),
            0,
            "PP0241",
            Setback,
            5,
            10,
            Says: "'beta' shows none of the principles this question asks about in Acme (Craft)",
            KeepsPack: false
        );
        yield return new(
            "An answer page too long for one Word page even with its type shrunk is a warning at the question naming "
                + "what to cut",
            ws =>
                ws.Edit(Setback, t =>
                    t.Replace(
                        "probes:\n",
                        "probes:\n"
                            + string.Concat(
                                Enumerable
                                    .Range(1, 40)
                                    .Select(i =>
                                        $"  - asks: Probe number {i}, and what you would say to it?\n    tests: "
                                        + "Whether it holds up.\n    weak: A vague answer.\n    strong: A "
                                        + "specific answer with the figure that shows the result.\n"
                                    )
                            )
                    )
                ),
            0,
            "PP0406",
            Setback,
            1,
            1,
            Says: "Its longest parts: the table 'Probe: what it tests' (",
            KeepsPack: false
        );
    }

    private static IEnumerable<BadInputCase> PracticeLog()
    {
        yield return new(
            "A practice log naming a question that does not exist is an error with the closest question",
            ws => ws.Write(Log, GoodLog.Replace("question: setback", "question: setbak")),
            1,
            "PP0115",
            Log,
            3,
            15,
            Says: "Did you mean 'setback'?"
        );
        yield return new(
            "A practice log naming a story that does not exist is an error with the closest story",
            ws => ws.Write(Log, GoodLog.Replace("story: alpha", "story: alpa")),
            1,
            "PP0108",
            Log,
            4,
            12,
            Says: "Did you mean 'alpha'?",
            Args: Check
        );
        yield return new(
            "A practice score out of range is an error at the score",
            ws => ws.Write(Log, GoodLog.Replace("clarity: 4", "clarity: 7")),
            1,
            "PP0105",
            Log,
            6,
            14,
            Says: "from 1 to 5"
        );
        yield return new(
            "A practice date that does not exist is an error at the date",
            ws => ws.Write(Log, GoodLog.Replace("2026-11-21 19:04", "2026-13-21 19:04")),
            1,
            "PP0104",
            Log,
            2,
            11,
            Says: "YYYY-MM-DD"
        );
        yield return new(
            "A practice time with more than 59 seconds is an error at the time",
            ws => ws.Write(Log, GoodLog.Replace("\"1:44\"", "\"1:75\"")),
            1,
            "PP0104",
            Log,
            5,
            11,
            Says: "minutes and seconds"
        );
        yield return new(
            "A practised answer that names neither question nor story is an error at the answer",
            ws => ws.Write(Log, "answers:\n  - date: 2026-11-21\n    clarity: 3\n"),
            1,
            "PP0102",
            Log,
            2,
            5,
            Says: "neither a question nor a story"
        );
        yield return new(
            "A misspelt score in the practice log is an error with the score it was meant to be",
            ws => ws.Write(Log, GoodLog.Replace("clarity: 4", "clarty: 4")),
            1,
            "PP0103",
            Log,
            6,
            5,
            Says: "Did you mean 'clarity'?"
        );
        yield return new(
            "A practice log that is not valid YAML is an error at the place",
            ws => ws.Write(Log, GoodLog.Replace("    clarity: 4", "  clarity: 4")),
            1,
            "PP0101",
            Log,
            6,
            3
        );
        yield return new(
            "A practice log that is a folder is refused before the first question",
            ws => Directory.CreateDirectory(ws.PathOf(Log)),
            1,
            "PP0131",
            Log,
            Args: Practice,
            Says: "is a folder, not a file"
        );
        yield return new(
            "A read-only practice log is refused before the first question and stays read-only",
            ws =>
            {
                ws.Write(Log, GoodLog);
                File.SetAttributes(ws.PathOf(Log), FileAttributes.ReadOnly);
            },
            1,
            "PP0131",
            Log,
            Args: Practice,
            Says: "is read-only, so practice will not add to it",
            Kept: Log
        );
        yield return new(
            "A practice folder that is a file is refused before the first question",
            ws => ws.Write("content/practice", "notes"),
            1,
            "PP0131",
            Log,
            Args: Practice,
            Says: "is a file: move it away"
        );
        yield return new(
            "A folder where the practice log's lock file goes is refused before the first question",
            ws =>
            {
                ws.Write(Log, GoodLog);
                Directory.CreateDirectory(ws.PathOf(Log + ".lock"));
            },
            1,
            "PP0131",
            Log,
            Args: Practice,
            Says: "practice needs a file of that name beside the log"
        );
        yield return new(
            "A practice log that is a pipe never blocks practice and is refused before the first question",
            ws => MakeFifo(ws.PathOf(Log)),
            1,
            "PP0131",
            Log,
            Args: Practice,
            Says: "not an ordinary file but a pipe or a device",
            Seconds: 30
        );
        yield return new(
            "A practice log with its answers in brackets is refused before the first question at the bracket",
            ws => ws.Write(Log, "answers: [{date: 2026-11-21, story: alpha}]\n"),
            1,
            "PP0130",
            Log,
            1,
            10,
            Args: Practice,
            Says: "written in brackets"
        );
        yield return new(
            "A practice log with an empty list in brackets is refused before the first question with the fix",
            ws => ws.Write(Log, "# mine\nanswers: []\n"),
            1,
            "PP0130",
            Log,
            2,
            10,
            Args: Practice,
            Says: "leave nothing after 'answers:'"
        );
        yield return new(
            "A practice log written in braces is refused before the first question",
            ws => ws.Write(Log, "{answers: []}\n"),
            1,
            "PP0130",
            Log,
            1,
            1,
            Args: Practice,
            Says: "written in braces"
        );
        yield return new(
            "An unknown framework for practice is a usage error with the closest framework",
            _ => { },
            2,
            "",
            "",
            Args: ["practice", "--content", "{content}", "--framework", "acm"],
            Says: "preppack: there is no framework 'acm'. Did you mean 'acme'?"
        );
    }

    private static IEnumerable<BadInputCase> CommandLine()
    {
        yield return new(
            "Templates copied out into the content folder itself are refused",
            _ => { },
            2,
            "",
            "",
            Args: ["templates", "--out", "{content}"],
            Says: "part of the content folder",
            Absent: "Copied"
        );
        yield return new(
            "Schemas written into the stories folder are refused",
            _ => { },
            2,
            "",
            "",
            Args: ["schema", "--out", "{content}/stories"],
            Says: "schemas copied there would sit among your stories",
            Absent: "schema.json"
        );
        yield return new(
            "An option given twice is a usage error naming both values",
            _ => { },
            2,
            "",
            "",
            Args: [.. Build, "--out", "{out}/other"],
            Says: "--out is given 2 times",
            Absent: "expects a single argument"
        );
        yield return new(
            "A number too large for its option is a usage error that does not call it no number",
            _ => { },
            2,
            "",
            "",
            Args: [.. Preview, "cheatsheet", "--dpi", "99999999999"],
            Says: "--dpi is '99999999999', a number far larger than it can be",
            Absent: "must be a whole number"
        );
        yield return new(
            "An export named inside the content folder is refused before anything is written",
            ws => ws.Write("content/notes.csv", "mine\n"),
            2,
            "",
            "",
            Args: ["export", "csv", "--content", "{content}", "--out", "{content}/notes.csv"],
            Says: "inside the content folder",
            Absent: "Wrote"
        );
        yield return new(
            "An export to a device such as /dev/null is refused, so the device is never replaced by a file",
            _ => { },
            2,
            "",
            "",
            Args: ["export", "csv", "--content", "{content}", "--out", "/dev/null"],
            Says: "devices and processes",
            Absent: "Wrote"
        );
        yield return new(
            "An export named over the profile is refused",
            _ => { },
            2,
            "",
            "",
            Args: ["export", "anki", "--content", "{content}", "--out", "{content}/profile.yaml"],
            Says: "an export is never written among your stories"
        );
        yield return new(
            "A preview page below one is a usage error before anything is built",
            _ => { },
            2,
            "",
            "",
            Args: [.. Preview, "cheatsheet", "--page", "0"],
            Says: "--page is 0, but pages count from 1"
        );
        yield return new(
            "A preview page that is a word is a usage error, not a crash",
            _ => { },
            2,
            "",
            "",
            Args: [.. Preview, "cheatsheet", "--page", "two"],
            Says: "--page is 'two', but it must be a whole number.",
            Absent: "Exception"
        );
        yield return new(
            "An empty name for printed is a usage error",
            _ => { },
            2,
            "",
            "",
            Args: ["printed", "--out", "{out}", ""],
            Says: "OUTPUT was given an empty name"
        );
        yield return new(
            "An output folder inside the content folder is refused naming both",
            _ => { },
            2,
            "",
            "",
            Args: ["build", "--content", "{content}", "--templates", "{templates}", "--out", "{content}/pack"],
            Says: "is inside the content folder"
        );
        yield return new(
            "An output folder that is the content folder is refused",
            _ => { },
            2,
            "",
            "",
            Args: ["watch", "--content", "{content}", "--templates", "{templates}", "--out", "{content}"],
            Says: "is the content folder"
        );
        yield return new(
            "A content folder that is a link to the root of the disk is refused",
            ws => Directory.CreateSymbolicLink(ws.PathOf("rootlink"), "/"),
            2,
            "",
            "",
            Args: ["watch", "--content", "{content}/../rootlink"],
            Says: "is the root of the disk"
        );
        yield return new(
            "An empty output folder name is a usage error",
            _ => { },
            2,
            "",
            "",
            Args: ["build", "--content", "{content}", "--templates", "{templates}", "--out", ""],
            Says: "empty"
        );
        yield return new(
            "An output folder that is a file is a usage error that says so",
            ws => ws.Write("afile", "x"),
            2,
            "",
            "",
            Args: ["build", "--content", "{content}", "--templates", "{templates}", "--out", "{content}/../afile"],
            Says: "which is a file"
        );
        yield return new(
            "An unknown framework for the build is a usage error with the closest framework, and nothing is built",
            _ => { },
            2,
            "",
            "",
            Args: [.. BadInputCase.Build, "--framework", "acm"],
            Says: "preppack: there is no framework 'acm'. Did you mean 'acme'?"
        );
        yield return new(
            "An unknown command is a usage error naming it, without a second complaint about a missing command",
            _ => { },
            2,
            "",
            "",
            Args: ["frobnicate"],
            Says: "'frobnicate'",
            Absent: "Required command"
        );
        yield return new(
            "A content folder that is a file is a usage error",
            ws => ws.Write("afile", "x"),
            2,
            "",
            "",
            Args: ["check", "--content", "{content}/../afile"],
            Says: "which is a file"
        );
        yield return new(
            "An output --only does not know is a usage error with the closest name, and nothing is built",
            _ => { },
            2,
            "",
            "",
            Args: [.. BadInputCase.Build, "--only", "cheatshet"],
            Says: "there is no output 'cheatshet'. Did you mean 'cheatsheet'?"
        );
        yield return new(
            "A report format other than text or json is a usage error naming both",
            _ => { },
            2,
            "",
            "",
            Args: ["check", "--content", "{content}", "--format", "xml"],
            Says: "--format is 'xml', but it must be text or json."
        );
        yield return new(
            "--only with no name in it is a usage error",
            _ => { },
            2,
            "",
            "",
            Args: [.. BadInputCase.Build, "--only", " , "],
            Says: "--only needs the name of at least one output"
        );
        yield return new(
            "A preview of a Word file is a usage error that says preview draws PDFs",
            _ => { },
            2,
            "",
            "",
            Args: [.. Preview, "star-acme"],
            Says: "star-acme.docx is a Word file"
        );
        yield return new(
            "A preview of a page past the end is a usage error with the page count",
            _ => { },
            2,
            "",
            "",
            Args: [.. Preview, "cheatsheet", "--page", "2"],
            Says: "cheatsheet.pdf has 1 page, so --page must be from 1 to 1"
        );
        yield return new(
            "A preview resolution out of range is a usage error with the range",
            _ => { },
            2,
            "",
            "",
            Args: [.. Preview, "cheatsheet", "--dpi", "5000"],
            Says: "must be from 10 to 600"
        );
        yield return new(
            "A misspelt command is a usage error with the closest command",
            _ => { },
            2,
            "",
            "",
            Args: ["biuld"],
            Says: "'biuld' is not a command. Did you mean 'build'?"
        );
        yield return new(
            "A misspelt option is a usage error with the closest option of that command",
            _ => { },
            2,
            "",
            "",
            Args: [.. BadInputCase.Build, "--forse"],
            Says: "'--forse' is not an option of 'preppack build'. Did you mean '--force'?"
        );
        yield return new(
            "An option written out longer than its name is a usage error naming the option meant",
            _ => { },
            2,
            "",
            "",
            Args: [.. BadInputCase.Build, "--output", "x"],
            Says: "'--output' is not an option of 'preppack build'. Did you mean '--out'?"
        );
        yield return new(
            "An option cut short is a usage error naming the option meant",
            _ => { },
            2,
            "",
            "",
            Args: [.. BadInputCase.Build, "--temp", "x"],
            Says: "Did you mean '--templates'?"
        );
        yield return new(
            "Words after an unknown command are not complained about as well",
            _ => { },
            2,
            "",
            "",
            Args: ["chek", "-q"],
            Says: "Did you mean 'check'?",
            Absent: "'-q'"
        );
        yield return new(
            "Export with no format is a usage error naming anki and csv",
            _ => { },
            2,
            "",
            "",
            Args: ["export"],
            Says: "one of: anki, csv"
        );
        yield return new(
            "A misspelt export format is a usage error with the closest format",
            _ => { },
            2,
            "",
            "",
            Args: ["export", "ankii"],
            Says: "Did you mean 'anki'?"
        );
        yield return new(
            "Preppack alone prints the help and exits with the usage code",
            _ => { },
            2,
            "",
            "",
            Args: [],
            Says: "Usage:"
        );
        yield return new(
            "An option with no value after it is a usage error showing what to give",
            _ => { },
            2,
            "",
            "",
            Args: ["build", "--content", "{content}", "--out"],
            Says: "--out needs a value after it, such as '--out DIR'."
        );
        yield return new(
            "A seed that is not a number is a usage error saying it must be a whole number",
            _ => { },
            2,
            "",
            "",
            Args: ["practice", "--content", "{content}", "--seed", "abc"],
            Says: "--seed is 'abc', but it must be a whole number."
        );
        yield return new(
            "Preview with nothing to draw is a usage error naming what it needs",
            _ => { },
            2,
            "",
            "",
            Args: ["preview"],
            Says: "'preppack preview' needs its OUTPUT"
        );
        yield return new(
            "A misspelt option of a command that takes a word is not taken for that word",
            _ => { },
            2,
            "",
            "",
            Args: ["init", "{content}/../new", "--framwork", "meta"],
            Says: "Did you mean '--framework'?",
            Absent: "Started a story bank"
        );
        yield return new(
            "A misspelt option before any word of a command that takes one is not taken for the word",
            _ => { },
            2,
            "",
            "",
            Args: ["preview", "--bogus", "--content", "{content}"],
            Says: "'--bogus' is not an option of 'preppack preview'"
        );
        yield return new(
            "A folder word given to build without its option is a usage error pointing at the option",
            _ => { },
            2,
            "",
            "",
            Args: ["build", "content"],
            Says: "Did you mean the option '--content'?"
        );
        yield return new(
            "A build where there is no content folder is an error suggesting init",
            _ => { },
            1,
            "PP0001",
            "nothing",
            Args: ["build", "--content", "{content}/../nothing", "--templates", "{templates}", "--out", "{out}"],
            Says: "preppack init"
        );
        yield return new(
            "A check of an empty content folder is an error suggesting init",
            ws => Directory.CreateDirectory(ws.PathOf("empty")),
            1,
            "PP0002",
            "empty",
            Args: ["check", "--content", "{content}/../empty"],
            Says: "preppack init"
        );
        yield return new(
            "A preview resolution that is not a whole number is a usage error, not a crash",
            _ => { },
            2,
            "",
            "",
            Args: [.. Preview, "cheatsheet", "--dpi", "1.5"],
            Says: "--dpi is '1.5', but it must be a whole number."
        );
        yield return new(
            "A preview of an output that does not exist is a usage error with the closest name",
            _ => { },
            2,
            "",
            "",
            Args: [.. Preview, "matrx"],
            Says: "Did you mean 'matrix'?"
        );
    }

    private static IEnumerable<BadInputCase> Export()
    {
        yield return new(
            "An export to a folder rather than a file is a usage error",
            _ => { },
            2,
            "",
            "",
            Args: ["export", "anki", "--content", "{content}", "--out", "{out}"],
            Says: "which is a folder; it must name a file"
        );
        yield return new(
            "An export of content with errors is an error at its line, and no file is written",
            ws => ws.Edit(Alpha, t => t.Replace("  impact: 5", "  impcat: 5")),
            1,
            "PP0103",
            Alpha,
            6,
            3,
            Args: ["export", "csv", "--content", "{content}", "--out", "{out}/cards.csv"],
            Absent: "Wrote"
        );
        yield return new(
            "An export is never written through a file that is a link out of its folder",
            ws =>
            {
                ws.Write("victim.csv", "keep me");
                Link(ws, "exports/cards.csv", "victim.csv");
            },
            1,
            "PP0010",
            "exports/cards.csv",
            Args: ["export", "csv", "--content", "{content}", "--out", "{content}/../exports/cards.csv"],
            Absent: "Wrote",
            Kept: "victim.csv"
        );
        yield return new(
            "An Anki export of a title holding Anki's field separator is an error at the character, and no deck is "
                + "written",
            ws => ws.Edit(Alpha, t => t.Replace("title: Alpha project", "title: Alpha\u001Fproject")),
            1,
            "PP0140",
            Alpha,
            2,
            13,
            Args: ["export", "anki", "--content", "{content}", "--out", "{out}/deck.apkg"],
            Says: "U+001F",
            Absent: "Wrote"
        );
    }

    // A property, not a field: the cases are read while the class is still being set up.
    private static string[] Preview =>
        ["preview", "--content", "{content}", "--templates", "{templates}", "--out", "{out}"];

    /// <summary>Commands that make files (init, templates, schema) never write over the user's.</summary>
    private static IEnumerable<BadInputCase> Starting()
    {
        yield return new(
            "Init in a folder that has a story bank is an error naming the file in the way, and writes nothing",
            _ => { },
            1,
            "PP0006",
            Profile,
            Args: ["init", "{content}/.."],
            Kept: "content/stories/alpha.yaml",
            Absent: "Started a story bank"
        );
        yield return new(
            "Init with a framework PrepPack does not start with is a usage error naming the choices",
            _ => { },
            2,
            "",
            "",
            Args: ["init", "{content}/../new", "--framework", "acme"],
            Says: "amazon"
        );
        yield return new(
            "Init with a misspelt framework is a usage error with the closest choice",
            _ => { },
            2,
            "",
            "",
            Args: ["init", "{content}/../new", "--framework", "amazn"],
            Says: "--framework is 'amazn', but init starts with amazon, meta or none. Did you mean 'amazon'?"
        );
        yield return new(
            "Copying the templates over a templates folder is one error at the folder with the count and the fix, and "
                + "copies nothing",
            _ => { },
            1,
            "PP0006",
            "templates",
            Args: ["templates", "--out", "{templates}"],
            Says: "files PrepPack would write in this folder are there already",
            Absent: "Copied the built-in templates"
        );
        yield return new(
            "Schemas written into a file instead of a folder are a usage error naming it",
            ws => ws.Write("afile", "x"),
            2,
            "",
            "",
            Args: ["schema", "--out", "{content}/../afile"],
            Says: "which is a file; it must name a folder"
        );
        yield return new(
            "Schemas written into a folder with no name are a usage error, not a crash",
            _ => { },
            2,
            "",
            "",
            Args: ["schema", "--out", ""],
            Says: "--out needs the name of a folder, but it was given an empty one."
        );
        yield return new(
            "Templates copied into a folder with no name are a usage error, and nothing is copied into the current "
                + "folder",
            _ => { },
            2,
            "",
            "",
            Args: ["templates", "--out", " "],
            Says: "--out needs the name of a folder",
            Absent: "Copied"
        );
        yield return new(
            "Templates copied into a file are a usage error naming it",
            ws => ws.Write("afile", "x"),
            2,
            "",
            "",
            Args: ["templates", "--out", "{content}/../afile"],
            Says: "which is a file; it must name a folder"
        );
        yield return new(
            "Init in a folder with no name is a usage error, not a crash",
            _ => { },
            2,
            "",
            "",
            Args: ["init", ""],
            Says: "DIR needs the name of a folder",
            Absent: "Started a story bank"
        );
        yield return new(
            "Init in a file is a usage error naming it",
            ws => ws.Write("afile", "x"),
            2,
            "",
            "",
            Args: ["init", "{content}/../afile"],
            Says: "which is a file; it must name a folder"
        );
        yield return new(
            "Init where a file stands in place of a folder it makes fails, writes nothing and never says it started",
            ws => ws.Write("half/schemas", "x"),
            1,
            "PP0011",
            "half/schemas",
            Args: ["init", "{content}/../half"],
            Says: "nothing was written",
            Absent: "Started a story bank",
            Kept: "half/schemas"
        );
        yield return new(
            "Init in a folder inside a file names the file and the fix, not a missing part of a path",
            ws => ws.Write("afile", "x"),
            1,
            "PP0011",
            "afile",
            Args: ["init", "{content}/../afile/sub"],
            Says: "is a file, not a folder",
            Absent: "Could not find a part of the path"
        );
        yield return new(
            "Init in a folder inside a link to nothing names the link and where it leads",
            ws =>
            {
                if (new FileInfo(ws.PathOf("dangling")).LinkTarget is null)
                    File.CreateSymbolicLink(ws.PathOf("dangling"), ws.PathOf("gone"));
            },
            1,
            "PP0011",
            "dangling",
            Args: ["init", "{content}/../dangling/bank"],
            Says: "is a link to",
            Absent: "Started a story bank"
        );
        yield return new(
            "Init never writes through a folder that is a link out of the folder it starts in",
            ws => Link(ws, "linked-bank/schemas", "elsewhere"),
            1,
            "PP0010",
            "linked-bank/schemas",
            Args: ["init", "{content}/../linked-bank"],
            Says: "is a link to",
            Absent: "Started a story bank"
        );
        yield return new(
            "Schemas are never written through a file that is a link out of their folder",
            ws =>
            {
                ws.Write("victim.json", "keep me");
                Link(ws, "linked-schemas/story.schema.json", "victim.json");
            },
            1,
            "PP0010",
            "linked-schemas/story.schema.json",
            Args: ["schema", "--out", "{content}/../linked-schemas"],
            Says: "victim.json",
            Kept: "victim.json"
        );
        yield return new(
            "Templates are never copied through a folder that is a link out of the folder named",
            ws => Link(ws, "linked-templates/fonts", "elsewhere"),
            1,
            "PP0010",
            "linked-templates/fonts",
            Args: ["templates", "--out", "{content}/../linked-templates"],
            Absent: "Copied the built-in templates"
        );
        yield return new(
            "Schemas are not written where a folder has a schema's name, and none is replaced",
            ws => Directory.CreateDirectory(ws.PathOf("folder-schemas/story.schema.json")),
            1,
            "PP0006",
            "folder-schemas/story.schema.json",
            Args: ["schema", "--out", "{content}/../folder-schemas"],
            Says: "This is a folder, where PrepPack would write a file"
        );
        yield return new(
            "Schemas are not written where a file stands in place of their folder's parent",
            ws => ws.Write("afile", "x"),
            1,
            "PP0011",
            "afile",
            Args: ["schema", "--out", "{content}/../afile/schemas"],
            Says: "is a file, not a folder"
        );
    }

    /// <summary>A link at <paramref name="link"/> to <paramref name="target"/> (both in the workspace), made afresh:
    /// the workspace keeps files outside content/ between cases.</summary>
    private static void Link(BadInputWorkspace ws, string link, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ws.PathOf(link))!);
        if (new FileInfo(ws.PathOf(link)).LinkTarget is not null)
            File.Delete(ws.PathOf(link));
        if (!File.Exists(ws.PathOf(target)))
            Directory.CreateDirectory(ws.PathOf(target));
        if (Directory.Exists(ws.PathOf(target)))
            Directory.CreateSymbolicLink(ws.PathOf(link), ws.PathOf(target));
        else
            File.CreateSymbolicLink(ws.PathOf(link), ws.PathOf(target));
    }

    private static IEnumerable<BadInputCase> Containment()
    {
        const string manifest = "output/.preppack/manifest.json";
        yield return new(
            "A build record naming a file outside the output folder never deletes it",
            ws =>
            {
                ws.Write("victim.txt", "keep me");
                ws.Edit(manifest, t => t.Replace("\"output\": \"tmay.pdf\"", "\"output\": \"../victim.txt\""));
                File.Delete(ws.PathOf("templates/tmay.sbn"));
            },
            0,
            "PP0505",
            manifest,
            Kept: "victim.txt"
        );
        yield return new(
            "A printed mark naming a changed-cards file outside the output folder never deletes it",
            ws =>
            {
                ws.Write("victim.txt", "keep me");
                ws.Edit(manifest, t =>
                    t.Replace("\"changed\": \"cards-changed.pdf\"", "\"changed\": \"../victim.txt\"")
                );
            },
            0,
            "PP0505",
            manifest,
            Args: ["printed", "--out", "{out}"],
            Kept: "victim.txt"
        );
        yield return new(
            "Printed after a build that could not make the cards marks nothing and says why",
            ws =>
            {
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "action_1: Built a pipeline.",
                        "action_1: " + string.Join(" ", Enumerable.Repeat("Built the nightly pipeline again.", 90))
                    )
                );
                PrepPack.Pipeline.PackBuilder.Build(
                    new PrepPack.Pipeline.BuildOptions(ws.Content, ws.Templates, ws.Output)
                );
            },
            1,
            "PP0507",
            "output",
            Args: ["printed", "cards", "--out", "{out}"],
            Says: "could not make cards.pdf",
            Absent: "Marked",
            KeepsPack: false
        );
        yield return new(
            "Printed with an output's name and another format's extension is told there is no such output",
            _ => { },
            2,
            "",
            "",
            Args: ["printed", "cards.docx", "--out", "{out}"],
            Says: "there is no output 'cards.docx'",
            Absent: "Marked"
        );
        yield return new(
            "Printed with a name that climbs out of the output folder is told there is no such output",
            _ => { },
            2,
            "",
            "",
            Args: ["printed", "../cards", "--out", "{out}"],
            Says: "there is no output '../cards'",
            Absent: "Marked"
        );
        yield return new(
            "Printed in a folder with no build is an error at the folder saying to build first",
            _ => { },
            1,
            "PP0507",
            "nothing",
            Args: ["printed", "--out", "{content}/../nothing"],
            Says: "Run 'preppack build' first"
        );
        yield return new(
            "Printed over a build record that cannot be read sets it aside and marks nothing",
            ws => ws.Write("output/.preppack/manifest.json", "{ not json"),
            1,
            "PP0507",
            "output",
            Args: ["printed", "--out", "{out}"],
            Says: "names no output"
        );
        yield return new(
            "Printed of an output there is not is a usage error with the closest name",
            _ => { },
            2,
            "",
            "",
            Args: ["printed", "crads", "--out", "{out}"],
            Says: "Did you mean 'cards'?"
        );
        yield return new(
            "A template whose output name leads outside the output folder is one error at its output line",
            ws =>
            {
                ws.Write("victim.pdf", "keep me");
                ws.Edit("templates/tmay.sbn", t => t.Replace("---\ntitle:", "---\noutput: ../victim.pdf\ntitle:"));
            },
            1,
            "PP0301",
            "templates/tmay.sbn",
            2,
            9,
            Absent: "PP0505",
            Kept: "victim.pdf",
            KeepsPack: false
        );
        yield return new(
            "A template whose changed output leads outside the output folder is one error at its changed output line",
            ws =>
            {
                ws.Write("victim.txt", "keep me");
                ws.Edit("templates/cards.sbn", t =>
                    t.Replace("changed_output: cards-changed.pdf", "changed_output: ../victim.txt")
                );
                ws.Edit(Alpha, t => t.Replace("lesson: Test early.", "lesson: Test earlier."));
            },
            1,
            "PP0301",
            "templates/cards.sbn",
            4,
            17,
            Absent: "PP0505",
            Kept: "victim.txt",
            KeepsPack: false
        );
        yield return new(
            "An include that climbs out of the templates folder is an error at the include",
            ws =>
            {
                ws.Write("secret.sbn", "the secret");
                ws.Edit("templates/tmay.sbn", t => t + "{{ include '../../secret' }}\n");
            },
            1,
            "PP0304",
            "templates/tmay.sbn",
            IncludeLine("templates/tmay.sbn"),
            4,
            Absent: "the secret"
        );
        yield return new(
            "An include of an absolute path is an error at the include",
            ws => ws.Edit("templates/tmay.sbn", t => t + "{{ include '/etc/hostname' }}\n"),
            1,
            "PP0304",
            "templates/tmay.sbn",
            IncludeLine("templates/tmay.sbn"),
            4
        );
    }

    private static IEnumerable<BadInputCase> Templates()
    {
        const string tmay = "templates/tmay.sbn";
        var line = IncludeLine(tmay);
        yield return new(
            "A loop that never ends is stopped with an error at the loop",
            ws => ws.Edit(tmay, t => t + "{{ for i in 1..100000000 }}x{{ end }}\n"),
            1,
            "PP0305",
            tmay,
            line,
            14,
            Says: "ran more than"
        );
        yield return new(
            "A template that writes without end is stopped with an error, never cut short",
            ws => ws.Edit(tmay, t => t + "{{ for i in 1..8000 }}" + new string('x', 4000) + "{{ end }}\n"),
            1,
            "PP0305",
            tmay,
            line,
            23,
            Says: "wrote more than"
        );
        yield return new(
            "Loops inside loops that run without end are stopped with an error",
            ws => ws.Edit(tmay, t => t + "{{ for i in 1..5000 }}{{ for j in 1..5000 }}x{{ end }}{{ end }}\n"),
            1,
            "PP0305",
            tmay,
            line,
            26,
            Says: "ran more than"
        );
        yield return new(
            "A misspelt name in a template is an error at its line and column",
            ws => ws.Edit(tmay, t => t + "{{ profile.nmae }}\n"),
            1,
            "PP0304",
            tmay,
            line,
            12
        );
        yield return new(
            "An unclosed tag in a template is an error in that template",
            ws => ws.Edit(tmay, t => t + "{{ if profile.name\n"),
            1,
            "PP0303",
            tmay,
            line,
            19
        );
        yield return new(
            "An include of a partial that does not exist is an error at the include",
            ws => ws.Edit(tmay, t => t + "{{ include '_nothing_here' }}\n"),
            1,
            "PP0304",
            tmay,
            line,
            4
        );
        // A template line maps to its start: the warning names the line, its Markdown place the cell.
        yield return new(
            "A chart value that is not a number is a warning at its template line, and the pack is made",
            ws => ws.Edit(tmay, t => t + "\n```chart\nDate | Clarity\n2026-11-14 | 3\n2026-11-15 | lots\n```\n"),
            0,
            "PP0435",
            tmay,
            line + 4,
            1,
            Says: "'lots' is not a number",
            KeepsPack: false
        );
        yield return new(
            "A chart row with more cells than its header is a warning at its line",
            ws => ws.Edit(tmay, t => t + "\n```chart\nDate | Clarity\n2026-11-14 | 3 | 4\n2026-11-15 | 4\n```\n"),
            0,
            "PP0435",
            tmay,
            line + 3,
            1,
            Says: "has 3 cells where its header has 2",
            KeepsPack: false
        );
        // Pages without end: past the limit that grows with the bank, the document is an error, never a shorter one.
        const string runaway = "templates/runaway.sbn";
        const string pages =
            "---\ntitle: Runaway\n---\n" + "{{~ for i in 1..5000 ~}}\nPage {{ i }}\n\n\\newpage\n\n{{~ end ~}}\n";
        yield return new(
            "A template whose pages never end is stopped with an error at a limit that grows with the bank",
            ws => ws.Write(runaway, pages),
            1,
            "PP0405",
            runaway,
            1,
            1,
            Says: "pages without ending"
        );
        yield return new(
            "An output that could not be made fails the next build too, with its error, while nothing changes",
            ws =>
            {
                ws.Write(runaway, pages);
                var args = BadInputCase.Build.Select(a =>
                    a.Replace("{content}", ws.Content).Replace("{templates}", ws.Templates).Replace("{out}", ws.Output)
                );
                PrepPack.Cli.PrepPackCli.Run([.. args], new StringWriter(), new StringWriter());
            },
            1,
            "PP0405",
            runaway,
            1,
            1,
            Says: "runaway.pdf",
            Absent: "no errors"
        );
    }

    private static IEnumerable<BadInputCase> FrontMatter()
    {
        // The templates name no page size (the theme does), so settings are added after their subject line.
        const string TmaySubject = "subject: The two-minute introduction";
        const string CheatSubject = "subject: One page for the notepad on interview day";
        yield return new(
            "Front matter margins wider than the page are an error at the margin",
            ws => ws.Edit("templates/tmay.sbn", t => t.Replace(TmaySubject, TmaySubject + "\nmargin: 5in")),
            1,
            "PP0301",
            "templates/tmay.sbn",
            LineOf("tmay.sbn", TmaySubject) + 1,
            9,
            Says: "Margins of 5in"
        );
        yield return new(
            "An orientation that does not exist is an error at its value",
            ws => ws.Edit("templates/matrix.sbn", t => t.Replace("orientation: landscape", "orientation: sideways")),
            1,
            "PP0301",
            "templates/matrix.sbn",
            LineOf("matrix.sbn", "orientation:"),
            14
        );
        yield return new(
            "A page size that does not exist is an error at its value",
            ws => ws.Edit("templates/cheatsheet.sbn", t => t.Replace(CheatSubject, CheatSubject + "\npage: tabloid")),
            1,
            "PP0301",
            "templates/cheatsheet.sbn",
            LineOf("cheatsheet.sbn", CheatSubject) + 1,
            7
        );
        yield return new(
            "A section setting that does not exist is an error at the section's line in the template",
            ws =>
                ws.Edit("templates/binder.sbn", t =>
                    t.Replace("{orientation=landscape margin=0.5in}", "{orientation=sideways margin=0.5in}")
                ),
            1,
            "PP0416",
            "templates/binder.sbn",
            LineOf("binder.sbn", ":::: section {orientation="),
            1,
            Says: "'orientation=sideways' is not a setting a section understands"
        );
        yield return new(
            "A for_each that is neither framework nor story is an error at its value",
            ws => ws.Edit("templates/star-onepager.sbn", t => t.Replace("for_each: framework", "for_each: company")),
            1,
            "PP0301",
            "templates/star-onepager.sbn",
            LineOf("star-onepager.sbn", "for_each:"),
            11
        );
        yield return new(
            "A format that is neither pdf nor docx is an error at its value",
            ws => ws.Edit("templates/tmay.sbn", t => t.Replace(TmaySubject, TmaySubject + "\nformat: html")),
            1,
            "PP0301",
            "templates/tmay.sbn",
            LineOf("tmay.sbn", TmaySubject) + 1,
            9
        );
        yield return new(
            "A duplex edge that does not exist is an error at its value, naming the edges",
            ws =>
                ws.Edit("templates/cards.sbn", t =>
                    t.Replace("duplex: \"{{ cards.duplex_mode }}\"", "duplex: sideways")
                ),
            1,
            "PP0301",
            "templates/cards.sbn",
            LineOf("cards.sbn", "duplex:"),
            9,
            Says: "must be long-edge, short-edge or false"
        );
    }

    private static IEnumerable<BadInputCase> OutputNames()
    {
        yield return new(
            "An output name too long for a file system is an error at the output line",
            ws =>
                ws.Edit("templates/tmay.sbn", t =>
                    t.Replace("subject:", "output: " + new string('a', 300) + ".pdf\nsubject:")
                ),
            1,
            "PP0301",
            "templates/tmay.sbn",
            LineOf("tmay.sbn", "subject:"),
            9,
            Says: "at most 150 characters"
        );
    }

    private static IEnumerable<BadInputCase> ThemeFile()
    {
        yield return new(
            "A duplex edge in the theme that does not exist is an error at its value, naming the edges",
            ws => ws.Edit(Theme, t => ReplaceFirst(t, "  duplex: false", "  duplex: sideways")),
            1,
            "PP0302",
            Theme,
            LineOf("theme.yaml", "  duplex: false"),
            11,
            Says: "must be long-edge, short-edge or false"
        );
        yield return new(
            "A story title long enough to take most of a one-page table's width is a warning at the title",
            ws => ws.Edit(Alpha, t => t.Replace("title: Alpha project", "title: " + LongTitle)),
            0,
            "PP0421",
            Alpha,
            2,
            16,
            Says: "one-page document",
            KeepsPack: false
        );
        yield return new(
            "A short title no shorter than the title is a warning at the short title",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "title: Alpha project\n",
                        "title: Alpha project\nshort_title: The Alpha project, told in full\n"
                    )
                ),
            0,
            "PP0422",
            Alpha,
            3,
            14,
            Says: "no fewer than the title's 13",
            KeepsPack: false
        );
        yield return new(
            "A short title too long for a one-page table cell is a warning at the short title",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "title: Alpha project\n",
                        "title: " + LongTitle + "\nshort_title: " + LongTitle[..90] + "\n"
                    )
                ),
            0,
            "PP0422",
            Alpha,
            3,
            14,
            Says: "more than 60",
            KeepsPack: false
        );
        yield return new(
            "A one-page output shrunk below the theme's readable size is a warning at the long title that fills it",
            ws =>
            {
                ws.Edit(Alpha, t => t.Replace("title: Alpha project", "title: " + LongTitle));
                ws.Edit(Beta, t =>
                    t.Replace(
                        "title: Beta failure",
                        "title: Moved the stock counts of forty "
                            + "regional warehouses from weekly spreadsheets to a nightly check"
                    )
                );
                // Large type, read as the floor: the page must shrink, and any shrinking is below it.
                ws.Edit(Theme, t =>
                    ReplaceFirst(
                        ReplaceFirst(t, "  body: 10\n", "  body: 16\n"),
                        "  cheatsheet_stories: 10\n",
                        "  cheatsheet_stories: 10\n  readable: 16\n"
                    )
                );
            },
            0,
            "PP0423",
            Alpha,
            2,
            16,
            Says: "below the theme's readable 16 pt",
            KeepsPack: false
        );
        yield return new(
            "A story with more key numbers than the cheat sheet holds at readable type is a warning at the story, "
                + "none of its figures left out in silence",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace("    measures: report age\n", "    measures: report age\n" + ManyNumbers(150))
                ),
            0,
            "PP0423",
            Alpha,
            31,
            15,
            Says: "cheatsheet.pdf fits on one page only with its type shrunk",
            KeepsPack: false
        );
        yield return new(
            "Two cell colours that print as the same grey are a warning at the later one, with a lighter or darker "
                + "one to use",
            ws =>
                ws.Edit(Theme, t =>
                    ReplaceFirst(t, "  low:\n    background: \"#f8d7d3\"", "  low:\n    background: \"#e6c6be\"")
                ),
            0,
            "PP0420",
            Theme,
            LineOf("theme.yaml", "    background: \"#f8d7d3\""),
            17,
            Says: "prints as nearly the same grey as 'high'",
            KeepsPack: false
        );
        yield return new(
            "A type size out of range in the theme is an error at the size",
            ws => ws.Edit(Theme, t => ReplaceFirst(t, "  body: 10", "  body: 500")),
            1,
            "PP0105",
            Theme,
            LineOf("theme.yaml", "  body: 10"),
            9
        );
        yield return new(
            "A colour that is not a colour is an error at the colour",
            ws => ws.Edit(Theme, t => ReplaceFirst(t, "  text: \"#1f2328\"", "  text: \"#zzzzzz\"")),
            1,
            "PP0104",
            Theme,
            LineOf("theme.yaml", "  text: \"#1f2328\""),
            9
        );
        yield return new(
            "A misspelt setting in the theme is an error that names the settings",
            ws => ws.Edit(Theme, t => t + "justfy: true\n"),
            1,
            "PP0103",
            Theme,
            File.ReadAllLines(Path.Combine(Support.RepoPaths.Templates, "theme.yaml")).Length + 1,
            1,
            Says: "justify"
        );
        yield return new(
            "A Word reference document that is not there is an error naming it",
            ws => ws.Edit(Theme, t => t + "word_reference: my-styles.docx\n"),
            1,
            "PP0302",
            Theme,
            Says: "my-styles.docx"
        );
    }

    private static IEnumerable<BadInputCase> Content()
    {
        yield return new(
            "A figure told with two values in one story is a warning at each place, naming the other",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace("  situation: Reports took five days.", "  situation: Reports took seven days.")
                ),
            0,
            "PP0225",
            Profile,
            9,
            37,
            Says: "'5 days' in 'profile: tmay.highlights[0].says' but 'seven days' in 'star.situation' (alpha.yaml, "
                + "line 18)",
            KeepsPack: false
        );
        yield return new(
            "A tell-me-about-yourself highlight whose figure disagrees with its story is a warning in the profile",
            ws =>
                ws.Edit(Profile, t =>
                    t.Replace("Alpha cut a report from 5 days to 1.", "Alpha cut a report from 5 days to 2.")
                ),
            0,
            "PP0225",
            Profile,
            9,
            47,
            Says: "'2' in 'profile: tmay.highlights[0].says' but '1' in 'highlight' (alpha.yaml, line 9)",
            KeepsPack: false
        );
        yield return new(
            "A platitude reworded as a lesson is a warning at the lesson",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "  lesson: Test early. Then ship small.",
                        "  lesson: At the end of the day, good communication is what makes any team successful."
                    )
                ),
            0,
            "PP0222",
            Alpha,
            16,
            3,
            Says: "Keep the idea (communication)",
            KeepsPack: false
        );
        yield return new(
            "A field written twice in a story is an error at the second",
            ws => ws.Edit(Alpha, t => t.Replace("title: Alpha project", "title: Alpha project\ntitle: Again")),
            1,
            "PP0101",
            Alpha,
            3,
            1
        );
        yield return new(
            "A score out of range is an error at the score",
            ws => ws.Edit(Alpha, t => t.Replace("  scope: 4", "  scope: 7")),
            1,
            "PP0105",
            Alpha,
            7,
            10
        );
        yield return new(
            "A misspelt field is an error with the field it was meant to be",
            ws => ws.Edit(Alpha, t => t.Replace("  impact: 5", "  impcat: 5")),
            1,
            "PP0103",
            Alpha,
            6,
            3,
            Says: "Did you mean 'impact'?"
        );
        yield return new(
            "A highlight naming a story that does not exist is an error with the closest id",
            ws => ws.Edit(Profile, t => t.Replace("- story: alpha", "- story: alpah")),
            1,
            "PP0108",
            Profile,
            LineOf(Profile, "- story: alpha", fixture: true),
            14,
            Says: "Did you mean 'alpha'?"
        );
        yield return new(
            "A missing required field is an error at the story's start",
            ws => ws.Edit(Alpha, t => t.Replace("highlight: Report from 5 days to 1\n", "")),
            1,
            "PP0102",
            Alpha,
            1,
            1
        );
        yield return new(
            "A story file saved with Windows line endings and a byte order mark builds",
            ws =>
                ws.WriteBytes(
                    Alpha,
                    [
                        0xEF,
                        0xBB,
                        0xBF,
                        .. Encoding.UTF8.GetBytes(File.ReadAllText(ws.PathOf(Alpha)).Replace("\n", "\r\n")),
                    ]
                ),
            0,
            "",
            ""
        );
        // Cutting a word wider than the line once took time in its length times its lines: 100 KB took minutes.
        yield return new(
            "A card line that is one word of 100,000 letters is an error at the line, made in seconds",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace(
                        "lesson: Test early. Then ship small.",
                        "lesson: Test early. " + string.Concat(Enumerable.Repeat("abcdefghij", 10_000))
                    )
                ),
            1,
            "PP0401",
            Alpha,
            16,
            11,
            Says: "'card.lesson'",
            KeepsPack: false,
            Seconds: 60
        );
        yield return new(
            "A content folder that does not exist is an error naming it",
            _ => { },
            1,
            "PP0001",
            "nowhere",
            Args: ["build", "--content", "{content}/../nowhere", "--templates", "{templates}", "--out", "{out}"]
        );
        yield return new(
            "An unknown command is a usage error",
            _ => { },
            2,
            "",
            "",
            Args: ["biuld"],
            Says: "preppack --help"
        );
        yield return new(
            "An unknown option is a usage error",
            _ => { },
            2,
            "",
            "",
            Args: ["build", "--contnet", "x"],
            Says: "--contnet"
        );
    }

    /// <summary>The line of a repository template (or, with <paramref name="fixture"/>, of the minimal bank) that holds
    /// <paramref name="text"/>.</summary>
    /// <summary>A title of some 180 characters, the length that once shrank the cheat sheet in silence.</summary>
    private const string LongTitle =
        "Rebuilt the quarterly claims reconciliation across three regional systems, two vendors "
        + "and a legacy ledger so that finance could close the books five days sooner every quarter";

    private static int LineOf(string file, string text, bool fixture = false)
    {
        var path = fixture
            ? Path.Combine(Support.RepoPaths.Fixtures, "MinimalBank", Path.GetRelativePath("content", file))
            : Path.Combine(Support.RepoPaths.Templates, file);
        return Array.FindIndex(File.ReadAllLines(path), l => l.Contains(text, StringComparison.Ordinal)) + 1;
    }

    /// <summary>Key numbers, each measuring something of its own in words no other uses, so no two read as one
    /// figure told two ways.</summary>
    private static string ManyNumbers(int count)
    {
        string[] syllables = ["ba", "ko", "mi", "tu", "re", "sa", "no", "vi", "le", "gu", "pe", "do"];
        var words = syllables.SelectMany(a => syllables.SelectMany(b => syllables.Select(c => a + b + c))).ToList();
        return string.Concat(
            Enumerable
                .Range(0, count)
                .Select(i => $"  - value: \"{i + 11}\"\n    measures: {string.Join(' ', words.Skip(i * 9).Take(9))}\n")
        );
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + replace + text[(at + find.Length)..];
    }

    /// <summary>The line an include appended to a repository template lands on.</summary>
    /// <summary>Invisible characters other than tab and line breaks, in any file PrepPack reads, whatever the
    /// command.</summary>
    private static IEnumerable<BadInputCase> ControlCharacters()
    {
        yield return new(
            "A title holding the unit separator is an error at its line and column naming U+001F",
            ws => ws.Edit(Alpha, t => t.Replace("title: Alpha project", "title: Alpha\u001Fproject")),
            1,
            "PP0140",
            Alpha,
            2,
            13,
            Args: Check,
            Says: "U+001F"
        );
        yield return new(
            "A NUL in a story stops the build at its line and column",
            ws => ws.Edit(Alpha, t => t.Replace("title: Alpha project", "title: Alpha\0project")),
            1,
            "PP0140",
            Alpha,
            2,
            13,
            Says: "U+0000"
        );
        yield return new(
            "A control character written as an escape inside quotes is an error at the value",
            ws => ws.Edit(Alpha, t => t.Replace("title: Alpha project", "title: \"Alpha\\x1fproject\"")),
            1,
            "PP0140",
            Alpha,
            2,
            8,
            Args: Check,
            Says: "written as an escape"
        );
        yield return new(
            "A form feed in the profile is an error at its place",
            ws => ws.Edit(Profile, t => "\f" + t),
            1,
            "PP0140",
            Profile,
            1,
            1,
            Args: Check,
            Says: "form feed"
        );
        yield return new(
            "A carriage return alone, not before a line feed, is an error at its place",
            ws => ws.Edit(Alpha, t => t.Replace("title: Alpha project", "title: Alpha\rproject")),
            1,
            "PP0140",
            Alpha,
            2,
            13,
            Args: Check,
            Says: "U+000D"
        );
        yield return new(
            "Lines ending in CRLF and tabs inside text are not control characters to refuse",
            ws =>
                ws.Edit(Alpha, t =>
                    t.Replace("\n", "\r\n").Replace("title: Alpha project", "title: \"Alpha\\tproject\"")
                ),
            0,
            "",
            "",
            Args: Check,
            Absent: "PP0140"
        );
        yield return new(
            "A NUL among a log's text is an error at its place, naming the character",
            ws => ws.Write(Log, GoodLog.Replace("answers:", "answers:\0\0")),
            1,
            "PP0140",
            Log,
            1,
            9,
            Args: Check,
            Says: "first of 2"
        );
        yield return new(
            "An escape character in a template is an error at its line in the template",
            ws => ws.Edit("templates/tmay.sbn", t => t + "\u001B[31m\n"),
            1,
            "PP0140",
            "templates/tmay.sbn",
            IncludeLine("templates/tmay.sbn"),
            1,
            Says: "U+001B"
        );
    }

    /// <summary>Template functions that would make two builds of the same inputs differ.</summary>
    private static IEnumerable<BadInputCase> Reproducible()
    {
        const string tmay = "templates/tmay.sbn";
        var line = IncludeLine(tmay);
        yield return new(
            "A template asking for date.now is refused at the call, saying builds would differ",
            ws => ws.Edit(tmay, t => t + "{{ date.now }}\n"),
            1,
            "PP0307",
            tmay,
            line,
            4,
            Says: "two builds of the same stories would differ"
        );
        yield return new(
            "A template asking for math.random is refused at the call, like date.now",
            ws => ws.Edit(tmay, t => t + "{{ math.random 1 100 }}\n"),
            1,
            "PP0307",
            tmay,
            line,
            4,
            Says: "math.random"
        );
        yield return new(
            "math.random is refused even in a branch that does not run",
            ws => ws.Edit(tmay, t => t + "{{ if false }}{{ math.random 1 6 }}{{ end }}\n"),
            1,
            "PP0307",
            tmay,
            line,
            18
        );
        yield return new(
            "math.random reached through another name is stopped where it is called",
            ws => ws.Edit(tmay, t => t + "{{ m = math }}{{ m.random 1 6 }}\n"),
            1,
            "PP0307",
            tmay,
            line,
            18,
            Says: "math.random"
        );
    }

    private static IEnumerable<BadInputCase> KeptPages()
    {
        string[] force = [.. BadInputCase.Build, "--force"];
        yield return new(
            "Kept pages damaged, cut short or swapped in the output folder are laid out again, the same",
            ws => DamageKeptPages(ws.PathOf("output/.preppack/layout")),
            0,
            "",
            "",
            Args: force
        );
        yield return new(
            "A file where the kept pages' folder should be is no error, and the files are the same",
            ws =>
            {
                Directory.Delete(ws.PathOf("output/.preppack/layout"), recursive: true);
                ws.Write("output/.preppack/layout", "not a folder");
            },
            0,
            "",
            "",
            Args: force
        );
        yield return new(
            "Kept pages written by an earlier version of their records are laid out again, the same",
            ws => MarkKeptPagesOlder(ws.PathOf("output/.preppack/layout")),
            0,
            "",
            "",
            Args: force
        );
    }

    /// <summary>Every kept piece as an earlier version of its records would have been written: the version
    /// lowered, with the digest made again so that only the version tells it apart.</summary>
    private static void MarkKeptPagesOlder(string folder)
    {
        var files = Directory.GetFiles(folder, PieceCache.FileName, SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            List<(string Key, int Made, byte[] Bytes)> pieces;
            int build;
            using (var file = PieceFile.Open(path))
            {
                Assert.NotNull(file);
                build = file.Build;
                pieces = [.. file.Keys.Select(key => (key, file.MadeIn(key)!.Value, file.Read(key)!))];
            }
            foreach (var (key, _, bytes) in pieces)
            {
                // The piece's key (64 hex digits), the four-byte mark, then the version.
                var version = key.Length + 4;
                Assert.True(bytes[version] > 1);
                bytes[version] = 1;
                var records = bytes.AsSpan(version - 4);
                System.Security.Cryptography.SHA256.HashData(records[..^32]).CopyTo(records[^32..]);
            }
            PieceFile.Write(
                path,
                build,
                [.. pieces.Select(p => (p.Key, p.Made, p.Bytes.Length, (Func<byte[][]?>)(() => [p.Bytes])))]
            );
        }
    }

    /// <summary>Every document's kept pieces' file in turn: a byte changed, cut short, emptied, another
    /// document's under its name.</summary>
    private static void DamageKeptPages(string folder)
    {
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            var bytes = File.ReadAllBytes(files[i]);
            switch (i % 4)
            {
                case 0:
                    bytes[bytes.Length / 2] ^= 1;
                    File.WriteAllBytes(files[i], bytes);
                    break;
                case 1:
                    File.WriteAllBytes(files[i], bytes[..(bytes.Length / 3)]);
                    break;
                case 2:
                    File.WriteAllBytes(files[i], []);
                    break;
                default:
                    File.Copy(files[(i + 1) % files.Count], files[i], overwrite: true);
                    break;
            }
        }
    }

    private static int IncludeLine(string template) =>
        File.ReadAllText(Path.Combine(Support.RepoPaths.Templates, Path.GetFileName(template))).Split('\n').Length;

    private static string AliasBomb()
    {
        var text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (var c = 'b'; c <= 'j'; c++)
            text.Append($"{c}: &{c} [{string.Join(", ", Enumerable.Repeat("*" + (char)(c - 1), 9))}]\n");
        return text.Append("? *j\n: value\n").ToString();
    }

    private static string SetPage(string theme, string key, string value) =>
        System.Text.RegularExpressions.Regex.Replace(theme, $@"(?m)^(  ){key}:.*$", $"$1{key}: \"{value}\"");

    private static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var process = System.Diagnostics.Process.Start("mkfifo", path);
        process.WaitForExit();
    }
}
