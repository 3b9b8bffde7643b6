using Frontline.Core.Annotators;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Events;

/// <summary>
/// Builds one event per clause that holds a trigger: the clause's highest-ranked frame names the event (ACLED's
/// rule for concurrent tactics; a killing absorbs into the attack that caused it), roles come from
/// <see cref="RoleFinder"/>. Sentences that only name who reported ("This deployment was confirmed by ...") lend
/// their sources to the events before them; "These strikes ..." continues the event it points back to.
/// </summary>
public sealed class EventAssembler(KnowledgeBase kb)
{
    private readonly Clauses _clauses = new(kb.Cues.ClauseBreaks);

    public List<EventDraft> Assemble(Document doc, Annotations ann)
    {
        var roles = new RoleFinder(kb, doc, ann);
        var drafts = new List<EventDraft>();
        foreach (var s in doc.Sentences)
        {
            var triggers = ann.Triggers.Where(t => t.Range.First >= s.FirstToken && t.Range.End <= s.EndToken).ToList();
            var sources = ann.Sources.Where(x => x.Range.First >= s.FirstToken && x.Range.End <= s.EndToken).Select(x => x.Name).ToList();
            var evidence = new TextSpan(doc.Tokens[s.FirstToken].Start, doc.Tokens[s.EndToken - 1].End);
            if (triggers.Count == 0)
            {
                LendSources(drafts, s, sources, evidence);
                continue;
            }
            ActorMention? previousActor1 = null;
            foreach (var group in triggers.GroupBy(t => _clauses.Start(doc.Tokens, s, t.Range.First)))
            {
                var main = group.OrderByDescending(t => t.Entry.Frame.Rank).First();
                var (a1, a2) = roles.Actors(s, main.Range, main.Entry, previousActor1);
                previousActor1 = a1 ?? previousActor1;
                var (place, placeExplicit) = roles.Location(s, main.Range);
                var (date, dateExplicit) = roles.Date(s, main.Range);
                var draft = new EventDraft
                {
                    Frame = main.Entry.Frame,
                    SentenceIndex = s.Index,
                    Paragraph = s.Paragraph,
                    TriggerRange = main.Range,
                    Actor1 = a1?.Actor,
                    Actor2 = a2?.Actor,
                    Location = place,
                    LocationExplicit = placeExplicit,
                    Date = date,
                    DateExplicit = dateExplicit,
                    Modality = main.Modality,
                    Anaphoric = roles.IsAnaphoric(main.Range, s),
                };
                if (a1 is not null) draft.Associated.AddRange(a1.Partners.Select(p => p.Actor).OfType<Actor>().Where(p => p.Key != a1.Actor?.Key));
                if (main.Entry.Frame.Violent || group.Any(t => t.Entry.Frame.Violent)) draft.Fatalities = roles.Fatalities(s);
                else draft.Quantity = roles.Quantity(s, main.Range);
                if (draft.Actor2 is null && draft.Fatalities is > 0 && VictimsAreCivilians(ann, s)) draft.Actor2 = kb.Actors.Generic(ActorKind.Civilians, CountryOf(draft), null, []);
                draft.Sources.AddRange(sources);
                draft.Evidence.Add(evidence);
                if (draft.Anaphoric && Continue(drafts, draft)) continue;
                drafts.Add(draft);
            }
        }
        return drafts;
    }

    /// <summary>"This deployment was confirmed ..." is the deployment already told: it joins it. "These strikes
    /// resulted in the deaths of 10 civilians in Idlib" names a new place: it stays an event of its own, with the
    /// frame and actors of the one it refers to. Returns true when the draft was absorbed.</summary>
    private static bool Continue(List<EventDraft> drafts, EventDraft draft)
    {
        var antecedent = drafts.LastOrDefault(d => d.Paragraph == draft.Paragraph && d.Frame.Violent == draft.Frame.Violent);
        if (antecedent is null) return false;
        var newPlace = draft.LocationExplicit && draft.Location is { } p && (antecedent.Location is null || !antecedent.Location.Id.Equals(p.Id, StringComparison.Ordinal));
        if (!newPlace)
        {
            antecedent.Sources.AddRange(draft.Sources.Where(x => !antecedent.Sources.Contains(x)));
            antecedent.Evidence.AddRange(draft.Evidence.Where(x => !antecedent.Evidence.Contains(x)));
            if (draft.Fatalities is { } f && f > (antecedent.Fatalities ?? 0)) antecedent.Fatalities = f;
            return true;
        }
        if (antecedent.Frame.Rank > draft.Frame.Rank) draft.Frame = antecedent.Frame;
        draft.Actor1 ??= antecedent.Actor1;
        if (draft.Associated.Count == 0) draft.Associated.AddRange(antecedent.Associated);
        if (!draft.DateExplicit && antecedent.DateExplicit) draft.Date = antecedent.Date;
        return false;
    }

    private static void LendSources(List<EventDraft> drafts, Sentence s, List<string> sources, TextSpan evidence)
    {
        if (sources.Count == 0) return;
        foreach (var d in drafts.Where(d => d.SentenceIndex == s.Index - 1))
        {
            d.Sources.AddRange(sources.Where(x => !d.Sources.Contains(x)));
            d.Evidence.Add(evidence);
        }
    }

    private bool VictimsAreCivilians(Annotations ann, Sentence s) =>
        ann.Numbers.Any(n => n.Range.First >= s.FirstToken && n.Range.End <= s.EndToken && n.Unit is { } u
                             && kb.Actors.ForceNounsByWord.TryGetValue(u, out var noun) && noun.Kind == "civilians");

    private string? CountryOf(EventDraft d) =>
        d.Location is { } p ? kb.Gazetteer.CountryByCode(p.CountryIso2)?.Iso3 : d.Actor1?.Country3;
}
