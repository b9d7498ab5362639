using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// PP0225: the same figure told with two values. A story is told from its card, its STAR answer,
/// its highlight, its key numbers, its follow-ups and the profile's "tell me about yourself"
/// highlight; when two of them give the same quantity (the churn cut, the money saved, the number
/// of engineers, the weeks a pilot ran) different values, the cheat sheet prints both and the
/// interviewer hears both. A quantity is "the same" when it is the same kind (a share, money, a
/// time, a count of one noun) said about the same words; honest pairs are kept apart by their
/// roles (<see cref="QuantityRole"/>): a before and an after, a target and a result, a change and
/// a level are never compared. A stated percentage change is also checked against a before and
/// after given elsewhere ("churn down 30%" against "from 14% to 6%"), and, within one sentence,
/// against its own pair (<see cref="PercentAgainstPair"/>). Both places are warned, each naming the other.
/// </summary>
internal sealed class FiguresDisagree : IStoryRule
{
    /// <summary>The most figures of one story that are compared.</summary>
    public const int MostFigures = 300;

    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        PercentAgainstPair.Check(story, diagnostics);

        var highlights = context
            .Highlights.Select((h, i) => (Highlight: h, Index: i))
            .Where(h => h.Highlight.Story.Id == story.Id)
            .ToList();
        var said = Fields(story)
            .Concat(highlights.Select(h => (Field: $"tmay.highlights[{h.Index}].says", Text: h.Highlight.Says)))
            .ToList();
        // A story tells a few dozen figures; a file of thousands is not a story, and comparing every pair would take
        // minutes.
        var quantities = said.SelectMany(f => Quantities.Read(f.Field, f.Text, Quantities.RoleOf(f.Field)))
            .Take(MostFigures)
            .ToList();
        var partners = Disagreements(quantities);
        if (partners.Count == 0)
            return;

        var places = new SourcePlaces();
        var text = said.ToDictionary(f => f.Field, f => f.Text);
        SourceLocation Where(Quantity q)
        {
            var skip = CountBefore(text[q.Field], q.Written, q.Offset);
            var tmay = highlights.FirstOrDefault(h => q.Field == $"tmay.highlights[{h.Index}].says");
            return tmay.Highlight is { } h
                ? places.Of(h.Story.At, q.Written, skip, linesBack: 3)
                : places.Of(story.At(q.Field), q.Written, skip);
        }

