using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>A death toll the text states as coded (or, when <see cref="Value"/> is null, the story's own toll) shared
/// among <see cref="Shares"/> events, with the sentence that says so.</summary>
public sealed record FatalityNote(int? Value, int Shares, TextSpan Evidence)
{
    public int? TollOf(int? storyToll) => (Value ?? storyToll) is { } toll ? toll / Shares : null;
}

/// <summary>
/// Coders' notes that fix a toll outright, as event-data notes write them (the common misspelling "fatalites" too): "Fatalities coded as 0 (VoJ reported 3)",
/// "Unknown number of fatalities coded as 10", "... coded as ten and split, five each, between ...", "Fatalities split
/// between 2 events", and a bare "1 fatality." closing a report. Such a note outranks any count read from the story.
/// </summary>
public static class CodedFatalities
{
    public static FatalityNote? Read(Document doc, IReadOnlyList<NumberMention> numbers, IReadOnlyList<PlaceMention> places)
    {
        var t = doc.Tokens;
        foreach (var s in doc.Sentences)
        {
            if (!MentionsFatalities(t, s)) continue;
            var value = CodedValue(t, s, numbers) ?? BareToll(t, s, numbers);
            if (value is not null && EachShare(t, s, numbers) is { } each) return new FatalityNote(each, 1, doc.SpanOf(s.FirstToken, s.EndToken));
            var shares = Shares(t, s, numbers, places);
            if (value is null && shares == 1) continue;
            return new FatalityNote(value, shares, doc.SpanOf(s.FirstToken, s.EndToken));
        }
        return null;
    }

    private static bool MentionsFatalities(IReadOnlyList<Token> t, Sentence s)
    {
        for (var k = s.FirstToken; k < s.EndToken; k++)
            if (t[k].Lower is "fatalities" or "fatality" or "fatalites") return true;
        return false;
    }

    /// <summary>"coded as 10", "coded to 15", "a total of 12 fatalities": the number the coder settled on.</summary>
    private static int? CodedValue(IReadOnlyList<Token> t, Sentence s, IReadOnlyList<NumberMention> numbers)
    {
        for (var k = s.FirstToken; k + 2 < s.EndToken; k++)
        {
            if (t[k].Lower == "coded" && t[k + 1].Lower is "as" or "to" && NumberAt(numbers, k + 2) is { } n) return n.Value;
            // "10 fatalities coded and split ...": the number before the coded fatalities.
            if (t[k + 1].Lower is "fatalities" or "fatalites" && t[k + 2].Lower == "coded" && NumberAt(numbers, k) is { } before) return before.Value;
            if (t[k].Lower == "total" && t[k + 1].Lower == "of" && NumberAt(numbers, k + 2) is { } total && CountsDead(t, total, s))
                return total.Value;
        }
        return null;
    }

    /// <summary>"1 fatality." or "2 fatalities": a sentence that is nothing but the toll.</summary>
    private static int? BareToll(IReadOnlyList<Token> t, Sentence s, IReadOnlyList<NumberMention> numbers)
    {
        var last = s.EndToken;
        while (last > s.FirstToken && t[last - 1].Kind == TokenKind.Punctuation) last--;
        return NumberAt(numbers, s.FirstToken) is { } n && CountsDead(t, n, s) && n.Range.End + 1 == last ? n.Value : null;
    }

    /// <summary>"12 fatalities", "4 dead": the word after the count says it counts the dead.</summary>
    private static bool CountsDead(IReadOnlyList<Token> t, NumberMention n, Sentence s) =>
        n.Range.End < s.EndToken && t[n.Range.End].Lower is "fatalities" or "fatality" or "deaths" or "dead";

    /// <summary>Among how many events the toll is shared: "split between 2 events"; "split between events in Tulaylat and
    /// Khalsa" or "distributed over the activities in Sruj, Bleil and Jakusiyah" (the places named after the word).</summary>
    private static int Shares(IReadOnlyList<Token> t, Sentence s, IReadOnlyList<NumberMention> numbers, IReadOnlyList<PlaceMention> places)
    {
        var split = Enumerable.Range(s.FirstToken, s.EndToken - s.FirstToken).FirstOrDefault(k => t[k].Lower is "split" or "distributed" or "spread", -1);
        if (split < 0) return 1;
        for (var k = split + 1; k < s.EndToken; k++)
        {
            if (NumberAt(numbers, k) is not { Value: > 0 } n) continue;
            var next = n.Range.End < s.EndToken ? t[n.Range.End].Lower : "";
            if (next is "events" or "locations" || n.Unit is "events" or "locations") return n.Value;
        }
        return Math.Max(1, places.Count(p => p.Range.First > split && p.Range.End <= s.EndToken));
    }

    /// <summary>"coded as ten and split, five each": each event's share, said outright.</summary>
    private static int? EachShare(IReadOnlyList<Token> t, Sentence s, IReadOnlyList<NumberMention> numbers)
    {
        var split = Enumerable.Range(s.FirstToken, s.EndToken - s.FirstToken).FirstOrDefault(k => t[k].Lower == "split", -1);
        if (split < 0) return null;
        return numbers.FirstOrDefault(n => n.Range.First > split && n.Range.End < s.EndToken && (n.Unit == "each" || t[n.Range.End].Lower == "each"))?.Value;
    }

    private static NumberMention? NumberAt(IReadOnlyList<NumberMention> numbers, int token) =>
        numbers.FirstOrDefault(n => n.Range.First == token);
}
