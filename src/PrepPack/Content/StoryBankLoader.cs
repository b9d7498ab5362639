using PrepPack.Content.Model;
using PrepPack.Content.Readers;
using PrepPack.Content.Validation;
using PrepPack.Diagnostics;

namespace PrepPack.Content;

/// <summary>Reads and checks a whole content folder: profile, stories, frameworks, questions and the practice log.
/// What the bank covers is checked above it (<c>Coverage.CheckedBank</c>), once the bank is whole.</summary>
public static class StoryBankLoader
{
    /// <param name="source">Where the files are read from: the disk unless a build hands over its snapshot, so
    /// that a file its stamp check read already is not read again.</param>
    public static LoadResult Load(string contentRoot, IFileSource? source = null)
    {
        source ??= DiskFiles.Instance;
        var diagnostics = new DiagnosticBag();
        var folder = new ContentFolder(contentRoot);

        if (!Directory.Exists(contentRoot))
        {
            diagnostics.Error(
                SourceLocation.WholeOf(contentRoot),
                DiagnosticCodes.ContentFolderMissing,
                "The content folder does not exist.",
                "Run PrepPack from the folder that holds 'content/', or name the folder with --content; to start a "
                    + "new story bank here, run 'preppack init'."
            );
            return new LoadResult(null, diagnostics.Sorted(), []);
        }

        // A stories/ that is a file is reported as such, not as no stories; references to its stories are follow-ons.
        var (storiesUnread, frameworksUnread) = ContentLayout.Check(folder, diagnostics);
        var storyFiles = folder.StoryFiles;
        var frameworkFiles = folder.FrameworkFiles;
        var hasProfile = File.Exists(folder.ProfileFile);
        if (!hasProfile && storyFiles.Count == 0)
        {
            diagnostics.Error(
                SourceLocation.WholeOf(contentRoot),
                DiagnosticCodes.ContentFolderEmpty,
                "The content folder holds no profile.yaml and no stories.",
                "Run 'preppack init' in the folder that holds it, to start a story bank with example stories to edit; "
                    + "or name another folder with --content."
            );
            return new LoadResult(null, diagnostics.Sorted(), []);
        }
        if (!hasProfile && !Directory.Exists(folder.ProfileFile))
            diagnostics.Error(
                SourceLocation.WholeOf(folder.ProfileFile),
                DiagnosticCodes.RequiredFileMissing,
                "profile.yaml is missing: it holds your name, roles and 'tell me about yourself'.",
                "Create it from the sample content's profile.yaml."
            );
        if (storyFiles.Count == 0 && !storiesUnread)
            diagnostics.Error(
                SourceLocation.WholeOf(folder.StoriesFolder),
                DiagnosticCodes.RequiredFileMissing,
                "There are no stories: the folder 'stories' holds no .yaml files.",
                "Add one file per story, such as stories/my-project.yaml."
            );

        var profile = hasProfile ? ProfileReader.Read(folder.ProfileFile, diagnostics, source) : null;
        var stories = ReadEach(storyFiles, (f, d) => StoryReader.Read(f, d, source), diagnostics);
        var frameworks = frameworkFiles
            .Select(f => FrameworkReader.Read(f, diagnostics, source))
            .OfType<Framework>()
            .ToList();
        foreach (var framework in frameworks.Where(f => f.Id != Content.Yaml.ContentId.OfFile(f.File)))
            diagnostics.Error(
                SourceLocation.StartOf(framework.File),
                DiagnosticCodes.IdDiffersFromFileName,
                $"The framework id '{framework.Id}' differs from its file name '{Path.GetFileName(framework.File)}'.",
                $"Rename the file to '{framework.Id}.yaml' or change the id."
            );

        var questionFiles = folder.QuestionFiles;
        var questions = ReadEach(questionFiles, (f, d) => QuestionReader.Read(f, d, source), diagnostics);
        var practice = PracticeLogReader.Read(folder.PracticeLogFile, diagnostics, source);

        // A file that could not be read at all is reported once; what names it elsewhere is not reported again. Nor is
        // a name that is the file's while its id differs: that id is the mistake, and either name may be the one meant.
        var unread = new UnreadFiles(
            Unread(storyFiles, stories.Select(s => (s.File, s.Id)))
                .Concat(stories.Select(s => s.RefusedId).OfType<string>())
                .ToHashSet(),
            Unread(frameworkFiles, frameworks.Select(f => (f.File, f.Id)))
        )
        {
            Questions = Unread(questionFiles, questions.Select(q => (q.File, q.Id))),
        };
        var checks = new DiagnosticBag();
        ReferenceCheck.Run(profile, stories, frameworks, unread, checks);
        QuestionCheck.Run(questions, stories, frameworks, unread, checks);
        RepeatedNames.Run(profile, stories, questions, checks);
        PracticeLogCheck.Run(practice, questions, stories, unread, checks);
        if (profile is not null)
        {
            ContentAdvice.Run(profile, stories, frameworks, unread, folder.StoriesFolder, checks);
            QuestionAdvice.Run(questions, stories, frameworks, profile.Practice, checks);
        }
        // With stories/ or frameworks/ a file, what names a story or framework is not wrong: the folder is.
        diagnostics.AddRange(
            checks.Where(d =>
                !(storiesUnread && d.Code == DiagnosticCodes.UnknownStory)
                && !(frameworksUnread && d.Code is DiagnosticCodes.UnknownFramework or DiagnosticCodes.UnknownCompany)
            )
        );

        var files = new List<string>();
        if (hasProfile)
            files.Add(folder.ProfileFile);
        files.AddRange(storyFiles);
        files.AddRange(frameworkFiles);
        files.AddRange(questionFiles);
        if (File.Exists(folder.PracticeLogFile))
            files.Add(folder.PracticeLogFile);

        var bank =
            diagnostics.HasErrors || profile is null
                ? null
                : new StoryBank(profile, stories, frameworks) { Questions = questions, Practice = practice };
        return new LoadResult(bank, diagnostics.Sorted(), files);
    }

    /// <summary>Story and question files are read side by side, each into its own diagnostics, then taken in
    /// file order: they and their problems come out as a one-by-one read gives them.</summary>
    private static List<T> ReadEach<T>(
        IReadOnlyList<string> files,
        Func<string, DiagnosticBag, T?> read,
        DiagnosticBag diagnostics
    )
        where T : class
    {
        var results = files
            .AsParallel()
            .AsOrdered()
            .Select(f =>
            {
                var own = new DiagnosticBag();
                return (Item: read(f, own), Diagnostics: own);
            })
            .ToList();
        foreach (var (_, own) in results)
            diagnostics.AddRange(own);
        return results.Select(r => r.Item).OfType<T>().ToList();
    }

    private static HashSet<string> Unread(IEnumerable<string> files, IEnumerable<(string File, string Id)> read)
    {
        var readFiles = read.ToDictionary(r => r.File, r => r.Id, StringComparer.Ordinal);
        return files
            .Where(f => !readFiles.TryGetValue(f, out var id) || id != Content.Yaml.ContentId.OfFile(f))
            .Select(Content.Yaml.ContentId.OfFile)
            .ToHashSet();
    }
}
