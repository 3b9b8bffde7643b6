using Frontline.Core.Knowledge;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>
/// Who the text says reported an event: "according to X", "as reported by X", "confirmed by X and Y",
/// "X said". Each named party becomes one source ("a militia official and a war monitor" -> two).
/// </summary>
public sealed class SourceAnnotator(Cues cues)
{
    private static readonly WordSet Articles = new(["a", "an", "the"]);
    private static readonly WordSet Stops = new(["that", "who", "which", "on", "in", "at", "as", "to", "when", "after", "while", "said", "says"]);

    public IReadOnlyList<SourceMention> Annotate(Document doc, IReadOnlyList<TimeMention> times)
    {
        var tokens = doc.Tokens;
        var result = new List<SourceMention>();
        var inTime = new bool[tokens.Count];
        foreach (var t in times) for (var k = t.Range.First; k < t.Range.End; k++) inTime[k] = true;
        foreach (var sentence in doc.Sentences)
        {
            foreach (var (start, length, _) in cues.SourcesBefore.Scan(tokens, sentence.FirstToken, sentence.EndToken))
                result.AddRange(PartiesAfter(doc, start + length, sentence.EndToken, inTime));
            foreach (var (start, length, _) in cues.SourcesAfter.Scan(tokens, sentence.FirstToken, sentence.EndToken))
                // "an airstrike was reported": a passive names what was reported, not who reported it.
                if (!(start > sentence.FirstToken && Auxiliaries.IsPassive(tokens[start - 1]))
                    && !TriggerAnnotator.IsResponsibility(tokens, start + length, sentence.EndToken) && !ClaimsOwnAct(tokens, start + length, sentence.EndToken)
                    && PartyBefore(doc, start, sentence.FirstToken) is { } party)
                    result.Add(party);
        }
        return result.OrderBy(s => s.Range.First).ToList();
    }

    /// <summary>"X claimed to have shelled Y": X tells of its own act, so X is its author (the claim is the event's
    /// modality), not a source reporting someone else's.</summary>
    private static bool ClaimsOwnAct(IReadOnlyList<Token> tokens, int afterCue, int end) =>
        afterCue < end && tokens[afterCue].Lower == "to";

    private static IEnumerable<SourceMention> PartiesAfter(Document doc, int from, int limit, bool[] inTime)
    {
        var tokens = doc.Tokens;
        var first = from;
        for (var i = from; i <= limit; i++)
        {
            var stop = i == limit || inTime[i] || tokens[i].Kind == TokenKind.Punctuation && tokens[i].Text != "-" && tokens[i].Text != "'"
                       || Stops.Contains(tokens[i])
                       || (!tokens[i].IsCapitalized && tokens[i].Lower.EndsWith("ing", StringComparison.Ordinal) && tokens[i].Lower.Length > 4);
            var split = !stop && tokens[i].Lower == "and";
            if (stop || split)
            {
                if (Party(doc, first, i) is { } p) yield return p;
                if (stop) yield break;
                first = i + 1;
            }
        }
    }

    private SourceMention? PartyBefore(Document doc, int cue, int sentenceStart)
    {
        var tokens = doc.Tokens;
        var first = cue;
        while (first > sentenceStart && cue - first < 6)
        {
            var t = tokens[first - 1];
            if (t.Kind == TokenKind.Punctuation && t.Text != "-" && t.Text != "'") break;
            if (cues.ClauseBreaks.Contains(t)) break;
            first--;
        }
        if (first == cue) return null;
        // Only a party that reads as a name or a known anonymous source: "the observatory said", "officials said".
        var hasName = Enumerable.Range(first, cue - first).Any(k => tokens[k].IsCapitalized && k > sentenceStart
                                                                     || cues.SourceNouns.Contains(tokens[k])
                                                                     || cues.AnonymousSources.LongestAt(tokens, k, cue).Length > 0);
        return hasName ? Party(doc, first, cue) : null;
    }

    private static SourceMention? Party(Document doc, int first, int end)
    {
        while (first < end && Articles.Contains(doc.Tokens[first])) first++;
        if (first >= end) return null;
        return new SourceMention(new TokenRange(first, end), doc.TextOf(first, end));
    }
}