        foreach (var (q, other) in partners.OrderBy(p => quantities.IndexOf(p.Key)))
        {
            var (at, there) = (Where(q), Where(other));
            var what = Name(q, other);
            var place =
                there.File == at.File
                    ? $"'{Field(other)}' (line {there.Line})"
                    : $"'{Field(other)}' ({Path.GetFileName(there.File)}, line {there.Line})";
            // A change set against a before and after says the change they make, so the user sees which to correct.
            var message =
                PairOf(q, other, quantities) is { } p
                    ? $"'{Shown(q)}' in '{Field(q)}' does not match '{p.Before.Written} to {p.After.Written}' in "
                        + $"{place}: that is {p.Said}; the pack prints both."
                : PairOf(other, q, quantities) is { } r
                    ? $"'{r.Before.Written} to {r.After.Written}' in '{Field(q)}' is {r.Said}, but {place} says "
                        + $"'{Shown(other)}'; the pack prints both."
                : $"{What(q, what)} is '{q.Written}' in '{Field(q)}' but '{other.Written}' in {place}; the pack "
                    + "prints both.";
            diagnostics.Warning(
                at,
                DiagnosticCodes.FiguresDisagree,
                message,
                "Say the same figure in both places, or make clear they measure different things (before and after, a "
                    + "target, a part of the whole)."
            );
        }
    }

    /// <summary>The fields a story tells its figures in: the card, the STAR answer, the highlight, the key numbers and
    /// the follow-ups.</summary>
    private static IEnumerable<(string Field, string Text)> Fields(Story story) =>
        // The goal, signal, metric and target state aims, not what happened.
        StoryText.Told(story).Where(f => !f.Field.StartsWith("gsmt.", StringComparison.Ordinal));

    /// <summary>Each quantity that disagrees with another, with the first one it disagrees with.</summary>
    internal static Dictionary<Quantity, Quantity> Disagreements(IReadOnlyList<Quantity> quantities)
    {
        var partners = new Dictionary<Quantity, Quantity>();
        void Add(Quantity a, Quantity b)
        {
            partners.TryAdd(a, b);
            partners.TryAdd(b, a);
        }

        for (var i = 0; i < quantities.Count; i++)
        for (var j = i + 1; j < quantities.Count; j++)
        {
            var (a, b) = (quantities[i], quantities[j]);
            if (a.Field == b.Field)
                continue;
            if (Same(a, b) && Disagree(a, b, quantities))
                Add(a, b);
            else if (ChangeAgainstPair(a, b, quantities) is { } after)
                Add(a, after);
            else if (ChangeAgainstPair(b, a, quantities) is { } after2)
                Add(b, after2);
        }
        return partners;
    }

    /// <summary>Whether two figures state the same quantity: the same kind and unit, said about the same
    /// words.</summary>
    internal static bool Same(Quantity a, Quantity b)
    {
        if (a.Kind != b.Kind)
            return false;
        // A figure misremembered stays near the truth; twenty times apart is another quantity ("400 ms" and "24
        // hours").
        if (
            a.Kind != QuantityKind.Percent
            && a.Mid > 0
            && b.Mid > 0
            && Math.Max(a.Mid, b.Mid) / Math.Min(a.Mid, b.Mid) > 20
            && double.IsFinite(a.Mid + b.Mid)
        )
            return false;
        if (a.Kind != QuantityKind.Count)
            return a.Unit == b.Unit && a.Subject.Overlaps(b.Subject);
        // "from 300 to 900 a month" after "inbound leads": a bare number counts the noun its words name.
        if (a.Unit.Length == 0 || b.Unit.Length == 0)
            return a.Unit.Length == 0 && b.Unit.Length == 0
                ? a.Subject.Overlaps(b.Subject)
                : (a.Unit.Length == 0 ? a.Subject.Contains(b.Unit) : b.Subject.Contains(a.Unit));
        // "3 teams" moved in all and "one team a month" are different counts.
        if (a.Unit != b.Unit || a.IsRate != b.IsRate)
            return false;
        if (a.Subject.Overlaps(b.Subject))
            return true;
        // Two counts of one noun that both say where a change ended ("grew to 1,800 attendees", "tripled to 1,500
        // attendees").
        if (a.Worded && b.Worded && a.Role == QuantityRole.After && b.Role == QuantityRole.After)
            return true;
        // With no other words, "30 beds" is the ward's beds; "30 students" may be any group of them.
        return (a.Subject.Count == 0 || b.Subject.Count == 0) && !Quantities.IsPopulation(a.Unit);
    }

    private static bool Disagree(Quantity a, Quantity b, IReadOnlyList<Quantity> all)
    {
        if (Derived(a, all) || Derived(b, all))
            return false;
        // A count with no words of its own is compared by its noun only when nothing else told explains it.
        if (
            a.Kind == QuantityKind.Count
            && !a.Subject.Overlaps(b.Subject)
            && (a.Subject.Count == 0 ? a : b) is var bare
            && bare.Subject.Count == 0
            && Matched(bare, all)
        )
            return false;
        if (a.Role == b.Role && a.Role != QuantityRole.Plain)
            return !Agree(a, b);
        if (a.Role != QuantityRole.Plain && b.Role != QuantityRole.Plain)
            return false;
        if (
            a.Role is QuantityRole.Change or QuantityRole.Target
            || b.Role is QuantityRole.Change or QuantityRole.Target
        )
            return false;

        // A plain figure may be the before or the after: it disagrees only when it matches no value of
        // the quantity told elsewhere, and, against a before or an after, only when both are told.
        if (Agree(a, b))
            return false;
        if (a.Role == QuantityRole.Plain && b.Role == QuantityRole.Plain)
            return !Matched(a, all) || !Matched(b, all);
        var plain = a.Role == QuantityRole.Plain ? a : b;
        var levels = Levels(plain, all);
        return !Matched(plain, all)
            && levels.Any(q => q.Role == QuantityRole.Before)
            && levels.Any(q => q.Role == QuantityRole.After);
    }

    private static IEnumerable<Quantity> Levels(Quantity plain, IReadOnlyList<Quantity> all) =>
        all.Where(q =>
            q != plain
            && q.Field != plain.Field
            && q.Role is QuantityRole.Plain or QuantityRole.Before or QuantityRole.After
            && Same(plain, q)
        );

    // A count told with the same value and noun anywhere else is told consistently, whatever words surround it.
    private static bool Matched(Quantity plain, IReadOnlyList<Quantity> all) =>
        Levels(plain, all).Any(q => Agree(plain, q))
        || plain.Kind == QuantityKind.Count
            && plain.Unit.Length > 0
            && all.Any(q =>
                q != plain && q.Field != plain.Field && q.Kind == plain.Kind && q.Unit == plain.Unit && Agree(plain, q)
            );

    /// <summary>
    /// Whether the figure is the difference of a before and after of the same quantity told
    /// anywhere ("from $4.5M to $2.7M, a $1.8M saving"): derived, so not a rival value.
    /// </summary>
    private static bool Derived(Quantity q, IReadOnlyList<Quantity> all) =>
        // "down to 18 minutes" says where a change ended, never by how much, even when 40 - 22 is 18.
        q.PairId
            is null
        && !(q.Worded && q.Role is QuantityRole.After or QuantityRole.Before)
        && all.Where(p =>
                p.PairId is not null
                && p.Role == QuantityRole.Before
                && p.Kind == q.Kind
                && p.Unit == q.Unit
                && p.Subject.Overlaps(q.Subject)
            )
            .Any(before =>
                all.FirstOrDefault(p => p.PairId == before.PairId && p.Role == QuantityRole.After) is { } after
                && Math.Abs(Math.Abs(before.Mid - after.Mid) - q.Mid)
                    <= Math.Max(q.High - q.Low, Math.Abs(q.Mid) * 0.02)
            );

    /// <summary>Whether two values of one quantity can both be true: they overlap once rounding, "about" and periods
    /// are allowed for.</summary>
    internal static bool Agree(Quantity a, Quantity b)
    {
        if (a.Overlaps(b))
            return true;
        // "$100k a month" and "$1.2M a year"; "$1.2M a year" and "$1.2M".
        if (a.PerYear is { } pa && b.PerYear is { } pb)
            return Scaled(a, pa).Overlaps(Scaled(b, pb));
        if (a.PerYear is { } only)
            return Scaled(a, only).Overlaps(b);
        if (b.PerYear is { } only2)
            return Scaled(b, only2).Overlaps(a);
        return false;
    }

    private static Quantity Scaled(Quantity q, double perYear) =>
        q with
        {
            Low = q.Low * perYear,
            High = q.High * perYear,
        };

    /// <summary>
    /// A percentage change ("churn down 30%") against a before and after of the same thing told in
    /// another field ("from 14% to 6%"): the after it disagrees with, or null when it matches or does not apply.
    /// </summary>
    private static Quantity? ChangeAgainstPair(Quantity change, Quantity end, IReadOnlyList<Quantity> all)
    {
        var points = Quantities.IsPoints(change.Kind, change.Unit) && end.Kind == QuantityKind.Percent;
        if (
            change.Kind != QuantityKind.Percent && !points
            || change.Role != QuantityRole.Change
            || end.PairId is not { } id
            || end.Role != QuantityRole.After
        )
            return null;
        if (
            !change.Subject.Overlaps(end.Subject)
            || all.FirstOrDefault(q => q.PairId == id && q.Role == QuantityRole.Before && q.Field == end.Field)
                is not { } before
        )
            return null;
        if (!double.IsFinite(before.Low + before.High + end.Low + end.High))
            return null;
        var stated = (change.Low + change.High) / 2;
        // "rose 7 points" against "from 61% to 68%": the points are the difference of the two shares.
        if (points)
            return Math.Abs(Math.Abs(end.Mid - before.Mid) - stated) <= 0.6 ? null : end;
        return PercentAgainstPair.Matches(
            stated,
            (before.Low + before.High) / 2,
            (end.Low + end.High) / 2,
            end.Kind == QuantityKind.Percent
        )
            ? null
            : end;
    }

    /// <summary>When <paramref name="change"/> is a stated percentage change and <paramref name="end"/> the after of a
    /// before-and-after pair, the pair and the change it makes; else null.</summary>
    private static (Quantity Before, Quantity After, string Said)? PairOf(
        Quantity change,
        Quantity end,
        IReadOnlyList<Quantity> all
    )
    {
        var points = Quantities.IsPoints(change.Kind, change.Unit) && end.Kind == QuantityKind.Percent;
        if (
            change.Kind != QuantityKind.Percent && !points
            || change.Role != QuantityRole.Change
            || end.PairId is not { } id
            || end.Role != QuantityRole.After
        )
            return null;
        if (
            all.FirstOrDefault(q => q.PairId == id && q.Role == QuantityRole.Before && q.Field == end.Field)
            is not { } before
        )
            return null;
        var (from, to) = (before.Mid, end.Mid);
        if (from <= 0 || !double.IsFinite(from + to))
            return null;
        var direction = to < from ? "fall" : "rise";
        if (!points)
            return (before, end, $"{PercentAgainstPair.AChange(Math.Abs(to - from) / from * 100)} {direction}");
        var said = PercentAgainstPair.AChange(Math.Abs(to - from)).TrimEnd('%');
        return (before, end, $"{said}-point {direction}");
    }

    // "9 points": the noun is part of what was said, since a bare '9' names nothing.
    private static string Shown(Quantity q) => Quantities.IsPoints(q.Kind, q.Unit) ? $"{q.Written} points" : q.Written;

    private static int CountBefore(string text, string written, int offset)
    {
        var count = 0;
        for (
            var at = text.IndexOf(written, StringComparison.Ordinal);
            at >= 0 && at < offset;
            at = text.IndexOf(written, at + 1, StringComparison.Ordinal)
        )
            count++;
        return count;
    }

    /// <summary>What the two figures are about, in the words of the first that the second shares ("churn",
    /// "engineers").</summary>
    private static string Name(Quantity q, Quantity other)
    {
        // A count is of the thing it counts ("40 orders a night" is a number of orders): the words around it are
        // context, and strung together they read as nonsense ("let orders night").
        if (q.Kind == QuantityKind.Count && q.About.FirstOrDefault(w => Quantities.Stem(w) == q.Unit) is { } counted)
            return counted;
        var shared = q
            .About.Where(w =>
                other.Subject.Contains(Quantities.Stem(w))
                || (q.Kind == QuantityKind.Count && Quantities.Stem(w) == q.Unit)
            )
            .Distinct()
            .ToList();
        if (q.Kind == QuantityKind.Count && q.About.Count > 0 && !shared.Contains(q.About[0]))
            shared.Insert(0, q.About[0]);
        return string.Join(' ', shared.Take(3));
    }

    private static string What(Quantity q, string name)
    {
        var kind = q.Kind switch
        {
            QuantityKind.Count => name.Length > 0 ? $"The number of {name}" : "The count",
            QuantityKind.Percent when q.Role == QuantityRole.Change => name.Length > 0
                ? $"The change in {name}"
                : "The change",
            _ => name.Length > 0 ? $"The {name} figure" : "The figure",
        };
        return kind;
    }

    private static string Field(Quantity q) =>
        q.Field.StartsWith("tmay.", StringComparison.Ordinal) ? $"profile: {q.Field}" : q.Field;
}
