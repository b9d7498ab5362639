namespace PrepPack.Templates.Model;

/// <summary>
/// One cheat sheet page: <c>sheet.framework</c>, whose principles it shows (null when the bank has
/// none), <c>sheet.principles</c>, those of them the page has room for, in the framework file's
/// order, with <c>sheet.principles_left_out</c> counting the rest, and <c>sheet.stories</c>, the
/// stories it has room for, that framework's first, with <c>sheet.lines</c>, each of those stories
/// with the figures its reminder does not already say.
/// </summary>
public sealed class CheatSheetView(FrameworkView? framework, OnePageStories stories, int mostPrinciples)
{
    public FrameworkView? Framework => framework;
    public OnePageStories Stories => stories;

    /// <summary>The stories shown, in the same order, each with the key numbers still to print beside its
    /// reminder.</summary>
    public IReadOnlyList<CheatSheetStory> Lines => stories.Stories.Select(s => new CheatSheetStory(s)).ToList();

    public IReadOnlyList<PrincipleView> Principles =>
        framework is null ? [] : framework.Principles.Take(mostPrinciples).ToList();
    public int PrinciplesLeftOut => framework is null ? 0 : Math.Max(0, framework.Principles.Count - mostPrinciples);
}
