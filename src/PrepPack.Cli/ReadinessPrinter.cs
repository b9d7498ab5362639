using PrepPack.Content;
using PrepPack.Content.Readiness;

namespace PrepPack.Cli;

/// <summary>The last lines of <c>preppack check</c>: whether the bank is ready for an interview, and for each theme
/// that is not, the nearest fix.</summary>
internal static class ReadinessPrinter
{
    public static void Print(TextWriter output, LoadResult result)
    {
        // A bank with errors is not read into stories yet; the errors come first, and the reader is told what waits
        // on them rather than left to think the bank has no gaps.
        if (result.Bank is not { } bank)
        {
            if (result.Diagnostics.Any(d => d.IsError))
                output.WriteLine(
                    "Which principles your stories cover, and how ready the bank is, are shown once the errors above "
                        + "are fixed."
                );
            return;
        }
        var readiness = BankReadiness.Of(bank);
        output.WriteLine(readiness.Summary);
        foreach (var missing in readiness.Missing)
            output.WriteLine($"  {missing}.");
    }
}
