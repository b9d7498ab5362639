namespace PrepPack.Diagnostics;

/// <summary>
/// Every diagnostic code PrepPack reports. Codes are stable so users can search for them:
/// PP00xx folders and files, PP01xx content errors, PP02xx content warnings,
/// PP03xx templates, PP04xx layout, PP05xx build and output. Each code also gets a line in
/// <see cref="DiagnosticHelp"/>, its meaning and fix, which docs/diagnostics.md prints.
/// </summary>
public static class DiagnosticCodes
{
    public const string ContentFolderMissing = "PP0001";
    public const string ContentFolderEmpty = "PP0002";
    public const string RequiredFileMissing = "PP0003";
    public const string FileUnreadable = "PP0004";
    public const string NotUtf8 = "PP0005";

    /// <summary>A file 'init' or 'templates' would make is there already; PrepPack never writes over one.</summary>
    public const string FileExists = "PP0006";

    /// <summary>A file 'init', 'templates' or 'schema' makes could not be written.</summary>
    public const string FileNotWritten = "PP0007";

    /// <summary>A folder or file on the way to one 'init', 'templates', 'schema' or 'export' writes is a link out of
    /// the folder it writes into.</summary>
    public const string LinkLeadsOutside = "PP0010";

    /// <summary>A file stands where 'init', 'templates', 'schema' or 'export' must make a folder.</summary>
    public const string FileWhereFolderNeeded = "PP0011";

    public const string YamlSyntax = "PP0101";
    public const string RequiredFieldMissing = "PP0102";
    public const string UnknownField = "PP0103";
    public const string WrongType = "PP0104";
    public const string ScoreOutOfRange = "PP0105";
    public const string DuplicateStoryId = "PP0106";
    public const string IdDiffersFromFileName = "PP0107";
    public const string UnknownStory = "PP0108";
    public const string UnknownFramework = "PP0109";
    public const string UnknownPrinciple = "PP0110";
    public const string DuplicateFrameworkId = "PP0111";
    public const string DuplicatePrincipleId = "PP0112";
    public const string EmptyValue = "PP0113";
    public const string InvalidId = "PP0114";

    // Questions (content/questions) and the practice log (content/practice/log.yaml).
    public const string UnknownQuestion = "PP0115";
    public const string DuplicateQuestionId = "PP0116";
    public const string TooManyCues = "PP0117";

    /// <summary>Fields written under a group's key without being indented, so they are read as fields of the
    /// file.</summary>
    public const string FieldNotIndented = "PP0118";

    /// <summary>A file stands where the content folder needs a folder (stories/, frameworks/, questions/), or a
    /// folder where it needs a file (profile.yaml, a story, a framework, a question).</summary>
    public const string WrongKindOfEntry = "PP0119";

    /// <summary>A control character (other than tab and line breaks) in a content file: invisible, and it breaks
    /// exports.</summary>
    public const string ControlCharacter = "PP0140";

    /// <summary>An invisible formatting character (zero-width space, direction override) in a file: a warning at
    /// the first.</summary>
    public const string InvisibleCharacter = "PP0141";

    // PP013x: the practice log cannot take a new answer; the answer is kept aside instead.
    /// <summary>The log does not read, or is laid out so that an answer added at its end would not join its
    /// list.</summary>
    public const string PracticeLogNotAppendable = "PP0130";

    /// <summary>The log, or the folder it is in, cannot be written: read-only, immutable, a folder, a full
    /// disk.</summary>
    public const string PracticeLogNotWritable = "PP0131";

    /// <summary>Another program held the log's lock for longer than an answer takes to add.</summary>
    public const string PracticeLogBusy = "PP0132";

    public const string CardBulletLong = "PP0201";
    public const string NoKeyNumbers = "PP0202";
    public const string FlagshipCount = "PP0203";
    public const string NoPrinciples = "PP0204";
    public const string HighlightCount = "PP0205";
    public const string FlagshipWithoutGoal = "PP0206";
    public const string UnknownCompany = "PP0207";

    // PP025x: text the user typed that YAML leaves out or reshapes.
    /// <summary>A ' #' after a value starts a comment, so the rest of the line is left out.</summary>
    public const string CommentCutsValue = "PP0250";

    /// <summary>A line starting with '- ' is folded into the text above instead of being an item of a list.</summary>
    public const string DashFoldedIntoText = "PP0251";

    /// <summary>Names separated by commas where a list is expected are read as one name.</summary>
    public const string ListWithoutBrackets = "PP0252";

    /// <summary>A value starting with '!' or '&amp;' loses that word: YAML reads it as a tag or an anchor.</summary>
    public const string WordReadAsMarkup = "PP0253";

    // How well a story holds up when told (Content/Validation/Strength).
    public const string ResultWithoutNumber = "PP0220";
    public const string ToldAsWe = "PP0221";
    public const string EmptyLesson = "PP0222";
    public const string StarTimeBudget = "PP0223";
    public const string NoFollowUps = "PP0224";

    /// <summary>The same figure told with two values, or a percentage that does not match its before and
    /// after.</summary>
    public const string FiguresDisagree = "PP0225";
    public const string FailureFigureNotInStory = "PP0226";

