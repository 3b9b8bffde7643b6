using Frontline.Core.Annotators;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Events;

/// <summary>
/// A non-state armed group's entry into a place that its sentence tells came after a fight ("M23 rebels entered the city of
/// Uvira after several days of fighting with the army") is a capture, not a deployment; the fight told with it is the
/// capture's. An entry told beside a fight ("entered Bahir Dar and clashed with federal troops") is the fight.
/// </summary>
internal sealed class ForcedEntries(KnowledgeBase kb)
{
    public void Apply(Document doc, Annotations ann, List<EventDraft> drafts)
    {
        var capture = kb.Lexicon.Frames["capture"];
        foreach (var entry in drafts.Where(d => d.Frame.Name == "deploy" && d.Actor1 is { } group && ActorKinds.IsNonStateArmed(group.Kind)).ToList())
        {
            if (!FightBefore(doc, ann, doc.Sentences[entry.SentenceIndex]))
            {
                // "Fano militia fighters entered Debre Markos on Sunday and fought government forces for several hours before
                // withdrawing" (and a headline's "Fano fighters briefly enter Debre Markos"): an entry the group fought in, at
                // that place, is the fight (ACLED codes the battle).
                if (drafts.Find(c => c != entry && (c.SentenceIndex == entry.SentenceIndex || entry.Headline) && c.Frame.Codes.AcledEventType == "Battles"
                                     && c.Actor1?.SameAs(entry.Actor1!) == true && c.Location is { } at && entry.Location?.Id == at.Id
                                     && c.Date.Overlaps(entry.Date)) is { } foughtIn)
                {
                    foughtIn.Evidence.AddMissing(entry.Evidence);
                    drafts.Remove(entry);
                }
                continue;
            }
            entry.Frame = capture;
            if (drafts.Find(c => c != entry && c.SentenceIndex == entry.SentenceIndex && c.Frame.Codes.AcledEventType == "Battles"
                                 && c.Frame.Control == ControlEffect.None && (c.Actor1 is null || c.Actor1.SameAs(entry.Actor1!))) is { } fight)
            {
                entry.Actor2 ??= fight.Actor2;
                entry.Sources.AddMissing(fight.Sources);
                entry.Evidence.AddMissing(fight.Evidence);
                drafts.Remove(fight);
            }
            // ("M23 rebels enter Uvira as Burundian troops pull back": the same group's entry told again elsewhere, as a
            // headline does, is the same capture.)
            foreach (var again in drafts)
                if (again.Frame.Name == "deploy" && again.Actor1?.SameAs(entry.Actor1!) == true && again.Location is { } at && entry.Location?.Id == at.Id)
                    again.Frame = capture;
        }
    }

    /// <summary>Whether the sentence tells a battle "after" or "following" which something came: "after several days of
    /// fighting".</summary>
    private static bool FightBefore(Document doc, Annotations ann, Sentence s)
    {
        foreach (var t in ann.Triggers)
        {
            if (t.Range.First < s.FirstToken || t.Range.First >= s.EndToken || t.Entry.Frame.Codes.AcledEventType != "Battles"
                || t.Entry.Frame.Control != ControlEffect.None) continue;
            for (var k = t.Range.First - 1; k >= s.FirstToken && k >= t.Range.First - FightReach; k--)
                if (doc.Tokens[k].Lower is "after" or "following") return true;
        }
        return false;
    }

    /// <summary>How many words before the fight's word "after" may stand: "after several days of heavy fighting".</summary>
    private const int FightReach = 5;
}
