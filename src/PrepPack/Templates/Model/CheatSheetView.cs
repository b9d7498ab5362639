namespace PrepPack.Templates.Model;

/// <summary>
/// One cheat sheet page: <c>sheet.framework</c>, whose principles it shows (null when the bank has
/// none), and <c>sheet.stories</c>, the stories it has room for, that framework's first.
/// </summary>
public sealed class CheatSheetView(FrameworkView? framework, OnePageStories stories)
{
    public FrameworkView? Framework => framework;
    public OnePageStories Stories => stories;
}
