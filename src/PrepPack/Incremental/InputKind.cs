namespace PrepPack.Incremental;

/// <summary>
/// Every kind of thing an output can be made from. <see cref="InputKey"/> says what its file and
/// part hold and how each kind is written in the manifest; staleness checks them in this order, so
/// the reason given for a rebuild is the broadest one.
/// </summary>
public enum InputKind
{
    /// <summary>A manifest entry this PrepPack cannot read: its output is made again.</summary>
    Unknown,

    /// <summary>The PrepPack that made the output.</summary>
    Tool,

    /// <summary>SOURCE_DATE_EPOCH, the date written into every file.</summary>
    SourceDate,

    /// <summary>A whole file (the profile, a template, the theme), or a folder's list of files.</summary>
    File,

    /// <summary>One value of a story (its card, its star answer); the part is the value's name.</summary>
    Story,

    /// <summary>The stories chosen for each principle of a framework; the file is the framework's.</summary>
    FrameworkChoices,

    /// <summary>The list of the stories, in matrix order; the file is the stories folder.</summary>
    StoryOrder,

    /// <summary>Which story is the flagship.</summary>
    Flagship,

    /// <summary>Which stories are failure stories.</summary>
    Failures,

    /// <summary>Which stories to tell for each question theme.</summary>
    Themes,

    /// <summary>The lesson for the notepad.</summary>
    Lesson,

    /// <summary>The stories a one-page output has room for; the part names the list (<c>matrix_stories</c>).</summary>
    OnePage,

    /// <summary>The readiness page's facts: a story for each interview theme, and what is missing.</summary>
    Readiness,

    /// <summary>The framework of the interview at hand (<c>--framework</c> or the theme's <c>interview:</c>);
    /// recorded as the id itself, empty for none.</summary>
    Interview,
}
