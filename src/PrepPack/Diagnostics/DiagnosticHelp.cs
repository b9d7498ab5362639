using static PrepPack.Diagnostics.ReportedAs;
using Codes = PrepPack.Diagnostics.DiagnosticCodes;

namespace PrepPack.Diagnostics;

/// <summary>
/// What every code in <see cref="DiagnosticCodes"/> means and how to fix it. A new code gets one
/// line here, in any place (the page sorts them); a test fails for a code without one.
/// </summary>
public static class DiagnosticHelp
{
    // One entry a line, so adding a code is a one-line change that merges cleanly.
    public static IReadOnlyList<CodeHelp> All { get; } =
    [
        new(
            Codes.ChartLineUnreadable,
            Warning,
            "A line of a `chart` fenced block cannot be read: a setting other than `title`, `alt` or `budget`, a "
                + "budget that is not a time, a row with more or fewer cells than the header, or a value that is "
                + "neither a number nor (in a time column) a time `m:ss`. The chart is drawn without it.",
            "Write each row as a date and its values, separated by vertical bars, values as numbers (`3.5`) or times "
                + "(`1:45`) and `—` for none, in the template that made the line."
        ),
        new(
            Codes.ContentFolderMissing,
            Error,
            "The content folder (`content/`, or the one `--content` names) does not exist.",
            "Run PrepPack in the folder that holds `content/`, name the folder with `--content`, or start a story "
                + "bank with `preppack init`."
        ),
        new(
            Codes.ContentFolderEmpty,
            Error,
            "The content folder holds neither `profile.yaml` nor any story.",
            "Run `preppack init` to start a story bank with example stories to edit, or name another folder with "
                + "`--content`."
        ),
        new(
            Codes.RequiredFileMissing,
            Error,
            "`profile.yaml` is missing, or `stories/` holds no `.yaml` file.",
            "Add the missing file: copy `profile.yaml` or a story from a bank `preppack init` writes."
        ),
        new(
            Codes.FileUnreadable,
            Error,
            "A file could not be read: no permission, a link to nothing or a link loop, a pipe or a device, or a file "
                + "over 4 MB.",
            "Do what the message says for that file: give yourself read permission, point the link at a real file, or "
                + "remove it."
        ),
        new(
            Codes.NotUtf8,
            Error,
            "A file is not saved as UTF-8 text; the place is the first character that cannot be read.",
            "Save the file as UTF-8 in your editor (in VS Code: the encoding in the status bar, *Save with Encoding*, "
                + "UTF-8)."
        ),
        new(
            Codes.FileExists,
            Error,
            "`init` or `templates` would write a file that is there already (or a folder of its name); nothing was "
                + "written.",
            "Delete or rename what is there, or name another folder with `--out` (or `init DIR`)."
        ),
        new(
            Codes.FileNotWritten,
            Error,
            "`init`, `templates` or `schema` could not write a file (no permission, a full disk); whatever it had "
                + "written was removed again.",
            "Check that you may write to the folder and that the disk has room, or name another folder."
        ),
        new(
            Codes.LinkLeadsOutside,
            Error,
            "A folder or file on the way to what `init`, `templates`, `schema` or `export` writes is a link out of "
                + "the folder it writes into; nothing was written.",
            "Remove the link, or name the place it leads to with `--out`."
        ),
        new(
            Codes.FileWhereFolderNeeded,
            Error,
            "A file stands where `init`, `templates`, `schema` or `export` must make a folder.",
            "Rename or move the file, or name another folder with `--out`."
        ),
        new(
            Codes.YamlSyntax,
            Error,
            "The file is not valid YAML at this place: a tab, a line not lined up, no space after a colon, a value "
                + "starting with a sign YAML reserves, an unclosed `[`.",
            "Do what the hint says; the usual causes are listed under [YAML pitfalls](story-bank.md#yaml-pitfalls)."
        ),
        new(
            Codes.RequiredFieldMissing,
            Error,
            "A field the file needs is missing, or a practised answer names neither a question nor a story.",
            "Add the field the message names; the field tables in [Your story bank](story-bank.md) say which are "
                + "required."
        ),
        new(
            Codes.UnknownField,
            Error,
            "A field name the file (or a template's front matter) does not know, often a misspelling.",
            "Use the name the message suggests, or remove the line."
        ),
        new(
            Codes.WrongType,
            Error,
            "A value of the wrong kind (text where a list or a group is expected, a word for a number, a choice that "
                + "is not one of those allowed), or a file with no fields at all: empty, only comments, or NUL bytes.",
            "Write the kind of value the message names (the field tables say what each field takes); start an empty "
                + "file with the fields the message names."
        ),
        new(
            Codes.ScoreOutOfRange,
            Error,
            "A number outside its range, such as a score of 7 where scores run from 1 to 5.",
            "Use a number within the range the message gives."
        ),
        new(
            Codes.DuplicateStoryId,
            Error,
            "Two stories have the same id.",
            "Give each story its own id, the same as its file name."
        ),
        new(
            Codes.IdDiffersFromFileName,
            Error,
            "A story's, question's or framework's `id` differs from its file name.",
            "Rename the file to the id, or change the id to the file name."
        ),
        new(
            Codes.UnknownStory,
            Error,
            "A story id is named (in the profile, a framework, a question or the practice log) that no file in "
                + "`stories/` has.",
            "Use the id the message suggests, or add the story."
        ),
        new(
            Codes.UnknownFramework,
            Error,
            "A framework id is named that no file in `frameworks/` has.",
            "Use the id the message suggests, or add the framework's file."
        ),
        new(
            Codes.UnknownPrinciple,
            Error,
            "A principle is named that its framework does not have, or several are written with commas but no "
                + "brackets.",
            "Use the id the message suggests; write several as a list in brackets: `amazon: [ownership, dive-deep]`."
        ),
        new(
            Codes.DuplicateFrameworkId,
            Error,
            "Two frameworks have the same id.",
            "Give each framework its own id, the same as its file name."
        ),
        new(
            Codes.DuplicatePrincipleId,
            Error,
            "A framework lists the same principle id more than once.",
            "Give each principle its own id."
        ),
        new(
            Codes.EmptyValue,
            Error,
            "A field that needs a value is empty.",
            "Write the value after the colon, or the items under it."
        ),
        new(
            Codes.InvalidId,
            Error,
            "An id holds a space, a dot, a `/` or another character a file name cannot take, or is too long.",
            "Use letters and digits of any language, `-` and `_`, at most 100 characters."
        ),
        new(
            Codes.UnknownQuestion,
            Error,
            "A practised answer names a question that no file in `questions/` has.",
            "Use the id the message suggests, or name the story alone."
        ),
        new(
            Codes.DuplicateQuestionId,
            Error,
            "Two questions have the same id.",
            "Give each question its own id, the same as its file name."
        ),
        new(
            Codes.TooManyCues,
            Error,
            "A question has more `cues:` than its prompt card has room for (three).",
            "Keep the three cues that bring the answer back fastest."
        ),
        new(
            Codes.FieldNotIndented,
            Error,
            "Fields written under a group's name are not indented, so they are read as fields of the file and the "
                + "group is empty.",
            "Indent them (and the lines after them) under the group by two spaces."
        ),
        new(
            Codes.PracticeLogNotAppendable,
            Error,
            "The practice log is laid out so that an answer added at its end would not join its list: answers in "
                + "brackets, a field after the list, the log in braces.",
            "Write each answer on lines of its own starting with `- `, and move other fields above `answers:`; see "
                + "[The practice log](practice.md#the-practice-log)."
        ),
        new(
            Codes.PracticeLogNotWritable,
            Error,
            "The practice log, or its folder, cannot be written: read-only, immutable, a folder, a full disk.",
            "Make the log and its folder writable (PrepPack never does it for you), or free some space."
        ),
        new(
            Codes.PracticeLogBusy,
            Error,
            "Another program held the practice log's lock for over 10 seconds; the answer was kept aside.",
            "Close the program that keeps `log.yaml.lock` open (a sync or backup tool), or delete that file if no "
                + "`practice` runs."
        ),
        new(
            Codes.WrongKindOfEntry,
            Error,
            "A file stands where the content folder needs a folder (stories/, frameworks/, questions/), or a folder "
                + "where it needs a file (profile.yaml, a story, a framework, a question).",
            "Rename or move the one in the way, and make the file or folder PrepPack reads in its place."
        ),
        new(
            Codes.ControlCharacter,
            Error,
            "An invisible control character (such as U+001F or U+0000, or an escape such as `\"\\x1f\"`) in a file "
                + "PrepPack reads.",
            "Go to the place and delete it; it usually comes in with pasted text."
        ),
        new(
            Codes.InvisibleCharacter,
            Warning,
            "An invisible formatting character (a zero-width space, a word joiner, a direction override) in a file.",
            "Go to the place and delete it; it usually comes in with text pasted from a web page or a chat."
        ),
        new(
            Codes.CardBulletLong,
            Warning,
            "A card line has more than 30 words: too long to read at a glance.",
            "Say the essence on the card and keep the detail for `star:`."
        ),
        new(
            Codes.NoKeyNumbers,
            Warning,
            "A story has no key numbers (`numbers:`).",
            "Add a `numbers:` list, each with its `value` and what it `measures`."
        ),
        new(
            Codes.FlagshipCount,
            Warning,
            "No story is marked as the flagship, or more than one is.",
            "Put `flagship: true` on your strongest story, and on that one only."
        ),
        new(
            Codes.NoPrinciples,
            Warning,
            "A story shows no principle of any framework, so no STAR one-pager includes it.",
            "Add a `principles:` group, such as `amazon: [ownership]`."
        ),
        new(
            Codes.HighlightCount,
            Warning,
            "\"Tell me about yourself\" has not two or three highlights.",
            "Keep two or three entries under `tmay: highlights:`."
        ),
        new(
            Codes.FlagshipWithoutGoal,
            Warning,
            "The flagship story has no `gsmt:` (goal, signal, metric, target) for the cheat sheet.",
            "Add a `gsmt:` group with `goal`, `signal`, `metric` and `target`."
        ),
        new(
            Codes.UnknownCompany,
            Warning,
            "A line under `why_company:` names no framework, so no document prints it.",
            "Name it by a framework's id (its file name in `frameworks/`)."
        ),
        new(
            Codes.ResultWithoutNumber,
            Warning,
            "`card.result` or `star.result` has no figure, in digits or in words.",
            "Say what changed by how much: time saved, money, users, errors, before and after."
        ),
        new(
            Codes.ToldAsWe,
            Warning,
            "`star.actions` is told as \"we\": more than 40% of its \"we/our/us\" and \"I/my/me\" are \"we\".",
            "Tell each action as what you did (\"I designed…\"); name the team's part once."
        ),
        new(
            Codes.EmptyLesson,
            Warning,
            "`card.lesson` or `star.reflection` is a saying that fits any story, or is under three words.",
            "Keep the idea, and say the practice this story taught you and when you use it; see [Story-strength "
                + "warnings](story-bank.md#story-strength-warnings)."
        ),
        new(
            Codes.StarTimeBudget,
            Warning,
            "A part of the STAR answer takes longer to say, at 150 words a minute, than its budget (or the actions "
                + "less than `action_at_least`).",
            "Cut that part, or change the budgets under `practice:`; see [Speaking-time "
                + "budgets](story-bank.md#speaking-time-budgets)."
        ),
        new(
            Codes.NoFollowUps,
            Warning,
            "A story has no `follow_ups:`.",
            "Add the question you would least like to be asked next, with your answer."
        ),
        new(
            Codes.FiguresDisagree,
            Warning,
            "The same figure is told with two values in one story, or a percentage does not match its own before and "
                + "after.",
            "Say the same figure in both places, or make clear they measure different things; see [Story-strength "
                + "warnings](story-bank.md#story-strength-warnings)."
        ),
        new(
            Codes.FailureFigureNotInStory,
            Warning,
            "A figure in the failure frame appears nowhere else in the story.",
            "Check that it agrees with the story and tell it there too, or leave it out of the failure frame."
        ),
        new(
            Codes.ThemeMisspelt,
            Warning,
            "A story theme is one letter from an interview theme's name (`teamwrok`), so it answers none of them.",
            "Write the theme's name as the readiness page lists it; a theme of your own can stay."
        ),
        new(
            Codes.RepeatedName,
            Warning,
            "A name is written twice where once is meant: a highlight's story, a story's principle, a backup, "
                + "the name of two principles of one framework.",
            "Delete the second, or name the other you meant."
        ),
        new(
            Codes.DutyNotAction,
            Warning,
            "An action says what your role was (\"Responsible for…\", \"Involved in…\", \"Part of the team…\"), "
                + "not what you did.",
            "Say the thing you did, with its verb: \"I rewrote the refresher course\"."
        ),
        new(
            Codes.StoriesAlike,
            Warning,
            "Two stories tell the same thing in nearly the same words (half their words or more in common).",
            "Keep one and delete the other, or, if they are two stories, tell each in its own words."
        ),
        new(
            Codes.LabelInText,
            Warning,
            "A story's text starts with the label of its own field (`C:`, `R:`, `Situation:`), which the pack "
                + "prints already.",
            "Delete the label and start with the words themselves."
        ),
        new(
            Codes.MarkdownInText,
            Warning,
            "A story's text holds Markdown marks (`**bold**`, `` `code` ``, `\\$`), which the pack prints as typed.",
            "Write the words alone; the pack sets the type of each part itself."
        ),
        new(
            Codes.PrinciplesClaimed,
            Warning,
            "A story lists more than four principles of one framework (or more than its `max_principles_per_story`), "
                + "more than one answer shows.",
            "Keep the few the story's actions and result show, and tell another story for the rest."
        ),
        new(
            Codes.ChosenStoryDoesNotShowPrinciple,
            Warning,
            "A framework names a story for a principle that the story does not list.",
            "Add the principle to the story's `principles:`, or choose another story; see "
                + "[Coverage](frameworks-and-questions.md#coverage)."
        ),
        new(
            Codes.StoryOverused,
            Warning,
            "One story is told for more principles of a framework than its share.",
            "Name other stories for some of them, or raise `max_principles_per_story`; see [Picked for "
                + "you](frameworks-and-questions.md#picked-for-you)."
        ),
        new(
            Codes.QuestionForNoFramework,
            Warning,
            "A question names no framework under `principles:`, so no answers document includes it.",
            "Add a `principles:` group, such as `amazon: [ownership]`, or `amazon: []` for a question asked without a "
                + "principle."
        ),
        new(
            Codes.QuestionStoryShowsNoPrinciple,
            Warning,
            "The story a question tells shows none of the principles the question asks about in a framework.",
            "Tell another story, or add the principle to the story's `principles:` if it does show it."
        ),
        new(
            Codes.CommentCutsValue,
            Warning,
            "A ` #` in a value starts a YAML comment, so the rest of the line is left out of the pack.",
            "Put the whole value in quotes; see [YAML pitfalls](story-bank.md#yaml-pitfalls)."
        ),
        new(
            Codes.DashFoldedIntoText,
            Warning,
            "A line starting with `- ` (or `-` with no space, or `•`) is folded into the text above instead of being "
                + "an item of a list.",
            "Line the dash up with the items above, and start each item with `- `."
        ),
        new(
            Codes.ListWithoutBrackets,
            Warning,
            "Names with commas but no brackets (`themes: impact, leadership`) are read as one name.",
            "Write the list in brackets: `themes: [impact, leadership]`."
        ),
        new(
            Codes.WordReadAsMarkup,
            Warning,
            "A value's first word starts with `!` or `&`, which YAML reads as markup and leaves out.",
            "Put the whole value in quotes."
        ),
        new(
            Codes.AnswersKeptAside,
            Warning,
            "Answers an earlier `practice` session could not add to the log wait in `practice/log.unsaved.yaml`.",
            "Move them to the end of the list in `log.yaml`, then delete `log.unsaved.yaml`."
        ),
        new(
            Codes.FrontMatterInvalid,
            Error,
            "A template's front matter cannot be used: no closing `---`, a value a setting cannot take, an output "
                + "name that is not a plain file name, margins that leave no room for text, or `{{ }}` in `for_each`, "
                + "`format` or `changed_output`.",
            "Do what the hint says at that line; the settings are listed in [How documents are "
                + "made](templates.md#how-documents-are-made)."
        ),
        new(
            Codes.CellsSameGrey,
            Warning,
            "Two table cell colours in `theme.yaml` differ in hue but print as nearly the same grey (less than 5 "
                + "apart in lightness), so a black-and-white printer loses the difference.",
            "Use the lighter or darker colour the message suggests at the later colour's line."
        ),
        new(
            Codes.ShortTitleTooLong,
            Warning,
            "A story's `short_title` is no shorter than its title, or longer than 60 characters, so the one-page "
                + "outputs gain nothing from it.",
            "Cut `short_title` to a few words, shorter than the title."
        ),
        new(
            Codes.OnePageBelowReadable,
            Warning,
            "A one-page document (the cheat sheet, the matrix, the tracker) had to shrink its type below the theme's "
                + "readable size (`one_page: readable:`) to fit.",
            "Cut the story text the message names (often a long title: set `short_title`), or show fewer stories "
                + "(`one_page:` limits)."
        ),
        new(
            Codes.WideColumn,
            Warning,
            "On a one-page document (the cheat sheet, the matrix), one text makes a table column take more than half "
                + "the table's width, so the whole page shrinks for it.",
            "Set `short_title` in that story (a few words the one-page outputs print in place of the title), or "
                + "shorten the text at the line named (usually a story's `title:`)."
        ),
        new(
            Codes.ThemeInvalid,
            Error,
            "A value in `templates/theme.yaml` PrepPack cannot use: an unknown page or card size, margins that leave "
                + "no room, a Word reference document that is missing or not a `.docx`.",
            "Use a value the message suggests; see [The theme](templates.md#the-theme)."
        ),
        new(
            Codes.TemplateSyntax,
            Error,
            "A template cannot be read: a `{{` without its `}}`, an `if` or `for` without its `end`.",
            "Close what the message names at its line."
        ),
        new(
            Codes.TemplateRuntime,
            Error,
            "A template stopped while running: a misspelt variable or function, a value of the wrong kind.",
            "Check the expression at that line against [the variables a template "
                + "sees](templates.md#template-variables)."
        ),
        new(
            Codes.TemplateLimit,
            Error,
            "A template looped, nested or wrote far more than the story bank needs, and was stopped; its output was "
                + "not made.",
            "Look for a loop that never ends or an include that includes itself."
        ),
        new(
            Codes.UnknownInterviewFramework,
            ErrorOrWarning,
            "The interview framework named in the theme (a warning) or after `--framework` (exit code 2) is not in "
                + "`frameworks/`.",
            "Use an id the message suggests; see [The interview at "
                + "hand](frameworks-and-questions.md#the-interview-at-hand)."
        ),
        new(
            Codes.NotReproducible,
            Error,
            "A template asks for `date.now` or `math.random`, which would make two builds of the same stories differ.",
            "Use `date`, the date of the content, or write the value into the template."
        ),
        new(
            Codes.TooBigForPage,
            Error,
            "Something does not fit on an empty page even at the smallest type: a card too long for its card, a box "
                + "or a table row too tall for the page.",
            "Shorten the text the message names, or choose a larger page or smaller margins."
        ),
        new(
            Codes.OverOnePage,
            Error,
            "A `fit: one-page` document or section is too long for one page even with its type shrunk to `fit_floor`.",
            "Shorten the content, or lower `fit_floor` in `templates/theme.yaml`."
        ),
        new(
            Codes.MissingGlyph,
            Warning,
            "A character is in none of the theme's fonts, so it prints as an empty box.",
            "Add a font that has it to the theme's families (in `templates/fonts/`), or write the text without it."
        ),
        new(
            Codes.FontNotFound,
            Warning,
            "A font family the theme names is neither installed nor in `templates/fonts/`; a bundled family stands in.",
            "Copy its `.ttf` files into `templates/fonts/`, or name another family in the theme."
        ),
        new(
            Codes.FontFileUnreadable,
            Warning,
            "A file in `templates/fonts/` cannot be read as a font, or `fonts` is a file; its family is not used.",
            "Copy the font file again from where you got it, or remove it; `fonts` must be a folder."
        ),
        new(
            Codes.EmptyOutput,
            Warning,
            "A template wrote no text at all, so its output would be blank pages.",
            "Check the template's `if` and `for` blocks, or the content they read."
        ),
        new(
            Codes.UnknownPlaceholder,
            Warning,
            "A header or footer holds a word in braces other than `{title}`, `{page}` or `{pages}`; it prints as "
                + "typed.",
            "Correct the word, or write it without braces."
        ),
        new(
            Codes.TooManyPages,
            Error,
            "A document passed the page limit without ending.",
            "Look in the template for content repeated by mistake."
        ),
        new(
            Codes.OverOneWordPage,
            Warning,
            "A story or question in a `fit: each-page` Word document runs over one page even at `fit_floor`.",
            "Cut about as many lines as the message says from the longest parts it names."
        ),
        new(
            Codes.UnsupportedMarkdown,
            Warning,
            "The Markdown holds what neither writer can show (raw HTML, images, footnotes, links to other files); it "
                + "is left out.",
            "Write it in Markdown the writers know, in the template that made the line, or remove it."
        ),
        new(
            Codes.StoriesLeftOut,
            Warning,
            "The matrix or the cheat sheet has no room for every story; the binder shows them all.",
            "Raise the number under `one_page:` in the theme (the type gets smaller), or let the least important "
                + "stories go to the binder."
        ),
        new(
            Codes.TableTooWide,
            Error,
            "A table has more columns than fit across the page, even with every word cut.",
            "Use fewer columns, or give the table more width: landscape, a larger page, smaller margins."
        ),
        new(
            Codes.PrinciplesLeftOut,
            Warning,
            "A framework has more principles than the cheat sheet has room for (20); the last are only in the binder.",
            "Put the principles the interview asks about first, or build for another framework."
        ),
        new(
            Codes.CutMarksNearEdge,
            Warning,
            "Cut marks are left out because they would print within a quarter inch of the paper's edge.",
            "Choose fewer cards a sheet, smaller cards or a larger sheet under `cards:` in the theme."
        ),
        new(
            Codes.SectionInvalid,
            ErrorOrWarning,
            "A `:::: section` has a setting it does not know (an error), or stands inside another block and cannot "
                + "start pages of its own (a warning).",
            "Use the settings a section takes; move the section to the top level of the template."
        ),
        new(
            Codes.OutputNotWritten,
            Error,
            "An output, the output folder, a preview page or an exported file could not be written, or a file no "
                + "longer made could not be deleted; the previous file is as it was.",
            "Check that you may write to the output folder and that the disk has room."
        ),
        new(
            Codes.ManifestIgnored,
            Warning,
            "The record of the last build (`output/.preppack/manifest.json`) could not be used, so everything is made "
                + "again.",
            "Nothing to do: the build writes a fresh record."
        ),
        new(
            Codes.OutputNamedTwice,
            Error,
            "Two templates, or one template twice, write the same output file; it is not written.",
            "Give one of them another file name with `output:` in its front matter."
        ),
        new(
            Codes.NoTemplates,
            Error,
            "The templates folder does not exist or holds no template (`*.sbn`).",
            "Name the folder with `--templates`, or copy the built-in ones with `preppack templates`."
        ),
        new(
            Codes.OutputOutsideFolder,
            ErrorOrWarning,
            "An output name is not a plain file name (an error), or the build record names a file outside the output "
                + "folder, left alone (a warning).",
            "Name outputs as plain file names such as `cards.pdf`; a record is rewritten by the next build."
        ),
        new(
            Codes.OutputFailed,
            Error,
            "An output could not be made because PrepPack met a problem it did not expect; the other outputs were "
                + "made.",
            "Please report it with the story bank that causes it; the previous file is as it was."
        ),
        new(
            Codes.NothingBuilt,
            Error,
            "`printed` in an output folder with no build: there are no cards yet to mark.",
            "Run `preppack build` first, or name the output folder with `--out`."
        ),
    ];

    /// <summary>The entry for a code, or null when it has none.</summary>
    public static CodeHelp? For(string code) => All.FirstOrDefault(h => h.Code == code);
}
