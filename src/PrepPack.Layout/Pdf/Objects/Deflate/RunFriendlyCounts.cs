namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// Evens out symbol counts so that neighbouring symbols get equal code lengths, which the block
/// header then sends as runs (the heuristic of Brotli and Zopfli): stretches of four or more
/// counts near their average take that average; runs already long enough are left alone, and
/// a symbol that occurs never loses its code.
/// </summary>
internal static class RunFriendlyCounts
{
    public static void Even(int[] counts)
    {
        // Trailing zeros are left as they are: they cost nothing in the header.
        var length = counts.Length;
        while (length > 0 && counts[length - 1] == 0)
            length--;
        if (length == 0)
            return;

        // Runs the header can already repeat: five or more zeros, seven or more of another count.
        var good = new bool[length];
        var value = counts[0];
        var stride = 0;
        for (var i = 0; i <= length; i++)
        {
            if (i == length || counts[i] != value)
            {
                if ((value == 0 && stride >= 5) || (value != 0 && stride >= 7))
                    for (var k = 0; k < stride; k++)
                        good[i - k - 1] = true;
                stride = 1;
                if (i != length)
                    value = counts[i];
            }
            else
                stride++;
        }

        stride = 0;
        long limit = counts[0];
        long sum = 0;
        for (var i = 0; i <= length; i++)
        {
            if (i == length || good[i] || Math.Abs(counts[i] - limit) >= 4)
            {
                if (stride >= 4 || (stride >= 3 && sum == 0))
                {
                    // A stretch of zeros stays zeros; any other takes its rounded average, at least one.
                    var average = sum == 0 ? 0 : (int)Math.Max(1, (sum + stride / 2) / stride);
                    for (var k = 0; k < stride; k++)
                        counts[i - k - 1] = average;
                }
                stride = 0;
                sum = 0;
                limit =
                    i < length - 3 ? (counts[i] + counts[i + 1] + counts[i + 2] + counts[i + 3] + 2L) / 4
                    : i < length ? counts[i]
                    : 0;
            }
            stride++;
            if (i != length)
                sum += counts[i];
        }
    }
}
