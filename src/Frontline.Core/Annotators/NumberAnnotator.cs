using System.Globalization;
using Frontline.Core.Knowledge;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>
/// Counts of people and things: digits ("12", "1,200"), number words ("twenty-five", "two hundred"), vague amounts
/// ("dozens" = 12 by ACLED's rule), with their qualifier ("at least", "about") inside the span and the counted
/// noun as unit ("at least 10 civilians" -> 10 civilians). Numbers inside time expressions are skipped.
/// </summary>
public sealed class NumberAnnotator(Cues cues)
{
    private static readonly string[][] Qualifiers =
    [
        ["at", "least"], ["at", "most"], ["more", "than"], ["less", "than"], ["fewer", "than"], ["up", "to"], ["as", "many", "as"],
        ["about"], ["around"], ["some"], ["nearly"], ["almost"], ["over"], ["approximately"], ["roughly"], ["an", "estimated"], ["estimated"], ["reportedly"],
    ];

    private static readonly HashSet<string> UnitStops =
    [
        "in", "of", "and", "or", "were", "was", "are", "is", "had", "have", "at", "on", "from", "to", "by", "who", "which", "that", "with",
        "as", "after", "during", "when", "while", "near", "into", "for",
    ];

    public IReadOnlyList<NumberMention> Annotate(Document doc, IReadOnlyList<TimeMention> times)
    {
        var tokens = doc.Tokens;
        var result = new List<NumberMention>();
        var taken = new bool[tokens.Count];
        foreach (var t in times) for (var k = t.Range.First; k < t.Range.End; k++) taken[k] = true;
        var lastSize = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (taken[i]) continue;
            var (value, length, vague) = ValueAt(tokens, i);
            if (length == 0) continue;
            var end = i + length;
            // "his 12-year-old son", "155 mm shells": an age or a measure, not a count; "AK-47 rifles", "F-16 jets": a model's
            // name; "in groups of four, six, ten": the size of each group, not how many.
            var size = GroupSize(tokens, i) || (lastSize >= 0 && lastSize == i - 2 && tokens[i - 1].Text == ",");
            if (IsMeasure(tokens, end) || AgeAfterAName(tokens, i, end) || AgedSo(tokens, i) || ModelName(tokens, i) || size || CompoundModifier(tokens, end)
                || AfterACurrencySign(tokens, i))
            {
                if (size) lastSize = end - 1;
                i = end - 1;
                continue;
            }
            var first = QualifierStart(tokens, i);
            // "around 15 to 20 fighters", "between 15 and 20 fighters": a range is one count, its lower bound, as ACLED
            // takes it (not "rose from 15 to 20", which ends at the second).
            if (RangeEnd(tokens, i, end) is { } rangeEnd) end = rangeEnd;
            var (unit, unitEnd) = Unit(tokens, end);
            result.Add(new NumberMention(new TokenRange(first, unitEnd), value, unit, vague));
            i = end - 1;
        }
        return result;
    }

    /// <summary>Where the upper bound of a range that opens with the count at [<paramref name="i"/>, <paramref name="end"/>)
    /// ends: "15 to 20", "between 15 and 20", if it is one.</summary>
    private int? RangeEnd(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (end + 1 >= tokens.Count || i == 0 || tokens[i - 1].Lower == "from") return null;
        var joins = tokens[end].Lower == "to" || (tokens[end].Lower == "and" && tokens[i - 1].Lower == "between");
        if (!joins) return null;
        var (low, _, _) = ValueAt(tokens, i);
        var (high, length, _) = ValueAt(tokens, end + 1);
        return length > 0 && high > low ? end + 1 + length : null;
    }

    /// <summary>"a nine-storey building", "a 200-bed hospital", "a 12-member delegation": a count joined by a hyphen to one
    /// singular noun describes the next noun; it counts nothing that was hit. (Not "two-thirds", a share.)</summary>
    private bool CompoundModifier(IReadOnlyList<Token> tokens, int end) =>
        Hyphens.JoinsWordsAt(tokens, end) && tokens[end + 1].Kind == TokenKind.Word && !tokens[end + 1].IsCapitalized && !tokens[end + 1].Lower.EndsWith('s')
        && !cues.NumberWords.ContainsKey(tokens[end + 1].Lower);

    /// <summary>"($470)", "€5 million": a sum of money, not a count of anyone.</summary>
    private static bool AfterACurrencySign(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Text is "$" or "€" or "£" or "US$" or "¥" or "₹";

    /// <summary>"in groups of four": a count right after a word for the parts a whole came in, and "of".</summary>
    private bool GroupSize(IReadOnlyList<Token> tokens, int i) =>
        i >= 2 && tokens[i - 1].Lower == "of" && cues.GroupSizeNouns.Contains(tokens[i - 2]);

    /// <summary>"AK-47", "F-16", "Su-25", "MiG-29", "COVID-19": a number joined by a hyphen to a short capitalized word is
    /// a name (a weapon's model, a virus), not a count.</summary>
    private static bool ModelName(IReadOnlyList<Token> tokens, int i) =>
        i >= 2 && tokens[i].Kind == TokenKind.Number && Hyphens.JoinsWordsAt(tokens, i - 1) && tokens[i - 2].Kind == TokenKind.Word
        && char.IsUpper(tokens[i - 2].Text[0]) && tokens[i - 2].Text.Length <= 5;

    /// <summary>"Two men aged 67 and 56", "children aged between 8 and 12": numbers after "aged" (a list or range of them) are
    /// ages, not counts.</summary>
    private static bool AgedSo(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - AgeListWords; k--)
        {
            if (tokens[k].Lower is "aged" or "ages") return true;
            if (!(tokens[k].Kind == TokenKind.Number || tokens[k].Text == "," || tokens[k].Lower is "and" or "or" or "to" or "between" or "from")) return false;
        }
        return false;
    }

    /// <summary>How far back in a list of ages "aged" may stand ("aged 19, 23, 31 and 45").</summary>
    private const int AgeListWords = 8;

    /// <summary>"Diubis Laurencio Tejeda, 36, died": a number set off by commas right after a name is the person's age.</summary>
    private static bool AgeAfterAName(IReadOnlyList<Token> tokens, int i, int end) =>
        i >= 2 && end < tokens.Count && tokens[i - 1].Text == "," && tokens[end].Text == "," && tokens[i].Kind == TokenKind.Number
        && tokens[i - 2].IsCapitalized && tokens[i - 2].Kind == TokenKind.Word;

    private (int Value, int Length, bool Vague) ValueAt(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            var digits = token.Text.Replace(",", "", StringComparison.Ordinal);
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return (0, 0, false);
            // "in 2016", and "in 1812" or "since 1948" after a preposition of time: a year, not a count.
            var looksLikeYear = digits.Length == 4 && !token.Text.Contains(',')
                                && (n is >= 1900 and <= 2100 || n is >= 1000 and < 1900 && i > 0 && YearPrepositions.Contains(tokens[i - 1].Lower));
            if (looksLikeYear) return (0, 0, false);
            // "10 million", "2 thousand"
            if (i + 1 < tokens.Count && tokens[i + 1].Lower is "million" or "thousand")
                return ((int)Math.Min(int.MaxValue, n * (tokens[i + 1].Lower == "million" ? 1_000_000L : 1_000L)), 2, false);
            return (n, 1, false);
        }
        var (len, values) = cues.NumberPhrases.LongestAt(tokens, i, tokens.Count);
        if (len == 0) return (0, 0, false);
        var value = values[0];
        var vagueWord = tokens[i + len - 1].Lower is "dozens" or "tens" or "scores" or "hundreds" or "thousands" or "several" or "few" or "many" or "of";
        var end = i + len;
        // "twenty-five", "two hundred", "three thousand"
        if (end + 1 < tokens.Count && tokens[end].Text == "-" && cues.NumberWords.TryGetValue(tokens[end + 1].Lower, out var unitValue) && unitValue < 10)
        {
            value += unitValue;
            end += 2;
        }
        if (end < tokens.Count && tokens[end].Lower is "hundred" or "thousand" or "million" && !vagueWord)
        {
            value *= tokens[end].Lower switch { "hundred" => 100, "thousand" => 1000, _ => 1_000_000 };
            end++;
        }
        // "tens of thousands", "hundreds of thousands": one vague count, the lower bound of both words multiplied.
        if (vagueWord && end + 1 < tokens.Count && tokens[end].Lower == "of" && tokens[end + 1].Lower is "hundreds" or "thousands" or "millions")
        {
            value *= tokens[end + 1].Lower switch { "hundreds" => 100, "thousands" => 1000, _ => 1_000_000 };
            end += 2;
        }
        return (value, end - i, vagueWord);
    }

    private bool IsMeasure(IReadOnlyList<Token> tokens, int end)
    {
        var k = end < tokens.Count && tokens[end].Text == "-" ? end + 1 : end;
        return k < tokens.Count && cues.MeasureWords.Contains(tokens[k]);
    }

    /// <summary>Where the qualifier of the count at token <paramref name="i"/> starts ("more than", "at least", "about"), or
    /// <paramref name="i"/> when it has none.</summary>
    internal static int QualifierStart(IReadOnlyList<Token> tokens, int i)
    {
        foreach (var q in Qualifiers)
        {
            var start = i - q.Length;
            if (start < 0) continue;
            var ok = true;
            for (var k = 0; k < q.Length && ok; k++) ok = tokens[start + k].Lower == q[k];
            if (ok) return start;
        }
        return i;
    }

    private static readonly HashSet<string> YearPrepositions = ["in", "since", "until", "before", "after", "from", "of", "by"];

    private static readonly HashSet<string> Determiners = ["the", "these", "those", "its", "their", "his", "her"];

    private static readonly HashSet<string> UnitModifiers =
        ["suspected", "alleged", "armed", "other", "more", "additional", "unarmed", "innocent", "local", "foreign", "young", "senior", "fellow",
         "mostly", "mainly", "largely", "predominantly", "chiefly"];

    /// <summary>The counted noun: the first plain word within four tokens after the number, past modifiers and names
    /// ("12 suspected Islamic State members" -> members; "about 200 Iraqi fighters" -> fighters; "thousands of protesters").</summary>
    private (string? Unit, int End) Unit(IReadOnlyList<Token> tokens, int from)
    {
        var k = from;
        var limit = from + 4;
        if (k < tokens.Count && tokens[k].Lower == "of")
        {
            k++;
            // "eleven of the fifteen drones": the part counts what the whole counts (drones), never "the".
            if (k < tokens.Count && Determiners.Contains(tokens[k].Lower)) k++;
            if (k < tokens.Count && cues.IsCount(tokens[k])) k++;
            limit = k + 4;
        }
        for (; k < tokens.Count && k < limit; k++)
        {
            var t = tokens[k];
            // ("two Kurdish-majority neighbourhoods": a hyphen joins the words of one modifier.)
            if (k > from && Hyphens.JoinsWordsAt(tokens, k))
            {
                limit++;
                continue;
            }
            if (t.Kind != TokenKind.Word || UnitStops.Contains(t.Lower)) break;
            if (t.IsCapitalized || UnitModifiers.Contains(t.Lower)) continue;
            // (A compound's first word: "pro" of "two pro-government fighters".)
            if (k + 1 < tokens.Count && tokens[k + 1].Text == "-" && tokens[k + 1].Start == t.End) continue;
            // (The modifier's last word, before the noun it modifies: "majority" of "Kurdish-majority neighbourhoods", when that
            // noun ends the phrase; "sixteen Saudi-led coalition air raids" leaves the group's name alone.)
            if (tokens[k - 1].Text == "-" && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && !UnitStops.Contains(tokens[k + 1].Lower)
                && cues.KillWords.LongestAt(tokens, k + 1, k + 2).Length == 0 && !cues.NotDeathWords.Contains(tokens[k + 1]))
            {
                if (!EndsAPhrase(tokens, k + 2) && !cues.PersonNouns.Contains(tokens[k + 1])) break;
                continue;
            }
            // "1 killed, 7 injured": a verb is what happened to the count, not what was counted.
            if (cues.NotDeathWords.Contains(t) || cues.KillWords.LongestAt(tokens, k, k + 1).Length > 0) return (null, from);
            // ("eight Indian sponsored khwarij", "three heavily armed men": a participle after a name or an adverb modifies the
            // noun after it, as a hyphenated one would.)
            if (k > from && t.Lower.EndsWith("ed", StringComparison.Ordinal) && (tokens[k - 1].IsCapitalized || tokens[k - 1].Lower.EndsWith("ly", StringComparison.Ordinal))
                && !EndsAPhrase(tokens, k + 1) && cues.KillWords.LongestAt(tokens, k + 1, k + 2).Length == 0 && !cues.NotDeathWords.Contains(tokens[k + 1]))
                continue;
            // "thousands of riot police", "two security guards": a noun before a word for people modifies it.
            if (!cues.PersonNouns.Contains(t) && k + 1 < tokens.Count && cues.PersonNouns.Contains(tokens[k + 1])) return (tokens[k + 1].Lower, k + 2);
            return (t.Lower, k + 1);
        }
        return (null, from);
    }

    /// <summary>Whether token <paramref name="k"/> is past the noun phrase before it: the text's end, a mark, or a word that
    /// opens what follows ("of", "were", "and").</summary>
    private static bool EndsAPhrase(IReadOnlyList<Token> tokens, int k) =>
        k >= tokens.Count || tokens[k].Kind != TokenKind.Word || UnitStops.Contains(tokens[k].Lower);
}
