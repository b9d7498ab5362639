using PrepPack.Content;
using PrepPack.Content.Readiness;

namespace PrepPack.Cli;

/// <summary>The last line of <c>preppack check</c>: whether the bank is ready for an interview, and what is missing.</summary>
internal static class ReadinessPrinter
{
    public static void Print(TextWriter output, LoadResult result)
    {
        // A bank with errors is not read into stories yet; the errors come first.
        if (result.Bank is { } bank) output.WriteLine(BankReadiness.Of(bank).Summary);
    }
}
