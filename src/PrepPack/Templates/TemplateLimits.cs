using PrepPack.Content.Model;

namespace PrepPack.Templates;

/// <summary>
/// How far one template may go before PrepPack takes it for a runaway: limits that grow with the
/// story bank, so a large bank is never cut short, while a loop that never ends is still stopped.
/// A limit that is hit is an error naming the template, never a shorter document.
/// </summary>
/// <param name="Loop">Iterations of one loop.</param>
/// <param name="Output">Characters of Markdown one template may write.</param>
/// <param name="Pages">Pages of the PDF made from one template's Markdown.</param>
public sealed record TemplateLimits(int Loop, int Output, int Pages)
{
    /// <summary>Room for every story many times over: a story's full text is a few kilobytes.</summary>
    private const int OutputPerItem = 256 * 1024;
    private const int BaseOutput = 16 * 1024 * 1024;
    private const int LoopPerItem = 200;
    private const int BaseLoop = 10_000;

    /// <summary>The binder, the longest built-in output, takes about three pages a story:
    /// room for several times that.</summary>
    private const int PagesPerItem = 20;
    private const int BasePages = PrepPack.Layout.Paging.Paginator.LeastPageLimit;

    public static TemplateLimits For(StoryBank bank)
    {
        long items =
            bank.Stories.Count
            + bank.Questions.Count
            + bank.Practice.Entries.Count / 10
            + bank.Frameworks.Sum(f => 1 + f.Principles.Count);
        return new TemplateLimits(
            (int)Math.Min(int.MaxValue, BaseLoop + LoopPerItem * items),
            (int)Math.Min(int.MaxValue / 2, BaseOutput + OutputPerItem * items),
            (int)Math.Min(int.MaxValue, BasePages + PagesPerItem * items)
        );
    }

    /// <summary>For documents rendered outside a build, such as tests of one template.</summary>
    public static TemplateLimits Default { get; } = new(BaseLoop, BaseOutput, BasePages);
}
