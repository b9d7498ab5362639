using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Tool;

/// <summary>
/// PrepPack as a user installs it: packed as a .NET tool, installed into a tool path from that
/// package alone (no other package source, so it works offline), then run in an empty folder
/// with no templates of its own: init, then build, then every output opened. The program is the
/// framework-dependent one that platforms without a native package get: the native one takes a
/// Native AOT compile of minutes, which tests/PrepPack.Benchmarks/goals.sh packs, installs and
/// compares byte for byte with this one.
/// </summary>
public class ToolInstallTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [FactWithTool("dotnet")]
    public void The_packed_tool_installs_and_builds_a_new_bank_with_its_own_templates()
    {
        using var work = new TempFolder();
        var packages = work.Combine("nupkg");
        // The project this test run built, packed as it is: no second compile, no restore. With no
        // platform packages, the one package holds the framework-dependent program, as "any" does.
        Run(
            RepoPaths.Root,
            "dotnet",
            "pack",
            Path.Combine(RepoPaths.Root, "src", "PrepPack.Cli"),
            "--no-build",
            "-c",
            Configuration,
            "-o",
            packages,
            $"-p:PublishDir={work.Combine("publish")}/",
            "-p:ToolPackageRuntimeIdentifiers="
        );
        File.WriteAllText(
            work.Combine("nuget.config"),
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /><add key=\"local\" "
                + $"value=\"{packages}\" /></packageSources></configuration>\n"
        );
        var tools = work.Combine("tools");
        Run(
            work.Path,
            "dotnet",
            "tool",
            "install",
            "PrepPack",
            "--tool-path",
            tools,
            "--configfile",
            work.Combine("nuget.config")
        );

        var bank = work.Combine("bank");
        Directory.CreateDirectory(bank);
        var preppack = Path.Combine(tools, OperatingSystem.IsWindows() ? "preppack.exe" : "preppack");
        var init = Run(bank, preppack, "init");
        Assert.Contains("content/profile.yaml", init);
        var build = Run(bank, preppack, "build", "--verbose");
        Assert.Contains("Templates: PrepPack's built-in templates", build);
        Assert.Contains("No problems found in 5 content files; 9 of 9 outputs rebuilt", build);
        Assert.False(Directory.Exists(Path.Combine(bank, "templates")));

        // Each output, read back, holds the new bank's text.
        foreach (
            var (pdf, text) in new[]
            {
                ("binder.pdf", "Dana Okafor"),
                ("cards.pdf", "quoting funnel"),
                ("cheatsheet.pdf", "Customer Obsession"),
                ("matrix.pdf", "An overpayment I caused"),
                ("tmay.pdf", "actuarial"),
                ("tracker.pdf", "Practice tracker"),
            }
        )
        {
            using var document = PdfInspection.Open(File.ReadAllBytes(Path.Combine(bank, "output", pdf)));
            var read = string.Join("\n", document.GetPages().Select(PdfText.Of));
            Assert.True(read.Contains(text, StringComparison.Ordinal), $"{pdf} does not hold '{text}':\n{read}");
        }
        using (var word = WordprocessingDocument.Open(Path.Combine(bank, "output", "star-amazon.docx"), false))
            Assert.Contains("An overpayment I caused", word.MainDocumentPart!.Document!.InnerText);
        Assert.Contains("up to date", Run(bank, preppack, "build"));
    }

    [FactWithTool("dotnet")]
    public void The_tool_package_points_linux_x64_at_its_native_package_and_other_platforms_at_the_portable_one()
    {
        using var work = new TempFolder();
        // The pointer package holds no program, so packing it compiles nothing.
        Run(
            RepoPaths.Root,
            "dotnet",
            "pack",
            Path.Combine(RepoPaths.Root, "src", "PrepPack.Cli"),
            "--no-build",
            "-c",
            Configuration,
            "-o",
            work.Path
        );
        using var package = System.IO.Compression.ZipFile.OpenRead(work.Combine("PrepPack.0.1.0.nupkg"));
        Assert.DoesNotContain(package.Entries, e =>
            e.FullName.EndsWith(".dll", StringComparison.Ordinal)
            || e.FullName.EndsWith(".so", StringComparison.Ordinal)
        );
        var settings = package.Entries.Single(e => e.Name == "DotnetToolSettings.xml");
        using var reader = new StreamReader(settings.Open());
        var platforms = System
            .Xml.Linq.XDocument.Parse(reader.ReadToEnd())
            .Descendants("RuntimeIdentifierPackage")
            .Select(p => (Rid: (string?)p.Attribute("RuntimeIdentifier"), Id: (string?)p.Attribute("Id")))
            .ToList();
        Assert.Equal([("linux-x64", "PrepPack.linux-x64"), ("any", "PrepPack.any")], platforms);
    }

    /// <summary>Runs a command to its end and returns what it printed; a failure shows all of it.</summary>
    private static string Run(string folder, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The installed tool finds the runtime this test runs on, wherever the SDK is installed.
        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(
            Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)))
        );
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(300_000), $"{program} {string.Join(' ', args)} did not finish in 5 minutes");
        process.WaitForExit();
        var printed = output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}:\n{printed}");
        return printed;
    }
}
