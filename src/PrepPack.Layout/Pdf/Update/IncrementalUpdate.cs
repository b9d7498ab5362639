using System.Globalization;
using System.Text;

namespace PrepPack.Layout.Pdf.Update;

/// <summary>
/// Objects appended to a written PDF after its end, with a cross-reference section for them
/// alone and a trailer whose /Prev points back to the file's own (PDF 1.7, 7.5.6). The bytes
/// already written stay exactly as they were.
/// </summary>
internal sealed class IncrementalUpdate(WrittenPdf pdf)
{
    private readonly SortedDictionary<int, string> _objects = [];
    private int _next = pdf.Size;

    /// <summary>A number for a new object, to refer to it before it is written.</summary>
    public int Reserve() => _next++;

    /// <summary>Sets an object's value: a new one, or a new version of one already in the file.</summary>
    public void Set(int number, string value) => _objects[number] = value;

    public void WriteTo(Stream output, long start)
    {
        var text = new StringBuilder();
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, value) in _objects)
        {
            offsets[number] = start + text.Length;
            text.Append(CultureInfo.InvariantCulture, $"{number} {Generation(number)} obj\n{value}\nendobj\n");
        }
        var xref = start + text.Length;
        text.Append("xref\n0 1\n0000000000 65535 f \n");
        foreach (var run in Runs(offsets.Keys.ToList()))
        {
            text.Append(CultureInfo.InvariantCulture, $"{run[0]} {run.Count}\n");
            foreach (var number in run)
                text.Append(CultureInfo.InvariantCulture, $"{offsets[number]:D10} {Generation(number):D5} n \n");
        }
        var trailer = pdf.Trailer.Without("Prev").Without("XRefStm")
            .With("Size", Math.Max(pdf.Size, _next).ToString(CultureInfo.InvariantCulture))
            .With("Prev", pdf.StartXref.ToString(CultureInfo.InvariantCulture));
        text.Append(CultureInfo.InvariantCulture, $"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n");
        // Everything written is ASCII: titles outside it are hex strings.
        output.Write(Encoding.ASCII.GetBytes(text.ToString()));
    }

    /// <summary>A replaced object keeps its generation; a new one is generation 0.</summary>
    private int Generation(int number) => number == pdf.Root.Number ? pdf.Root.Generation : 0;

    /// <summary>Object numbers in runs of consecutive numbers, one cross-reference subsection each.</summary>
    private static IEnumerable<List<int>> Runs(List<int> numbers)
    {
        var run = new List<int>();
        foreach (var number in numbers)
        {
            if (run.Count > 0 && number != run[^1] + 1)
            {
                yield return run;
                run = [];
            }
            run.Add(number);
        }
        if (run.Count > 0) yield return run;
    }
}
