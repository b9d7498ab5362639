namespace PrepPack.Content.Schema;

/// <summary>What a content reader accepts for a field, one kind per way of reading it.</summary>
public enum FieldKind
{
    /// <summary>A line of text; a number or true/false written there is read as its text.</summary>
    Text,

    /// <summary>An id: letters and digits of any language, '-' and '_' (see ContentId).</summary>
    Id,

    /// <summary>The id of one story.</summary>
    StoryId,

    /// <summary>The id of one question.</summary>
    QuestionId,
    Integer,
    Number,

    /// <summary>true or false (also yes/no, on/off).</summary>
    Boolean,

    /// <summary>A list of short texts, or one text as a list of one.</summary>
    Texts,

    /// <summary>One of a few words.</summary>
    Choice,

    /// <summary>Text in a set form, such as a date.</summary>
    Formatted,

    /// <summary>A group of indented fields.</summary>
    Group,

    /// <summary>A story id on one line, or a group of fields.</summary>
    LineOrGroup,

    /// <summary>A list whose items are groups of fields.</summary>
    Items,

    /// <summary>A list whose items are each a line of text or a group of fields.</summary>
    LinesOrItems,

    /// <summary>Names of the user's choosing, each with a group of fields.</summary>
    NamedGroups,

    /// <summary>Names of the user's choosing, each with a line of text.</summary>
    NamedTexts,

    /// <summary>Names of the user's choosing, each with a list of ids.</summary>
    NamedLists,
}