    /// <summary>A story theme one letter from an interview theme's name, so it counts for none: a warning at
    /// it.</summary>
    public const string ThemeMisspelt = "PP0261";

    /// <summary>A name written twice where once is meant (a highlight's story, a story's principle, a question's
    /// backup that is its primary): a warning at the second.</summary>
    public const string RepeatedName = "PP0262";

    /// <summary>An action says the candidate's role ("Responsible for…", "Involved in…"), not what they
    /// did.</summary>
    public const string DutyNotAction = "PP0265";

    /// <summary>Two stories tell the same thing in nearly the same words: a copy kept under another
    /// id.</summary>
    public const string StoriesAlike = "PP0266";

    /// <summary>A story's text starts with its own field's label ("C:", "Result:"), which the pack prints
    /// already.</summary>
    public const string LabelInText = "PP0267";

    /// <summary>Markdown marks (**bold**, `code`, \$) in a story's text, which the pack prints as typed.</summary>
    public const string MarkdownInText = "PP0268";

    /// <summary>A story lists more principles of one framework than one answer can show.</summary>
    public const string PrinciplesClaimed = "PP0269";

    // PP023x: coverage, which stories are told for which principles.
    public const string ChosenStoryDoesNotShowPrinciple = "PP0230";
    public const string StoryOverused = "PP0231";

    // PP024x: questions, how each is answered.
    public const string QuestionForNoFramework = "PP0240";
    public const string QuestionStoryShowsNoPrinciple = "PP0241";

    // PP026x: the practice log.
    /// <summary>Answers kept aside by an earlier session still wait to be moved into the log.</summary>
    public const string AnswersKeptAside = "PP0260";

    public const string FrontMatterInvalid = "PP0301";
    public const string ThemeInvalid = "PP0302";
    public const string TemplateSyntax = "PP0303";
    public const string TemplateRuntime = "PP0304";
    public const string TemplateLimit = "PP0305";
    public const string UnknownInterviewFramework = "PP0306";

    /// <summary>A template asks for something that differs from one build to the next (date.now,
    /// math.random).</summary>
    public const string NotReproducible = "PP0307";

    public const string TooBigForPage = "PP0401";
    public const string OverOnePage = "PP0402";
    public const string MissingGlyph = "PP0403";
    public const string FontNotFound = "PP0404";
    public const string TooManyPages = "PP0405";

    /// <summary>A file in templates/fonts that is not a readable font, or a 'fonts' that is a file: a warning at
    /// it.</summary>
    public const string FontFileUnreadable = "PP0436";

    /// <summary>A template whose output has no text at all: a warning at the template.</summary>
    public const string EmptyOutput = "PP0437";

    /// <summary>A word in braces in a header or footer that is not {title}, {page} or {pages}: a warning at
    /// it.</summary>
    public const string UnknownPlaceholder = "PP0438";
    public const string OverOneWordPage = "PP0406";
    public const string UnsupportedMarkdown = "PP0407";
    public const string StoriesLeftOut = "PP0408";

    /// <summary>A framework with more principles than the cheat sheet has room for: a warning at the framework's
    /// file.</summary>
    public const string PrinciplesLeftOut = "PP0410";
    public const string TableTooWide = "PP0409";

    /// <summary>Cut marks left out because they would print within a quarter inch of the paper's edge.</summary>
    public const string CutMarksNearEdge = "PP0415";

    /// <summary>A <c>::: section</c> with a setting it does not understand, or inside another block.</summary>
    public const string SectionInvalid = "PP0416";

    /// <summary>Two table cell colours in the theme that differ in hue but print as nearly the same grey:
    /// a warning at the second one's line in theme.yaml.</summary>
    public const string CellsSameGrey = "PP0420";

    /// <summary>A one-page document with a table column that takes more than half the table's width:
    /// a warning at the text that makes it wide (a story's long title), as the whole page shrinks for it.</summary>
    public const string WideColumn = "PP0421";

    /// <summary>A story's <c>short_title</c> no shorter than its title, or longer than a one-page table cell
    /// holds (60 characters): a warning at the short title's line.</summary>
    public const string ShortTitleTooLong = "PP0422";

    /// <summary>A one-page document whose type had to shrink below the theme's readable size
    /// (<c>one_page: readable:</c>) to fit: a warning at the longest story text on the page.</summary>
    public const string OnePageBelowReadable = "PP0423";

    /// <summary>
    /// A line of a <c>```chart</c> block that cannot be read (a setting it does not know, a value that is
    /// neither a number nor a time, a row with too many or too few cells); the chart is drawn without it.
    /// </summary>
    public const string ChartLineUnreadable = "PP0435";

    public const string OutputNotWritten = "PP0501";
    public const string ManifestIgnored = "PP0502";
    public const string OutputNamedTwice = "PP0503";
    public const string NoTemplates = "PP0504";
    public const string OutputOutsideFolder = "PP0505";
    public const string OutputFailed = "PP0506";

    /// <summary>'printed' in an output folder with no build record: there are no cards yet to mark.</summary>
    public const string NothingBuilt = "PP0507";
}
