using Frontline.Core.Annotators;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Events;

/// <summary>
/// Who backs whom, from the patterns news uses: "X-backed Y", "Y supported by X", "X, a key supporter of Y",
/// "X has been a principal ally of Y", "X's full backing of Y", "Y, a proxy of X". A state patron is the
/// country as a whole; each pair is reported once, with every sentence that states it.
/// </summary>
public sealed class RelationExtractor(KnowledgeBase kb)
{
    public List<Relation> Extract(Document doc, Annotations ann)
    {
        var found = new List<Relation>();
        var all = ann.Actors.Concat(ann.Actors.SelectMany(a => a.Partners)).Where(a => a.Actor is not null).ToList();
        // In text order once (a stable sort, so mentions starting together keep their order); each sentence takes its own.
        var inText = all.OrderBy(a => a.Range.First).ToList();
        var inSentence = new List<ActorMention>();
        foreach (var s in doc.Sentences)
        {
            var evidence = new TextSpan(doc.Tokens[s.FirstToken].Start, doc.Tokens[s.EndToken - 1].End);
            var date = FirstTimeIn(ann.Times, s)?.Interval;
            inSentence.Clear();
            foreach (var a in inText)
                if (a.Range.First >= s.FirstToken && a.Range.End <= s.EndToken) inSentence.Add(a);
            foreach (var m in inSentence)
                foreach (var patron in m.Backers)
                    Add(found, kb.Actors.Country(patron), m.Actor, date, evidence);
            foreach (var (start, length, _) in kb.Cues.SupporterNouns.Scan(doc.Tokens, s.FirstToken, s.EndToken))
            {
                var patron = Patron(Before(inSentence, start, 10));
                Add(found, patron, Client(After(inSentence, start + length), patron, all), date, evidence);
            }
            foreach (var (start, length, _) in kb.Cues.SupportNouns.Scan(doc.Tokens, s.FirstToken, s.EndToken))
            {
                var owner = Before(inSentence, start, 4);
                if (owner is null || !IsPossessive(doc, owner)) continue;
                var patron = Patron(owner);
                Add(found, patron, Client(After(inSentence, start + length), patron, all), date, evidence);
            }
            foreach (var (start, length, _) in kb.Cues.ProxyNouns.Scan(doc.Tokens, s.FirstToken, s.EndToken))
                Add(found, Patron(After(inSentence, start + length)), Before(inSentence, start, 6)?.Actor, date, evidence);
        }
        return found;
    }

    private static TimeMention? FirstTimeIn(IReadOnlyList<TimeMention> times, Sentence s)
    {
        foreach (var t in times)
            if (t.Range.First >= s.FirstToken && t.Range.End <= s.EndToken) return t;
        return null;
    }

    /// <summary>A state patron acts as the country; organisations act as themselves.</summary>
    private Actor? Patron(ActorMention? m) =>
        m?.Actor is not { } a ? null
        : a.Kind is ActorKind.Government or ActorKind.StateMilitary or ActorKind.Police && a.Country3 is not null ? kb.Actors.Country(a.Country3)
        : a;

    /// <summary>"Turkey, a key supporter of the rebels": of the rebels in the article, the ones that patron backs.</summary>
    private static Actor? Client(ActorMention? m, Actor? patron, List<ActorMention> all)
    {
        if (m?.Actor is not { } actor || patron?.Country3 is not { } country || m.Kind != ActorMentionKind.Generic || m.DemonymCountry is not null) return m?.Actor;
        return all.Select(x => x.Actor!).FirstOrDefault(a => a.Backers.Contains(country) && a.Kind == actor.Kind) ?? actor;
    }

    private static ActorMention? Before(List<ActorMention> mentions, int token, int window) =>
        mentions.LastOrDefault(m => m.Range.End <= token && m.Range.End >= token - window);

    private static ActorMention? After(List<ActorMention> mentions, int token) =>
        mentions.FirstOrDefault(m => m.Range.First >= token && m.Range.First <= token + 4);

    private static bool IsPossessive(Document doc, ActorMention m) => doc.IsPossessiveMark(m.Range.End);

    private static void Add(List<Relation> found, Actor? patron, Actor? client, DateInterval? date, TextSpan evidence)
    {
        if (patron is null || client is null || patron.Key == client.Key) return;
        if (patron.Country3 is not null && patron.Country3 == client.Country3 && patron.Kind == ActorKind.Government && ActorKinds.IsState(client.Kind)) return;
        var i = found.FindIndex(r => r.Patron.Key == patron.Key && r.Client.Key == client.Key);
        if (i < 0)
        {
            found.Add(new Relation(RelationType.Backs, patron, client, date, [evidence]));
            return;
        }
        var r = found[i];
        found[i] = r with { Date = r.Date ?? date, Evidence = r.Evidence.Contains(evidence) ? r.Evidence : [.. r.Evidence, evidence] };
    }
}
