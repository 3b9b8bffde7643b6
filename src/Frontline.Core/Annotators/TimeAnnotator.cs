using System.Globalization;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>
/// Finds time expressions and resolves them against the publication date: weekdays ("on Sunday" in a Monday
/// report is the day before; the report's own weekday is the publication day), explicit dates with or without
/// a year ("27 April 2020", "May 3"), "between 1 and 3 May", "yesterday", "overnight", "last week",
/// "this week", "last month", "in March", "since 2011", "N days ago".
/// </summary>
public sealed class TimeAnnotator
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>Whether a word names a month ("march", "May"), in any case.</summary>
    public static bool IsMonth(string lower) => Months.ContainsKey(lower);

    /// <summary>Whether a lower-case word names a month or a day of the week: a capital that starts no name.</summary>
    public static bool IsCalendarWord(string lower) => Months.ContainsKey(lower) || Array.IndexOf(Weekdays, lower) >= 0;

    /// <summary>Whether the word is a month's name written out ("november"; not "may", a verb as often as a month).</summary>
    public static bool IsMonthName(string lower) => lower.Length > 3 && lower != "sept" && Months.ContainsKey(lower);

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    };

    public IReadOnlyList<TimeMention> Annotate(Document doc)
    {
        var published = doc.Article.Published;
        var tokens = doc.Tokens;
        var found = new List<TimeMention>();
        DateInterval? lastDay = null, leadDay = null;
        for (var i = 0; i < tokens.Count;)
        {
            var match = (lastDay is { } anchor ? FromTheDayBefore(tokens, i, anchor, leadDay ?? anchor, published) : null) ?? MatchAt(tokens, i, published);
            // ("police said on Monday ... hours after the attacks": the day of a telling anchors nothing told.)
            if (match is { Interval.Precision: DatePrecision.Day } day && !(i > 0 && SayingVerbs.Contains(tokens[i - 1])))
            {
                lastDay = day.Interval;
                if (!doc.InDateline(i)) leadDay ??= day.Interval;
            }
            if (match is { } m)
            {
                // "The government later said helicopters had bombed positions on Tuesday": a day named after "later" in
                // its sentence is the act's.
                if (found.Count > 0 && IsLoneLater(tokens, found[^1]) && !SentenceEndsBetween(tokens, found[^1].Range.End, m.Range.First))
                    found.RemoveAt(found.Count - 1);
                found.Add(m);
                i = m.Range.End;
            }
            else i++;
        }
        return found;
    }

    /// <summary>Every word that can open a time expression below, besides numbers and month names: most words open
    /// none, and are passed over with one look-up instead of a score of comparisons.</summary>
    private static readonly WordSet OpeningWords = new(
    [
        "between", "in", "early", "late", "mid", "since", "on", "last", "this", "past", "earlier", "over", "at", "during", "for", "the", "from",
        "yesterday", "today", "overnight", "tonight",
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    ]);

    /// <summary>"Two days earlier", "a day later", "the next day", "hours later", "the same day": counted from the last day
    /// the text named (later ones from its end: "hours later" after "overnight" is the morning after). "The advance came a
    /// day after ...", which points back at the report's act, counts from the first day the text named, the lead's.</summary>
    private static TimeMention? FromTheDayBefore(IReadOnlyList<Token> t, int i, DateInterval last, DateInterval lead, DateOnly published)
    {
        var anchor = last.Start;
        // Asked at every word after a day is named: most open nothing.
        if (t[i].Kind != TokenKind.Number && !DayShiftOpeners.Contains(t[i])) return null;
        string W(int k) => k < t.Count ? t[k].Lower : "";
        int? shift = null;
        var end = i;
        if (Count(t, i) is int n && n <= 31 && W(i + 1) is "day" or "days" && W(i + 2) is "earlier" or "later")
        {
            shift = W(i + 2) == "earlier" ? -n : n;
            end = i + 3;
        }
        else if (W(i) == "the" && W(i + 1) is "next" or "following" && W(i + 2) == "day")
        {
            shift = 1;
            end = i + 3;
        }
        else if (W(i) == "the" && W(i + 1) == "previous" && W(i + 2) == "day")
        {
            shift = -1;
            end = i + 3;
        }
        // "Hours later", "two hours later", "later that day": the day named last.
        else if (W(i) is "hours" or "minutes" or "moments" && W(i + 1) == "later")
        {
            shift = 0;
            end = i + 2;
        }
        else if ((Count(t, i) is not null || W(i) == "several") && W(i + 1) is "hours" or "minutes" && W(i + 2) == "later")
        {
            shift = 0;
            end = i + 3;
        }
        else if (W(i) == "a" && W(i + 1) == "few" && W(i + 2) is "hours" or "minutes" && W(i + 3) == "later")
        {
            shift = 0;
            end = i + 4;
        }
        // "Hours after the bombing, hundreds protested": the day named last.
        else if (W(i) is "hours" or "minutes" or "moments" && W(i + 1) == "after" && i > 0 && t[i - 1].Text is "." or "," or "\n")
        {
            shift = 0;
            end = i + 2;
        }
        // "On the same day, a gunman opened fire", "Around the same time, a car bomb ...": the day named last.
        else if (W(i) is "the" or "that" && W(i + 1) == "same" && W(i + 2) is "day" or "night" or "evening" or "morning" or "afternoon" or "time")
        {
            shift = 0;
            end = i + 3;
        }
        else if (W(i) == "later" && W(i + 1) == "that" && W(i + 2) is "day" or "night" or "evening" or "morning" or "afternoon")
        {
            shift = 0;
            end = i + 3;
        }
        // "Air force jets struck RSF bases in the afternoon": a part of a day with no day of its own is of the day named last.
        else if (W(i) == "in" && W(i + 1) == "the" && (W(i + 2) is "early" or "late" ? W(i + 3) : W(i + 2)) is "morning" or "afternoon" or "evening"
                 && !(W(i + 2) is "morning" or "afternoon" or "evening" && W(i + 3) == "of"))
        {
            shift = 0;
            end = W(i + 2) is "early" or "late" ? i + 4 : i + 3;
        }
        // "later in the day", "later in the evening".
        else if (W(i) == "later" && W(i + 1) == "in" && W(i + 2) == "the" && W(i + 3) is "day" or "night" or "evening" or "morning" or "afternoon")
        {
            shift = 0;
            end = i + 4;
        }
        // "on Tuesday, a day after police opened fire": what follows happened the day before the one named.
        else if (W(i) is "a" or "one" or "the" && W(i + 1) == "day" && W(i + 2) == "after")
        {
            shift = -1;
            end = i + 3;
            if (i > 0 && W(i - 1) is "came" or "comes") last = lead;
        }
        // "The attack came two days after gunmen stormed the airport": so did what follows, days before.
        else if (i > 0 && W(i - 1) is "came" or "comes" && Count(t, i) is int before && before <= 31 && W(i + 1) == "days" && W(i + 2) == "after")
        {
            shift = -before;
            end = i + 3;
            last = lead;
        }
        // "The raids came days after an Israeli air strike killed the prime minister": so did what follows, some days before.
        else if (i > 0 && W(i - 1) is "came" or "comes" && W(i) == "days" && W(i + 1) == "after")
            return Mention(i, i + 2, new DateInterval(lead.Start.AddDays(-RecentDays), lead.Start.AddDays(-1), DatePrecision.Week));
        // "Hours earlier, security forces said they had repelled an attack": the day named last or the one before it.
        else if (W(i) is "hours" or "minutes" or "moments" && W(i + 1) == "earlier")
            return Mention(i, i + 2, new DateInterval(anchor.AddDays(-1), anchor, DatePrecision.Week));
        // "Police later detained the owner": some day from the one named last to the report's.
        else if (W(i) == "later" && i > 0 && t[i - 1].Kind == TokenKind.Word && LaterActs(t, i))
            return anchor < published ? Mention(i, i + 1, new DateInterval(anchor, published, published.DayNumber - anchor.DayNumber <= 7 ? DatePrecision.Week : DatePrecision.Month))
                : anchor == published ? Mention(i, i + 1, DateInterval.Day(anchor)) : null;
        if (shift is not int days) return null;
        var date = (days >= 0 ? last.End : last.Start).AddDays(days);
        return date <= published ? Mention(i, end, DateInterval.Day(date)) : null;
    }

    /// <summary>Whether "later" at token <paramref name="i"/> is an adverb before its clause's verb ("police later detained",
    /// "he later died"), not "later this month" or "a later date".</summary>
    private static bool LaterActs(IReadOnlyList<Token> t, int i) =>
        i + 1 < t.Count && t[i + 1].Kind == TokenKind.Word && !t[i + 1].IsCapitalized && !LaterQualifiers.Contains(t[i + 1]) && !SayingVerbs.Contains(t[i + 1])
        && !WordsMakingLaterNoAdverb.Contains(t[i - 1]);

    private static bool IsLoneLater(IReadOnlyList<Token> t, TimeMention m) => m.Range.End - m.Range.First == 1 && t[m.Range.First].Lower == "later";

    private static bool SentenceEndsBetween(IReadOnlyList<Token> t, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (t[k].Text is "." or "!" or "?") return true;
        return false;
    }

    /// <summary>Words after "later" that make it no adverb before a verb: "later this month", "later than", "later stage".</summary>
    private static readonly WordSet LaterQualifiers = new(["that", "this", "in", "on", "than", "the", "date", "stage", "years", "year", "months", "weeks", "days", "hours"]);

    /// <summary>Words before "later" that make it no adverb of its own: "a later date", "much later", "years later".</summary>
    private static readonly WordSet WordsMakingLaterNoAdverb = new(["a", "an", "the", "much", "no", "even", "years", "months", "weeks", "days", "hours", "minutes"]);

    /// <summary>How many days back "days after" may reach.</summary>
    private const int RecentDays = 7;

    private static readonly WordSet DayShiftOpeners = new(["the", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "several", "hours", "minutes", "moments", "later", "that", "in", "days"]);

    /// <summary>"between 1 and 3 May", "between March 23 and 31": the days from one to the other of a month, a week's
    /// precision when they are a week or less apart.</summary>
    private static TimeMention? DaysOfAMonth(int first, int end, int year, int month, int from, int to) =>
        SafeDate(year, month, from) is { } a && SafeDate(year, month, to) is { } b && a <= b
            ? new TimeMention(new TokenRange(first, end), new DateInterval(a, b, b.DayNumber - a.DayNumber <= 7 ? DatePrecision.Week : DatePrecision.Month))
            : null;

    private static TimeMention? MatchAt(IReadOnlyList<Token> t, int i, DateOnly published)
    {
        if (t[i].Kind != TokenKind.Number && !OpeningWords.Contains(t[i]) && Month(t[i].Lower) is null) return null;
        string W(int k) => k < t.Count ? t[k].Lower : "";

        // "between 1 and 3 May (2020)"
        if (W(i) == "between" && Day(t, i + 1) is int d1 && W(i + 2) == "and" && Day(t, i + 3) is int d2 && Month(W(i + 4)) is int bm)
        {
            var (year, end) = Year(t, i + 5, published, bm, d2);
            if (DaysOfAMonth(i, end, year, bm, d1, d2) is { } span) return span;
        }
        // "between March 23 and 31": the days of the month between the two.
        if (W(i) == "between" && i + 1 < t.Count && t[i + 1].IsCapitalized && Month(W(i + 1)) is int fm && Day(t, i + 2) is int f1 && W(i + 3) == "and"
            && Day(t, i + 4) is int f2 && Month(W(i + 5)) is null)
        {
            var (year, end) = Year(t, i + 5, published, fm, f2);
            if (DaysOfAMonth(i, end, year, fm, f1, f2) is { } span) return span;
        }
        // "27 April 2020", "27th April"
        if (Day(t, i) is int day && Month(W(i + 1)) is int month)
        {
            var (year, end) = Year(t, i + 2, published, month, day);
            if (SafeDate(year, month, day) is { } date) return Mention(i, end, DateInterval.Day(date));
        }
        // "April 27, 2020", "May 3", "Dec. 1"
        var dayAt = W(i + 1) == "." ? i + 2 : i + 1;
        if (t[i].IsCapitalized && Month(W(i)) is int m2 && Day(t, dayAt) is int day2)
        {
            var next = W(dayAt + 1) == "," ? dayAt + 2 : dayAt + 1;
            var (year, end) = Year(t, next, published, m2, day2);
            if (end == next && next == dayAt + 2) end = dayAt + 1;
            if (SafeDate(year, m2, day2) is { } date) return Mention(i, end, DateInterval.Day(date));
        }
        // "in April (2020)", "early May", "late March": month precision
        if ((W(i) is "in" or "early" or "late" or "mid" or "since") && Month(W(i + 1)) is int m3 && i + 1 < t.Count && t[i + 1].IsCapitalized)
        {
            // "since Feb. 13": from that day on.
            if (W(i) == "since" && MatchAt(t, i + 1, published) is { Interval.Precision: DatePrecision.Day } from && from.Interval.Start <= published)
                return Mention(i, from.Range.End, new DateInterval(from.Interval.Start, published, DatePrecision.Month));
            var (year, end) = Year(t, i + 2, published, m3, 1);
            var first = new DateOnly(year, m3, 1);
            var last = first.AddMonths(1).AddDays(-1);
            if (W(i) == "since") return Mention(i, end, new DateInterval(first, published, DatePrecision.Month));
            return Mention(i, end, new DateInterval(first, last < published ? last : published, DatePrecision.Month));
        }
        // "a February 2021 coup", "the uprising of March 2011": a month named with its year, whatever opens it.
        if (t[i].IsCapitalized && Month(W(i)) is int m4 && YearNumber(t, i + 1) is int ofYear && ofYear <= published.Year)
        {
            var first = new DateOnly(ofYear, m4, 1);
            var last = first.AddMonths(1).AddDays(-1);
            if (first <= published) return Mention(i, i + 2, new DateInterval(first, last < published ? last : published, DatePrecision.Month));
        }
        // "from Thursday to Saturday", "from 3 to 5 May": the days between the two, both ends told.
        if (W(i) == "from" && i + 1 < t.Count && W(i + 1) != "from" && MatchAt(t, i + 1, published) is { Interval.Precision: DatePrecision.Day } opening
            && W(opening.Range.End) is "to" or "until" or "through" && opening.Range.End + 1 < t.Count
            && MatchAt(t, opening.Range.End + 1, published) is { Interval.Precision: DatePrecision.Day } closing && opening.Interval.Start <= closing.Interval.Start)
            return Mention(i, closing.Range.End, new DateInterval(opening.Interval.Start, closing.Interval.End, DatePrecision.Day));
        // "from 2016 to 2022", "between 2016 and 2022": the years between the two.
        if (W(i) is "from" or "between" && YearNumber(t, i + 1) is int fromYear && W(i + 2) is "to" or "until" or "and" && YearNumber(t, i + 3) is int toYear
            && fromYear <= toYear && toYear <= published.Year)
        {
            var last = new DateOnly(toYear, 12, 31);
            return Mention(i, i + 4, new DateInterval(new DateOnly(fromYear, 1, 1), last < published ? last : published, DatePrecision.Year));
        }
        // "on Thursday and Friday": both days, a span of them (two weekdays within a week of each other).
        if (W(i) == "on" && i + 1 < t.Count && Array.IndexOf(Weekdays, W(i + 1)) >= 0 && W(i + 2) == "and"
            && MatchAt(t, i + 1, published) is { Interval.Precision: DatePrecision.Day } oneDay
            && MatchAt(t, i + 3, published) is { Interval.Precision: DatePrecision.Day } second && oneDay.Range.End == i + 2)
        {
            var (from, to) = oneDay.Interval.Start <= second.Interval.Start ? (oneDay.Interval.Start, second.Interval.End) : (second.Interval.Start, oneDay.Interval.End);
            return Mention(i, second.Range.End, new DateInterval(from, to, DatePrecision.Day));
        }
        // "the late 1990s", "the 1980s": a decade, or the part of it told.
        var decadeAt = W(i) == "the" ? i + 1 : i;
        var part = W(decadeAt) is "early" or "mid" or "late" ? W(decadeAt) : null;
        if (part is not null) decadeAt++;
        if (DecadeNumber(t, decadeAt) is int decade && decade <= published.Year)
        {
            var (from, to) = part switch { "early" => (decade, decade + 3), "mid" => (decade + 3, decade + 6), "late" => (decade + 6, decade + 9), _ => (decade, decade + 9) };
            var last = new DateOnly(to, 12, 31);
            return Mention(i, decadeAt + 1, new DateInterval(new DateOnly(from, 1, 1), last < published ? last : published, DatePrecision.Year));
        }
        // "the 2020 port explosion", "the 2016 peace deal": a past year naming which one.
        if (W(i) == "the" && YearNumber(t, i + 1) is int named && named < published.Year && i + 2 < t.Count && t[i + 2].Kind == TokenKind.Word
            && !t[i + 2].IsCapitalized)
            return Mention(i, i + 2, new DateInterval(new DateOnly(named, 1, 1), new DateOnly(named, 12, 31), DatePrecision.Year));
        // "since 2011", "in 2011", "in late 2021" (early, mid or late in the year: the year, as precise as it is told)
        var yearAt = (W(i) is "since" or "in") && W(i + 1) is "early" or "late" or "mid" ? i + 2 : i + 1;
        if ((W(i) is "since" or "in") && YearNumber(t, yearAt) is int y && y <= published.Year)
        {
            var start = new DateOnly(y, 1, 1);
            var end = W(i) == "since" ? published : new DateOnly(y, 12, 31) < published ? new DateOnly(y, 12, 31) : published;
            return Mention(i, yearAt + 1, new DateInterval(start, end, DatePrecision.Year));
        }
        // "on the night of Saturday to Sunday", "the night from Friday to Saturday": the night between two days.
        var nightAt = W(i) is "on" or "during" ? i + 1 : i;
        if (W(nightAt) == "the" && W(nightAt + 1) == "night" && W(nightAt + 2) is "of" or "from" && NightInto(t, nightAt + 3, published) is { } nightOf)
            return Mention(i, nightOf.End, nightOf.Interval);
        // ("overnight from Saturday to Sunday": so does "overnight from".)
        if (W(i) == "overnight" && W(i + 1) == "from" && NightInto(t, i + 2, published) is { } overnight)
            return Mention(i, overnight.End, overnight.Interval);
        // weekdays: "on Sunday", "Sunday", "last Sunday", "on Sunday night", "overnight Saturday"
        var wdIndex = (W(i) is "on" or "last" or "this" or "early" or "late" or "overnight") ? i + 1 : i;
        // "the crowded Saturday market", "Friday prayers": a weekday naming a kind of thing dates nothing; but "after
        // Friday prayers" names the last such day.
        if (wdIndex < t.Count && Array.IndexOf(Weekdays, W(wdIndex)) is var wd and >= 0 && t[wdIndex].IsCapitalized
            && !(wdIndex == i && wdIndex + 1 < t.Count && W(wdIndex + 1) is "market" or "markets" or "prayers" or "prayer" or "sermon" or "service" or "services"
                 && !(i > 0 && W(i - 1) is "after" or "following" or "during")))
        {
            var back = ((int)published.DayOfWeek - wd + 7) % 7;
            if (W(i) == "last" && back == 0) back = 7;
            var end = wdIndex + 1;
            if (W(end) is "night" or "morning" or "evening" or "afternoon") end++;
            // "overnight Saturday to Sunday", "Saturday night into Sunday".
            if (NightInto(t, wdIndex, published) is { } night) return Mention(i, night.End, night.Interval);
            return Mention(i, end, DateInterval.Day(published.AddDays(-back)));
        }
        switch (W(i))
        {
            case "yesterday":
                return Mention(i, i + 1, DateInterval.Day(published.AddDays(-1)));
            case "today":
                return Mention(i, i + 1, DateInterval.Day(published));
            case "overnight" when Array.IndexOf(Weekdays, W(i + 1)) < 0:
                return Mention(i, i + 1, new DateInterval(published.AddDays(-1), published, DatePrecision.Day));
            case "tonight":
                return Mention(i, i + 1, DateInterval.Day(published));
            // "Earlier this morning", "this afternoon": a part of the day of the report.
            case "this" when W(i + 1) is "morning" or "afternoon" or "evening":
                return Mention(i, i + 2, DateInterval.Day(published));
        }
        // "over the weekend", "at the weekend": the latest Saturday and Sunday up to publication.
        if (W(i) is "over" or "at" or "during" && W(i + 1) == "the" && W(i + 2) == "weekend")
        {
            var sunday = published.AddDays(-(int)published.DayOfWeek);
            var saturday = published.DayOfWeek == DayOfWeek.Saturday ? published : sunday.AddDays(-1);
            var end = published.DayOfWeek == DayOfWeek.Saturday ? published : sunday;
            return Mention(i, i + 3, new DateInterval(saturday, end, DatePrecision.Week));
        }
        if (W(i) is "last" or "past" or "this" or "earlier" && W(i + 1) is "week" or "weekend" or "month" or "year")
            return Relative(i, W(i), W(i + 1), published);
        // "since the beginning of the year", "since the start of the month": from the first day of this year or month.
        if (W(i) == "the" && W(i + 1) is "beginning" or "start" && W(i + 2) == "of" && W(i + 3) == "the" && W(i + 4) is "year" or "month")
            return ThisUnitFrom(i, i + 4, W(i + 4), published);
        if (W(i) == "earlier" && W(i + 1) == "this" && W(i + 2) is "week" or "month" or "year")
            return ThisUnitFrom(i, i + 2, W(i + 2), published);
        // "for more than 15 years", "for nearly two months": a span running up to publication.
        if (W(i) == "for")
        {
            var k = i + 1;
            if (W(k) is "more" or "over" or "nearly" or "almost" or "about" or "around") k += W(k) == "more" && W(k + 1) == "than" ? 2 : 1;
            if (Count(t, k) is int span && W(k + 1) is "years" or "months" or "decades" or "weeks")
            {
                var days = W(k + 1) switch { "years" => 365 * span, "decades" => 3650 * span, "months" => 30 * span, _ => 7 * span };
                var start = published.AddDays(-Math.Min(days, 36500));
                var precision = W(k + 1) is "weeks" ? DatePrecision.Week : W(k + 1) is "months" ? DatePrecision.Month : DatePrecision.Year;
                return Mention(i, k + 2, new DateInterval(start, published, precision));
            }
        }
        // "two days ago", "3 weeks ago"
        if (Count(t, i) is int n && W(i + 1) is "day" or "days" or "week" or "weeks" && W(i + 2) == "ago")
        {
            var date = W(i + 1).StartsWith("day", StringComparison.Ordinal) ? published.AddDays(-n) : published.AddDays(-7 * n);
            return Mention(i, i + 3, new DateInterval(date, date, W(i + 1).StartsWith("day", StringComparison.Ordinal) ? DatePrecision.Day : DatePrecision.Week));
        }
        return null;
    }

    /// <summary>This week, month or year up to publication, told by words from token <paramref name="start"/> up to the unit's
    /// word at <paramref name="unitAt"/> ("earlier this month", "the beginning of the year").</summary>
    private static TimeMention ThisUnitFrom(int start, int unitAt, string unit, DateOnly published)
    {
        var r = Relative(unitAt - 1, "this", unit, published)!;
        return r with { Range = new TokenRange(start, r.Range.End) };
    }

    private static TimeMention? Relative(int i, string which, string unit, DateOnly published)
    {
        var mondayThisWeek = published.AddDays(-(((int)published.DayOfWeek + 6) % 7));
        DateInterval interval = (which, unit) switch
        {
            ("last" or "past", "week") => new(mondayThisWeek.AddDays(-7), mondayThisWeek.AddDays(-1), DatePrecision.Week),
            ("this" or "earlier", "week") => new(mondayThisWeek, published, DatePrecision.Week),
            ("last" or "past", "weekend") => new(mondayThisWeek.AddDays(-2), mondayThisWeek.AddDays(-1), DatePrecision.Week),
            ("this", "weekend") => new(mondayThisWeek.AddDays(5) <= published ? mondayThisWeek.AddDays(5) : mondayThisWeek.AddDays(-2),
                                       mondayThisWeek.AddDays(6) <= published ? mondayThisWeek.AddDays(6) : mondayThisWeek.AddDays(-1), DatePrecision.Week),
            ("last" or "past", "month") => new(new DateOnly(published.Year, published.Month, 1).AddMonths(-1),
                                               new DateOnly(published.Year, published.Month, 1).AddDays(-1), DatePrecision.Month),
            ("this" or "earlier", "month") => new(new DateOnly(published.Year, published.Month, 1), published, DatePrecision.Month),
            ("last" or "past", "year") => new(new DateOnly(published.Year - 1, 1, 1), new DateOnly(published.Year - 1, 12, 31), DatePrecision.Year),
            _ => new(new DateOnly(published.Year, 1, 1), published, DatePrecision.Year),
        };
        return Mention(i, i + 2, interval);
    }

    /// <summary>"Saturday (night) to Sunday", "Friday into Saturday" from token <paramref name="k"/>: the two days of a night,
    /// the second the latest such weekday up to publication, and the token after them.</summary>
    private static (DateInterval Interval, int End)? NightInto(IReadOnlyList<Token> t, int k, DateOnly published)
    {
        string W(int j) => j < t.Count ? t[j].Lower : "";
        var first = Array.IndexOf(Weekdays, W(k));
        var to = W(k + 1) == "night" ? k + 2 : k + 1;
        if (first < 0 || W(to) is not ("to" or "into") || Array.IndexOf(Weekdays, W(to + 1)) != (first + 1) % 7 || !t[to + 1].IsCapitalized) return null;
        var second = published.AddDays(-(((int)published.DayOfWeek - (first + 1) % 7 + 7) % 7));
        return (new DateInterval(second.AddDays(-1), second, DatePrecision.Day), to + 2);
    }

    private static TimeMention Mention(int first, int end, DateInterval interval) => new(new TokenRange(first, end), interval);

    private static int? Month(string word) => Months.TryGetValue(word.TrimEnd('.'), out var m) ? m : null;

    private static int? Day(IReadOnlyList<Token> t, int i)
    {
        if (i >= t.Count || t[i].Kind != TokenKind.Number) return null;
        // Asked of every number at every step of the scan: read in place, no new strings.
        var text = t[i].Text.AsSpan();
        var digits = 0;
        while (digits < text.Length && char.IsDigit(text[digits])) digits++;
        var suffix = text[digits..];
        if (suffix.Length > 0 && !IsOrdinalSuffix(suffix)) return null;
        return int.TryParse(text[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;
    }

    /// <summary>"st", "nd", "rd" or "th" in any case: "1st", "22ND".</summary>
    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Length == 2 && (char.ToLowerInvariant(suffix[0]), char.ToLowerInvariant(suffix[1])) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');

    /// <summary>"1990s": a decade's first year.</summary>
    private static int? DecadeNumber(IReadOnlyList<Token> t, int i) =>
        i < t.Count && t[i].Kind == TokenKind.Number && t[i].Text.Length == 5 && t[i].Text[4] is 's' && t[i].Text[3] == '0'
        && int.TryParse(t[i].Text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : null;

    /// <summary>A year written out ("2020"), from 1900 to 2100.</summary>
    internal static int? YearNumber(IReadOnlyList<Token> t, int i) =>
        i < t.Count && t[i].Kind == TokenKind.Number && t[i].Text.Length == 4
        && int.TryParse(t[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : null;

    /// <summary>A small count written as a number or a word ("3", "three", "a").</summary>
    internal static int? Count(IReadOnlyList<Token> t, int i)
    {
        if (i >= t.Count) return null;
        if (t[i].Kind == TokenKind.Number && int.TryParse(t[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        return t[i].Lower switch
        {
            "a" or "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "several" => 3,
            _ => null,
        };
    }

    /// <summary>An explicit year, or the publication year (the previous one when the date would lie after publication).</summary>
    private static (int Year, int End) Year(IReadOnlyList<Token> t, int i, DateOnly published, int month, int day)
    {
        if (YearNumber(t, i) is int y) return (y, i + 1);
        var year = published.Year;
        if (SafeDate(year, month, day) is { } d && d > published) year--;
        return (year, i);
    }

    private static DateOnly? SafeDate(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
