namespace PrepPack.Tests.BadInput;

/// <summary>
/// One broken input and what the user must see: the exit code and the first message's code and
/// place (a path relative to the workspace, with line and column; 0 when the message names a whole file).
/// </summary>
/// <param name="Arrange">Breaks the workspace: writes or removes files under content/ or templates/.</param>
/// <param name="KeepsPack">False when the case edits content that rightly changes some outputs.</param>
/// <param name="Kept">A file outside the output folder (relative to the workspace) that must still be there
/// afterwards.</param>
/// <param name="Absent">Text that must not be printed, such as a follow-on error of the real cause.</param>
/// <param name="Args">The command line after "preppack"; {content}, {templates} and {out} are filled in.</param>
/// <param name="Seconds">The longest the command may take, for input that once made a build crawl; null for no
/// bound.</param>
public sealed record BadInputCase(
    string Name,
    Action<BadInputWorkspace> Arrange,
    int Exit,
    string Code,
    string File,
    int Line = 0,
    int Column = 0,
    string[]? Args = null,
    string? Says = null,
    string? Absent = null,
    string? Kept = null,
    bool KeepsPack = true,
    int? Seconds = null
)
{
    public static readonly string[] Build =
    [
        "build",
        "--content",
        "{content}",
        "--templates",
        "{templates}",
        "--out",
        "{out}",
    ];
    public static readonly string[] Check = ["check", "--content", "{content}"];

    public override string ToString() => Name;
}
