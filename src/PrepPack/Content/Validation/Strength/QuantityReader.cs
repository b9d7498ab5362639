using System.Globalization;
using static PrepPack.Content.Validation.Strength.Quantities;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// Reads the figures of one sentence for <see cref="Quantities"/>: finds each number and what it
/// counts, joins pairs and ranges, and settles each figure's subject and role from the words of
/// its own clause.
/// </summary>
internal sealed class QuantityReader(
    string field,
    string sentence,
    int offset,
    QuantityRole byField,
    List<Quantity> found,
    Func<int> newPair
)
{
    private sealed record Token(string Text, int Start, int End)
    {
        public string Lower { get; } = Text.ToLowerInvariant();
        public bool IsDigits => char.IsDigit(Text[0]);
        public bool IsWord => char.IsLetter(Text[0]);
    }

    /// <summary>A number found in the tokens: its value, its precision, and the tokens it spans.</summary>
    private sealed record Number(double Value, double HalfStep, int First, int Last);

    /// <summary>A figure read so far, before its subject and role are settled.</summary>
    private sealed class Figure
    {
        public QuantityKind Kind;
        public double Low,
            High;
        public int First,
            Last;
        public string Unit = "";
        public double? PerYear;
        public QuantityRole? Role;
        public int? PairId;
        public HashSet<string> Subject = [];
        public List<string> About = [];
        public string Noun = "";
        public bool HasUnit;
        public double UnitSeconds = 1;
        public bool IsRate;
    }

    private readonly List<Token> _t = TokenPattern()
        .Matches(sentence)
        .Select(m => new Token(m.Value, m.Index, m.Index + m.Length))
        .ToList();
    private readonly List<Figure> _figures = [];
    private HashSet<int>? _nouns;

    /// <summary>Tokens that are a verb of change in its noun form naming what is measured ("Falls fell 40%", "call
    /// drops"), so they say what a figure is about rather than that it is a change.</summary>
    private HashSet<int> Nouns =>
        _nouns ??= Enumerable
            .Range(0, _t.Count)
            .Where(k => MeasureNoun.Is(_t.Select(t => t.Lower).ToList(), k))
            .ToHashSet();

    /// <summary>Whether token k is a verb of change as used here, not a noun that shares its spelling.</summary>
    private bool ChangeVerb(int k) => Change.Contains(_t[k].Lower) && !Nouns.Contains(k);

    public void Run()
    {
        for (var i = 0; i < _t.Count; i++)
        {
            if (ReadFigure(i) is not { } figure)
                continue;
            _figures.Add(figure);
            i = figure.Last;
        }
        LinkPairs();
        foreach (var f in _figures)
            f.Subject = SubjectOf(f);
        for (var k = 1; k < _figures.Count; k++)
            if (_figures[k].Subject.Count == 0 && _figures[k - 1].Kind == _figures[k].Kind)
                (_figures[k].Subject, _figures[k].About) = (_figures[k - 1].Subject, _figures[k - 1].About);
        foreach (var f in _figures)
        {
            var worded = f.Role ?? RoleFromWords(f);
            // A bare number ("from 21 to 38") is kept only when a pair or its words say what it is.
            if (f.Kind == QuantityKind.Count && f.Unit.Length == 0 && (worded is null || f.Subject.Count == 0))
                continue;
            // Counts of things rarely change between the situation and the result, so only words give them a role;
            // a count per period ("90 lines an hour") is a measure, and changes like one.
            var role = worded
                ?? (
                    f.Kind == QuantityKind.Count && !f.IsRate && byField is QuantityRole.Before or QuantityRole.After
                        ? QuantityRole.Plain
                        : byField
                );
            // In a task every figure but the starting point is the goal: "bring handover from 45 to 20 minutes".
            if (byField == QuantityRole.Target && role != QuantityRole.Before)
                role = QuantityRole.Target;
            found.Add(
                new Quantity
                {
                    Field = field,
                    Kind = f.Kind,
                    Role = role,
                    Low = f.Low,
                    High = f.High,
                    Written = sentence[_t[f.First].Start.._t[f.Last].End],
                    Offset = offset + _t[f.First].Start,
                    Subject = f.Subject,
                    Unit = f.Unit,
                    PerYear = f.PerYear,
                    PairId = f.PairId,
                    About = f.Noun.Length > 0 ? [f.Noun, .. f.About] : f.About,
                    Worded = worded is not null,
                    IsRate = f.IsRate,
                }
            );
        }
    }

    private Figure? ReadFigure(int i)
    {
        var currency = "";
        var start = i;
        if (_t[i].Text is "$" or "£" or "€")
        {
            if (i + 1 >= _t.Count || !_t[i + 1].IsDigits || !Adjacent(i, i + 1))
                return null;
            currency = _t[i].Text;
            i++;
        }
        if (NumberAt(i) is not { } number)
            return null;
        if (Names(start, number))
            return null;
        var j = number.Last + 1;

        // A scale after the number: "1.2M", "54k", "1.5 million".
        var value = number.Value;
        var half = number.HalfStep;
        if (
            j < _t.Count
            && Scale(_t[j].Text, currency.Length > 0 || (j + 1 < _t.Count && Money(_t[j + 1].Lower))) is { } scale
            && (Adjacent(j - 1, j) || _t[j].Lower is "thousand" or "million" or "billion")
        )
        {
            value *= scale;
            half *= scale;
            j++;
        }

        var figure = new Figure
        {
            First = start,
            Low = value - half,
            High = value + half,
        };
        if (
            j < _t.Count
            && (
                _t[j].Text == "%"
                || _t[j].Lower is "percent"
                || (_t[j].Lower == "per" && j + 1 < _t.Count && _t[j + 1].Lower == "cent")
            )
        )
        {
            figure.Kind = QuantityKind.Percent;
            figure.HasUnit = true;
            figure.Last = _t[j].Lower == "per" ? j + 1 : j;
        }
        else if (currency.Length > 0 || (j < _t.Count && Money(_t[j].Lower)))
        {
            figure.Kind = QuantityKind.Money;
            figure.HasUnit = true;
            figure.Unit = currency.Length > 0 ? currency : CurrencyOf(_t[j].Lower);
            figure.Last = currency.Length > 0 ? j - 1 : j;
        }
        else if (UnitAt(j) is { } unit)
        {
            figure.Kind = QuantityKind.Duration;
            figure.HasUnit = true;
            figure.Low *= unit.Seconds;
            figure.High *= unit.Seconds;
            figure.UnitSeconds = unit.Seconds;
            figure.Last = unit.Last;
        }
        else
        {
            figure.Kind = QuantityKind.Count;
            figure.Last = j - 1;
            // "one" before a noun is as often a word as a count ("move one team first"), so it counts nothing.
            if (!_t[number.First].IsDigits && number.Value == 1)
                return null;
            (figure.Noun, figure.Unit) = NounAfter(j, value) ?? TeamBefore(start) ?? ("", "");
            figure.HasUnit = figure.Unit.Length > 0;
        }
        if (figure.Kind is QuantityKind.Money or QuantityKind.Count)
            (figure.PerYear, figure.IsRate) = PeriodAfter(figure.Last + 1);
        Bound(figure, start);
        return figure;
    }

    /// <summary>The number starting at token i, in digits or words ("twenty-five", "a dozen", "two hundred").</summary>
    private Number? NumberAt(int i)
    {
        var t = _t[i];
        if (t.IsDigits)
        {
            // "p95", "Q3", "v2", "50/50", "#12", "ICD-10": part of a name, not a measure.
            if (i > 0 && Adjacent(i - 1, i) && (_t[i - 1].IsWord || _t[i - 1].Text is "." or "/" or "#" or ":"))
                return null;
            if (i > 1 && _t[i - 1].Text == "-" && Adjacent(i - 1, i) && Adjacent(i - 2, i - 1) && _t[i - 2].IsWord)
                return null;
            var digits = t.Text.Replace(",", "");
            if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v))
                return null;
            var dot = digits.IndexOf('.');
            var step = dot < 0 ? 1 : Math.Pow(10, -(digits.Length - dot - 1));
            // A trailing zero in a whole number is often rounding ("about 1,400"), never finer than its last digit.
            return new Number(v, step * 0.49, i, i);
        }
        if (!t.IsWord || !Words.TryGetValue(t.Lower, out var word))
            return null;
        var last = i;
        if (t.Lower is "a" or "an")
        {
            // "a week old", "in a month": one of a unit only after words that measure time.
            if (
                i + 1 >= _t.Count
                || (
                    _t[i + 1].Lower != "dozen"
                    && (UnitAt(i + 1) is null || i == 0 || !OneUnitAfter.Contains(_t[i - 1].Lower))
                )
            )
                return null;
            if (_t[i + 1].Lower == "dozen")
            {
                word = 12;
                last = i + 1;
            }
        }
        else if (
            i + 2 < _t.Count
            && _t[i + 1].Text == "-"
            && Words.TryGetValue(_t[i + 2].Lower, out var ones)
            && word >= 20
            && ones < 10
        )
        {
            word += ones;
            last = i + 2;
        }
        if (last + 1 < _t.Count && _t[last + 1].Lower is "hundred" or "thousand")
        {
            word *= _t[last + 1].Lower == "hundred" ? 100 : 1000;
            last++;
        }
        return new Number(word, 0.49, i, last);
    }

    /// <summary>Whether the number names something rather than measuring it: a year, date, time, ordinal, version, id,
    /// fraction, multiplier or part.</summary>
    private bool Names(int start, Number n)
    {
        var before = start > 0 ? _t[start - 1].Lower : "";
        var after = n.Last + 1 < _t.Count ? _t[n.Last + 1] : null;
        var afterText = after?.Lower ?? "";
        var adjacentAfter = after is not null && Adjacent(n.Last, n.Last + 1);
        if (Identifiers.Contains(before) || Months.Contains(before) || Months.Contains(afterText))
            return true;
        if (adjacentAfter && afterText is "st" or "nd" or "rd" or "th" or "x" or ":" or "/")
            return true;
        if (
            afterText is "am" or "pm" or "x" or "times" or "fold" or "/"
            || (afterText == "." && n.Last + 2 < _t.Count && _t[n.Last + 2].IsDigits)
        )
            return true;
        if (
            afterText is "of" or "out"
            && n.Last + 2 < _t.Count
            && (
                _t[n.Last + 2].IsDigits
                || _t[n.Last + 2].Lower
                    is "the"
                        or "our"
                        or "my"
                        or "its"
                        or "their"
                        or "them"
                        or "these"
                        or "those"
                        or "all"
                        or "of"
                        or "us"
            )
        )
            return true;
        if (before is "of" && start > 1 && _t[start - 2].Lower is "the" or "our" or "my" or "its" && _figures.Count > 0)
            return true;
        if (before is "the" && start > 1 && _t[start - 2].Lower is "of" && _figures.Count > 0)
            return true;
        if (before is "top" or "bottom" or "no" or "number" or "one" or "level")
            return true;
        // "the last three months", "the next 2 weeks": a window of time to look at, not a measure.
        if (before is "last" or "past" or "next" or "first" && start > 1 && _t[start - 2].Lower == "the")
            return true;
        // A four-digit year: 2023, FY2024, "in 2022", unless it counts a plural noun ("2000 users").
        var t = _t[n.First];
        if (
            t.IsDigits
            && t.Text.Length == 4
            && n.Value is >= 1900 and <= 2099
            && !(start > 0 && _t[start - 1].Text is "$" or "£" or "€")
        )
            return !(
                after is { IsWord: true }
                && after.Lower.EndsWith('s')
                && !Months.Contains(after.Lower)
                && after.Lower != "was"
            );
        return false;
    }

    private (double Seconds, int Last)? UnitAt(int j)
    {
        if (j < _t.Count && _t[j].Text == "-" && j + 1 < _t.Count && Adjacent(j - 1, j))
            j++;
        if (j >= _t.Count || !_t[j].IsWord)
            return null;
        var word = _t[j].Lower;
        if (word is "working" or "business" or "calendar" && j + 1 < _t.Count && _t[j + 1].Lower is "days" or "day")
            return (86_400, j + 1);
        if (!Units.TryGetValue(word, out var seconds))
            return null;
        // "Year 4", "Week 3" name a year or week of something; "5 s" needs the unit straight after the number.
        if (j + 1 < _t.Count && _t[j + 1].IsDigits)
            return null;
        if (word.Length == 1 && !Adjacent(j - 1, j) && _t[j - 1].IsWord)
            return null;
        return (seconds, j);
    }

    /// <summary>The noun a count counts: the first plural among the next three words ("12 senior engineers"), else the
    /// first word.</summary>
    private (string Noun, string Stem)? NounAfter(int j, double value)
    {
        var hyphen = j < _t.Count && _t[j].Text == "-" && Adjacent(j - 1, j);
        if (hyphen)
            j++;
        var words = new List<string>();
        for (var k = j; k < _t.Count && words.Count < 3; k++)
        {
            var w = _t[k];
            if (!w.IsWord || Stop.Contains(w.Lower) || ChangeVerb(k))
                break;
            words.Add(w.Lower);
        }
        if (words.Count == 0)
            return null;
        var plural = words.FirstOrDefault(w =>
            Plurals.Contains(w) || (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 3)
        );
        // "a 28-bed ward" counts beds; "34 app NPS" counts no apps: more than one of a thing is plural.
        if (plural is null && !hyphen && Math.Abs(value - 1) > 1e-9)
            return null;
        var noun = plural ?? words[0];
        if (
            noun.Length > 4
            && (noun.EndsWith("ed", StringComparison.Ordinal) || noun.EndsWith("ly", StringComparison.Ordinal))
        )
            return null;
        return noun is "person" or "people" or "strong" ? ("people", "people") : (noun, Stem(noun));
    }

    /// <summary>"a team of 12", "groups of four": the size of the team or the groups, named by that word.</summary>
    private (string, string)? TeamBefore(int start) =>
        start > 1 && _t[start - 1].Lower == "of" && Groups.Contains(_t[start - 2].Lower)
            ? (_t[start - 2].Lower, Stem(_t[start - 2].Lower))
            : null;

    /// <summary>The period a money figure or count is per ("a month", "weekly"): how many make a year, and whether
    /// there is one at all.</summary>
    private (double? PerYear, bool IsRate) PeriodAfter(int j)
    {
        for (var k = j; k < Math.Min(_t.Count, j + 5); k++)
        {
            var w = _t[k].Lower;
            if (Period.TryGetValue(w, out var perYear))
                return (perYear, true);
            // "for a week" is how long, not how often.
            if (w is "a" or "an" && k > 0 && OneUnitAfter.Contains(_t[k - 1].Lower))
                break;
            if (
                w is "a" or "an" or "per" or "each" or "every" or "/"
                && k + 1 < _t.Count
                && (
                    Units.TryGetValue(_t[k + 1].Lower, out var s)
                    || _t[k + 1].Lower is "shift" or "head" or "call" or "visit"
                )
            )
                return (s >= 86_400 ? 31_557_600 / s : null, true);
            if (_t[k].Text is "," or ";" or "(" || _t[k].IsDigits || Conjunctions.Contains(w))
                break;
        }
        return (null, false);
    }

    /// <summary>Widens the figure for the words before it: "about", "under", "over", "at least", a trailing
    /// "+".</summary>
    private void Bound(Figure f, int start)
    {
        string Before(int back) => start - back >= 0 ? _t[start - back].Lower : "";
        var one = Before(1);
        var two = Before(2) + " " + one;
        var value = (f.Low + f.High) / 2;
        if (
            one
                is "about"
                    or "around"
                    or "roughly"
                    or "approximately"
                    or "approx"
                    or "some"
                    or "nearly"
                    or "almost"
                    or "~"
                    or "circa"
            || two is "close to"
        )
        {
            f.Low = Math.Min(f.Low, value * 0.9);
            f.High = Math.Max(f.High, value * 1.1);
        }
        else if (
            one is "under" or "below" or "within" or "<" or "≤"
            || two is "less than" or "fewer than" or "at most" or "up to" or "no more than"
        )
            f.Low = double.NegativeInfinity;
        else if (one is "over" or "above" or ">" or "≥" or "beyond" || two is "more than" or "at least")
            f.High = double.PositiveInfinity;
        if (f.Last + 1 < _t.Count && _t[f.Last + 1].Text == "+" && Adjacent(f.Last, f.Last + 1))
            f.High = double.PositiveInfinity;
    }

    /// <summary>Joins "from X to Y", "X → Y", "X to Y" and "X became Y" into pairs, and "X-Y", "X to Y units", "between
    /// X and Y" into ranges.</summary>
    private void LinkPairs()
    {
        for (var k = 0; k + 1 < _figures.Count; k++)
        {
            var (a, b) = (_figures[k], _figures[k + 1]);
            var between = Between(a.Last + 1, b.First);
            var fromBefore =
                a.First > 0 && _t[a.First - 1].Lower == "from"
                || a.First > 1 && _t[a.First - 2].Lower == "from" && _t[a.First - 1].Text is "$" or "£" or "€";
            var arrow =
                between.Count == 1 && between[0] is "→" or "->"
                || between.Count == 2 && between[0] == "-" && between[1] == ">";
            var dash =
                between.Count == 1 && between[0] is "-" or "–" or "—" && Adjacent(a.Last, a.Last + 1) && !a.HasUnit;
            var to =
                between.Count is >= 1 and <= 5
                && between[^1] == "to"
                && !between.Any(w => w is "," or ";" or ":" || Conjunctions.Contains(w))
                && !Enumerable.Range(a.Last + 1, Math.Max(0, b.First - a.Last - 1)).Any(ChangeVerb);
            // "from two to three hours to 15 minutes": the first "to" makes a range, the second the pair.
            var toAgain = k + 2 < _figures.Count && Between(b.Last + 1, _figures[k + 2].First) is ["to"];
            var betweenAnd =
                between.Count == 1 && between[0] == "and" && a.First > 0 && _t[a.First - 1].Lower == "between";
            var became = between.Count == 1 && between[0] is "became" or "becoming";
            if (
                dash
                || betweenAnd
                || (to && (!fromBefore || toAgain) && !a.HasUnit && b.HasUnit && a.Low <= b.Low && !arrow)
            )
            {
                // A range: one figure from the low end of the first to the high end of the second.
                Inherit(a, b);
                b.Low = Math.Min(a.Low, b.Low);
                b.First = a.First;
                _figures.RemoveAt(k);
                k--;
                continue;
            }
            if (arrow || became || (to && (fromBefore || a.HasUnit || b.HasUnit)))
            {
                if (a.HasUnit && b.HasUnit && (a.Kind != b.Kind || a.Unit != b.Unit))
                    continue;
                Inherit(a, b);
                Inherit(b, a);
                var id = newPair();
                a.Role = QuantityRole.Before;
                a.PairId = id;
                b.Role = QuantityRole.After;
                b.PairId = id;
            }
        }
    }

    private List<string> Between(int from, int to) =>
        _t.Skip(from).Take(Math.Max(0, to - from)).Select(t => t.Lower).Where(w => w is not ("±" or "~")).ToList();

    /// <summary>Gives a bare number the unit of the other end of its pair: "from 12 fields to 5".</summary>
    private static void Inherit(Figure bare, Figure from)
    {
        if (bare.HasUnit || !from.HasUnit)
            return;
        bare.Kind = from.Kind;
        bare.Unit = from.Unit;
        bare.HasUnit = true;
        bare.PerYear ??= from.PerYear;
        if (from.Kind == QuantityKind.Duration)
        {
            bare.Low *= from.UnitSeconds;
            bare.High *= from.UnitSeconds;
            bare.UnitSeconds = from.UnitSeconds;
        }
    }

    /// <summary>The role the words right before or after the figure give it; null when they give none.</summary>
    private QuantityRole? RoleFromWords(Figure f)
    {
        // Only the words of the figure's own clause speak for it: "signed up on paper, and 20% of shifts" is no change.
        var before = new List<string>();
        // A noun spelt like a verb of change ("Falls fell 40%") is kept as a word that is no change.
        for (var k = f.First - 1; k >= 0 && before.Count < 6 && !Boundary(k) && !IsFigureToken(k); k--)
            before.Add(Nouns.Contains(k) ? "" : _t[k].Lower);
        var after = Enumerable.Range(f.Last + 1, 2).Where(i => i < _t.Count).Select(i => _t[i].Lower).ToList();
        var one = before.FirstOrDefault() ?? "";
        var raw = f.First > 1 ? _t[f.First - 2].Text : "";
        if (
            one is "from" or "not"
            || (one == "was" && raw == ",")
            || (one == "of" && before.Count > 1 && before[1] == "instead")
        )
            return QuantityRole.Before;
        if (double.IsInfinity(f.Low) || double.IsInfinity(f.High))
            return QuantityRole.Target;
        if (one == "by" && before.Any(Change.Contains))
            return QuantityRole.Change;
        if (
            after.Count > 0
            && (ChangeAfter.Contains(after[0]) || (after.Count > 1 && after[0] is "year" && after[1] == "on"))
        )
            return QuantityRole.Change;
        if (
            f.Kind is QuantityKind.Percent or QuantityKind.Money
            && before
                .Take(4)
                .TakeWhile(w => w is not ("to" or "from" or "at" or "of" or "below" or "above" or "under" or "over"))
                .Any(Change.Contains)
        )
            return QuantityRole.Change;
        // "rose 14 months", "down 3 days": a time right after a change verb is by how much, not where it ended.
        if (
            (f.Kind == QuantityKind.Duration || Quantities.IsPoints(f.Kind, f.Unit))
            && Change.Contains(one)
            && one is not ("went" or "came")
        )
            return QuantityRole.Change;
        if (
            one is "to" or "at"
            && before
                .Skip(1)
                .Any(w => Change.Contains(w) || w is "now" or "reached" or "went" or "came" or "brought" or "got")
        )
            return QuantityRole.After;
        if (one is "now" or "reached" or "hit" || after.FirstOrDefault() == "now")
            return QuantityRole.After;
        if (before.Any(TargetWords.Contains))
            return QuantityRole.Target;
        return null;
    }

    /// <summary>The stemmed words of the figure's own clause, at most six either side, that say what it
    /// measures.</summary>
    private HashSet<string> SubjectOf(Figure f)
    {
        var at = new List<int>();
        for (var (k, n) = (f.First - 1, 0); k >= 0 && n < 6 && !Boundary(k) && !IsFigureToken(k); k--, n++)
            at.Add(k);
        // In reading order, so a message names "reading ages", not "ages reading".
        at.Reverse();
        for (var (k, n) = (f.Last + 1, 0); k < _t.Count && n < 6 && !Boundary(k) && !IsFigureToken(k); k++, n++)
            at.Add(k);
        if (f.PairId is { } id && _figures.FirstOrDefault(o => o != f && o.PairId == id) is { } other)
        {
            for (var (k, n) = (Math.Min(f.First, other.First) - 1, 0); k >= 0 && n < 6 && !Boundary(k); k--, n++)
                at.Add(k);
            for (var (k, n) = (Math.Max(f.Last, other.Last) + 1, 0); k < _t.Count && n < 6 && !Boundary(k); k++, n++)
                at.Add(k);
        }
        var kept = at.Where(k => !ChangeVerb(k))
            .Select(k => _t[k].Lower)
            .Where(w =>
                w.Length > 1
                && char.IsLetter(w[0])
                && !Stop.Contains(w)
                && !ChangeAfter.Contains(w)
                && !Units.ContainsKey(w)
                && !Words.ContainsKey(w)
                && !Period.ContainsKey(w)
                && !TargetWords.Contains(w)
                && !Money(w)
            )
            .Where(w => Stem(w) != f.Unit)
            .Distinct()
            .ToList();
        f.About = kept.Where(w => !Populations.Contains(Stem(w)) || f.Kind == QuantityKind.Count).ToList();
        var content = kept.Select(Stem).ToHashSet();
        // For a share, money or time, who it is about ("customers", "patients") is less telling than what: keep the
        // what when there is one.
        if (f.Kind != QuantityKind.Count && content.Any(w => !Populations.Contains(w)))
            content.ExceptWith(Populations);
        return content;
    }

    private bool IsFigureToken(int k) => _figures.Any(o => k >= o.First && k <= o.Last);

    private bool Boundary(int k) =>
        _t[k].Text is "," or ";" or ":" or "(" or ")" or "|" or "." or "!" or "?" or "—" or "–"
            && !(k > 0 && k + 1 < _t.Count && _t[k].Text is "–" && _t[k - 1].IsDigits)
        || Conjunctions.Contains(_t[k].Lower);

    private bool Adjacent(int a, int b) => a >= 0 && b < _t.Count && _t[a].End == _t[b].Start;
}
