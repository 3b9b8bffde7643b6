using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>A death toll the text states as coded, with the sentence that says so.</summary>
public sealed record FatalityNote(int Value, TextSpan Evidence);

/// <summary>
/// Coders' notes that fix a toll outright, as event-data notes write them: "Fatalities coded as 0 (VoJ reported 3)",
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
            var coded = CodedValue(t, s, numbers);
            var bare = coded is null ? BareToll(t, s, numbers) : null;
            if ((coded ?? bare) is not { } value) continue;
            return new FatalityNote(Split(t, s, numbers, places, value), doc.SpanOf(s.FirstToken, s.EndToken));
        }
        return null;
    }

    private static bool MentionsFatalities(IReadOnlyList<Token> t, Sentence s)
    {
        for (var k = s.FirstToken; k < s.EndToken; k++)
            if (t[k].Lower is "fatalities" or "fatality") return true;
        return false;
    }

    /// <summary>"coded as 10", "coded to 15", "a total of 12 fatalities": the number the coder settled on.</summary>
    private static int? CodedValue(IReadOnlyList<Token> t, Sentence s, IReadOnlyList<NumberMention> numbers)
    {
        for (var k = s.FirstToken; k + 2 < s.EndToken; k++)
        {
            if (t[k].Lower == "coded" && t[k + 1].Lower is "as" or "to" && NumberAt(numbers, k + 2) is { } n) return n.Value;
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

    /// <summary>"split, five each" gives each event five; "split between 2 events" halves the toll; "split between
    /// events in Tulaylat and Khalsa" or "distributed over the activities in Sruj, Bleil and Jakusiyah" shares it among
    /// the places named after the word.</summary>
    private static int Split(IReadOnlyList<Token> t, Sentence s, IReadOnlyList<NumberMention> numbers, IReadOnlyList<PlaceMention> places, int value)
    {
        var split = Enumerable.Range(s.FirstToken, s.EndToken - s.FirstToken).FirstOrDefault(k => t[k].Lower is "split" or "distributed", -1);
        if (split < 0) return value;
        for (var k = split + 1; k < s.EndToken; k++)
        {
            if (NumberAt(numbers, k) is not { } n) continue;
            var next = n.Range.End < s.EndToken ? t[n.Range.End].Lower : "";
            if (next == "each" || n.Unit == "each") return n.Value;
            if (next is "events" or "locations" || n.Unit is "events" or "locations") return n.Value > 0 ? value / n.Value : value;
        }
        var shares = places.Count(p => p.Range.First > split && p.Range.End <= s.EndToken);
        return shares > 1 ? value / shares : value;
    }

    private static NumberMention? NumberAt(IReadOnlyList<NumberMention> numbers, int token) =>
        numbers.FirstOrDefault(n => n.Range.First == token);
}
