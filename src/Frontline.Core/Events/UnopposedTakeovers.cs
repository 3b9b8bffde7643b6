using Frontline.Core.Annotators;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Events;

/// <summary>
/// Ground taken with no fight is a non-violent transfer of territory (ACLED), not a battle: a capture whose own
/// sentence tells the other side leaving and no fighting ("recaptured the city after the army pulled out", "seized the
/// crossing following the withdrawal of the police"), or a capture or an entry told "without resistance" in its
/// sentence or the next. A withdrawal told only in a later sentence ("captured the town. Its defenders have withdrawn")
/// is the loser leaving after the fight, and leaves the capture a battle.
/// </summary>
internal sealed class UnopposedTakeovers(KnowledgeBase kb)
{
    public void Apply(Document doc, Annotations ann, List<EventDraft> drafts)
    {
        var takeOver = kb.Lexicon.Frames["take_over"];
        var taken = drafts.Where(d => Unopposed(doc, ann, d)).ToList();
        if (taken.Count == 0) return;
        foreach (var d in taken) d.Frame = takeOver;
        // The same side's other captures in the paragraph retell the takeover ("seized control of the border point ...
        // has become in control of it following the withdrawal of ...").
        foreach (var d in drafts)
            if (d.Frame.Name == "capture" && taken.Any(t => t.Paragraph == d.Paragraph && SameSide(t, d))) d.Frame = takeOver;
        // The withdrawal told in the takeover's sentences is the same transfer seen from the side that left.
        foreach (var w in drafts.Where(w => w.Frame.Control == ControlEffect.Lose).ToList())
        {
            if (taken.FirstOrDefault(t => SentencesOf(doc, t).Contains(w.SentenceIndex)) is not { } takeover) continue;
            if (w.Actor1 is { } left && (takeover.Actor1 is null || !takeover.Actor1.SameAs(left))) takeover.Actor2 ??= left;
            takeover.Sources.AddMissing(w.Sources);
            drafts.Remove(w);
        }
    }

    private bool Unopposed(Document doc, Annotations ann, EventDraft d)
    {
        if (d.Frame.Name is not ("capture" or "deploy")) return false;
        // Every sentence that tells the capture counts: "... have taken control of the village. The militants seized the
        // area following the withdrawal of the police" is one capture, unopposed.
        foreach (var index in SentencesOf(doc, d))
        {
            var s = doc.Sentences[index];
            if (UnopposedIn(doc, s)) return true;
            // (A wire report's paragraph is often one sentence: "... took control of the mayor's office. [new paragraph] No
            // shots were fired, witnesses said.")
            if (index + 1 < doc.Sentences.Count && UnopposedIn(doc, doc.Sentences[index + 1])) return true;
            // ("captured the town after government troops withdrew. [new paragraph] The militants attacked the military base in
            // the town, and fighting lasted several hours": not when the next sentence tells the fight for it, at no other town.)
            if (d.Frame.Name == "capture" && kb.Cues.WithdrawalCues.AnyIn(doc.Tokens, s.FirstToken, s.EndToken) && !FoughtIn(ann, s)
                && !(index + 1 < doc.Sentences.Count && FoughtIn(ann, doc.Sentences[index + 1]) && !NamesAnotherTown(ann, doc.Sentences[index + 1], d.Location)))
                return true;
        }
        return false;
    }

    /// <summary>The sentences whose text is the draft's evidence, its own first.</summary>
    private static IEnumerable<int> SentencesOf(Document doc, EventDraft d)
    {
        yield return d.SentenceIndex;
        foreach (var span in d.Evidence)
            foreach (var s in doc.Sentences)
                if (s.Index != d.SentenceIndex && s.Start <= span.Start && span.Start < s.End) yield return s.Index;
    }

    private bool UnopposedIn(Document doc, Sentence s) => kb.Cues.UnopposedCues.AnyIn(doc.Tokens, s.FirstToken, s.EndToken);

    /// <summary>Whether the sentence tells violence other than the taking itself (clashes, shelling, a killing).</summary>
    private static bool FoughtIn(Annotations ann, Sentence s) =>
        ann.Triggers.Any(t => t.Range.First >= s.FirstToken && t.Range.End <= s.EndToken && t.Entry.Frame.Violent && t.Entry.Frame.Name != "capture");

    /// <summary>Whether the sentence names a town other than <paramref name="taken"/>.</summary>
    private static bool NamesAnotherTown(Annotations ann, Sentence s, Place? taken) =>
        ann.Places.Any(p => p.Range.First >= s.FirstToken && p.Range.End <= s.EndToken && p.Place.Precision == PlacePrecision.Place && p.Place != taken);

    private static bool SameSide(EventDraft a, EventDraft b) => a.Actor1 is null || b.Actor1 is null || a.Actor1.SameAs(b.Actor1);
}
