namespace PrepPack.Templates.Model;

/// <summary>
/// The interview at hand: <c>interview.framework</c> is the framework the cheat sheet shows (from
/// <c>--framework</c>, the theme's <c>interview:</c>, or the bank's only framework), or null.
/// </summary>
public sealed class InterviewView(FrameworkView? framework)
{
    public FrameworkView? Framework => framework;
}
