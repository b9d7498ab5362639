using PrepPack.Content;
using PrepPack.Diagnostics;

namespace PrepPack.Coverage;

/// <summary>
/// A content folder read and checked as every command shows it: the content's own diagnostics and,
/// for a bank without errors, the coverage warnings, which need the whole bank.
/// </summary>
public static class CheckedBank
{
    /// <param name="source">Where the files are read from (see <see cref="StoryBankLoader.Load"/>).</param>
    public static LoadResult Load(string contentRoot, IFileSource? source = null)
    {
        var load = StoryBankLoader.Load(contentRoot, source);
        if (load.Bank is null)
            return load;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(load.Diagnostics);
        // Coverage warnings join the content's, so check and build both show them.
        diagnostics.AddRange(BankCoverage.Of(load.Bank).Warnings());
        return load with { Diagnostics = diagnostics.Sorted() };
    }
}
