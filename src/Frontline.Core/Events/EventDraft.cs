using Frontline.Core.Annotators;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;

namespace Frontline.Core.Events;

/// <summary>An event while it is being assembled and merged; becomes an immutable <see cref="Event"/> at the end.</summary>
public sealed class EventDraft
{
    public required Frame Frame { get; set; }

    /// <summary>The frame was named by a word that names no tactic ("explosions", "a blast"): a report of the same
    /// event type that names one ("two suicide bombers blew themselves up") names the event, whatever the ranks.</summary>
    public bool GenericTrigger { get; set; }

    /// <summary>Whether <paramref name="other"/>'s frame should name the event this draft and it tell together: a
    /// tactic named outweighs a generic word of its event type; otherwise the higher rank wins (ACLED 1.6); a fight a strike of
    /// the same sentence is told to have come after never does.</summary>
    public bool YieldsTo(EventDraft other)
    {
        // ("Israeli forces strike Syrian village after clash with residents": a clash a strike came after names it not; one
        // it was done during does, "shelled the village amid clashes", and so does a gunfight a rescue came after.)
        if (other.Backdrop && !other.During && !Backdrop && other.SentenceIndex == SentenceIndex
            && Frame.Codes.AcledEventType == EventAssembler.RemoteViolence) return false;
        // ("dropped two guided aerial bombs on Druzhkivka ... the bombs hit a residential area": the weapon told again by its
        // bare word is no planted device; "the shells contained poisonous gas" still names the tactic.)
        if (other.Anaphoric && !Anaphoric && Frame.Codes.AcledEventType == other.Frame.Codes.AcledEventType
            && other.Frame.Codes.AcledSubEventType == PlantedDevice) return false;
        if (Frame.Codes.AcledEventType == other.Frame.Codes.AcledEventType && GenericTrigger != other.GenericTrigger) return GenericTrigger;
        return other.Frame.Rank > Frame.Rank;
    }

    private const string PlantedDevice = "Remote explosive/landmine/IED";

    /// <summary>Takes <paramref name="other"/>'s frame when it should name the event (<see cref="YieldsTo"/>).</summary>
    public void TakeFrameOf(EventDraft other)
    {
        if (!YieldsTo(other)) return;
        Frame = other.Frame;
        GenericTrigger = other.GenericTrigger;
    }

    /// <summary>Told in the headline line above a wire dateline: a summary, whose place may be the city the scene lies by
    /// ("kill 133 at concert hall near Moscow").</summary>
    public bool Headline { get; init; }

    /// <summary>Told as going on for a span ("have attacked districts for weeks"): a campaign, not one act of it.</summary>
    public bool Ongoing { get; init; }

    public required int SentenceIndex { get; init; }
    public required int Paragraph { get; init; }
    public Actor? Actor1 { get; set; }
    public Actor? Actor2 { get; set; }
    public List<Actor> Associated { get; } = [];
    public Place? Location { get; set; }

    /// <summary>The place was named for this event (not inherited or guessed), so it may anchor a merge.</summary>
    public bool LocationExplicit { get; set; }

    /// <summary>The place is only what the act lay by ("at a roadblock west of the capital", "near Kyiv"): a town the
    /// report names nearby for the same act says where it was.</summary>
    public bool LocationNear { get; set; }

    /// <summary>The sentence opens on the day it dates the act to ("On Monday, a drone crashed ..."): a new account.</summary>
    public bool OpensOnItsDay { get; init; }

    /// <summary>The sentence opens on the act's place ("In Durban, looters set fire to a warehouse"): a scene of its own,
    /// not a detail of an act told only by its province or country.</summary>
    public bool OpensAtItsPlace { get; init; }

    public required DateInterval Date { get; set; }

    /// <summary>The date came from a time expression of this sentence, not from context or the default.</summary>
    public bool DateExplicit { get; set; }

    public int? Fatalities { get; set; }

    /// <summary>The text says no one was killed ("no casualties were reported"): the toll is zero unless a count told of the
    /// event says otherwise.</summary>
    public bool NoneKilled { get; set; }

    /// <summary>The wounded, read like the dead (a PLOVER magnitude).</summary>
    public int? Injured { get; set; }

    /// <summary>Sentences whose deaths <see cref="Fatalities"/> counts, so that one sentence is never counted twice.</summary>
    public HashSet<int> TollSentences { get; } = [];

    /// <summary>The paragraph that told the toll kept (a country-wide toll is whole of the town acts told beside it).</summary>
    public int? TollParagraph { get; set; }

    /// <summary>The toll was told only by vague counts ("scores of civilians"): a precise larger count of the act is its.</summary>
    public bool TollVague { get; set; }

    /// <summary>The toll was told only as floors or vague counts ("more than 70"): a precise count a little larger ("77")
    /// is the act's.</summary>
    public bool TollFloor { get; set; }
    public Quantity? Quantity { get; set; }
    public Modality Modality { get; set; }

    /// <summary>Only planned or feared: it did not happen (<see cref="ModalityExtensions.IsUnrealized"/>).</summary>
    public bool Unrealized => Modality.IsUnrealized();
    public List<string> Sources { get; } = [];
    public List<TextSpan> Evidence { get; } = [];

    /// <summary>The victims are fighters, so a killing is a battle (ACLED: armed actors on both sides).</summary>
    public bool VictimsArmed { get; set; }

    /// <summary>"These strikes ...": the trigger refers back to an event already told.</summary>
    public bool Anaphoric { get; init; }

    /// <summary>Told as the scene of another act of its sentence ("agreed a ceasefire after the worst fighting"): listed
    /// after that act, which is what the sentence reports.</summary>
    public bool Backdrop { get; init; }

    /// <summary>Told as happening in several places at once ("in several towns", "across the country"): a detail at one of
    /// its towns is a part of its own, not the whole (ACLED codes each place).</summary>
    public bool Widespread { get; init; }

    /// <summary>Told by its own author ("Al Shabaab said ... it had killed 20 soldiers"): its figures are that side's.</summary>
    public bool ToldByItsAuthor { get; init; }

    /// <summary>Whether this telling is its author's own count of dead that <paramref name="told"/>, the same author's act,
    /// already counted: a boast, not more dead (ACLED keeps the more conservative figure). (Not its own dead: "Baku said 50 of
    /// its servicemen had been killed".)</summary>
    public bool BoastsOver(EventDraft told) =>
        ToldByItsAuthor && told.Fatalities is not null && Actor1 is { } boaster && told.Actor1?.SameAs(boaster) == true && Actor2?.SameAs(boaster) != true;

    /// <summary>Its toll was counted in several places ("killing at least four people across the country"): no one town's.</summary>
    public bool TollOfManyPlaces { get; set; }

    /// <summary>Opened by "Elsewhere" or "Separately": another act than the one told before, whatever its place.</summary>
    public bool ToldAsElsewhere { get; init; }

    /// <summary>Whether <paramref name="part"/>, told at a town of its own, is one of the places of this widespread act.</summary>
    public bool HasAsOneOfItsPlaces(EventDraft part) =>
        Widespread && part.LocationExplicit && part.Location is { Precision: PlacePrecision.Place } town && (Location is null || !Location.Id.Equals(town.Id, StringComparison.Ordinal));

    /// <summary>The scene is told as the time of the other act ("detained 54 people during a protest", "amid clashes"), so
    /// that act happened in its course; a scene told before or after the act ("after a rally") is not its course.</summary>
    public bool During { get; init; }

    /// <summary>"Another strike on the city centre": the text says this is a different act from the one told before.</summary>
    public bool Another { get; init; }

    /// <summary>The act is told as hours or days from another of its sentence ("the strike came hours after Hezbollah said
    /// it fired missiles"): two fights, not one told from both sides.</summary>
    public bool ApartInTime { get; init; }

    /// <summary>The same act told at another place of a list ("marched in Antsiranana and in Mahajanga"): an event of its
    /// own there, which no merge joins back. The counts told of the list as a whole stay with the first place.</summary>
    public EventDraft ElsewhereAt(Place place)
    {
        var copy = new EventDraft
        {
            Frame = Frame,
            GenericTrigger = GenericTrigger,
            SentenceIndex = SentenceIndex,
            Paragraph = Paragraph,
            Actor1 = Actor1,
            Actor2 = Actor2,
            Location = place,
            LocationExplicit = true,
            Date = Date,
            DateExplicit = DateExplicit,
            Modality = Modality,
            Backdrop = Backdrop,
            Widespread = Widespread,
            During = During,
            Another = true,
            ApartInTime = ApartInTime,
        };
        copy.Associated.AddRange(Associated);
        copy.Sources.AddRange(Sources);
        copy.Evidence.AddRange(Evidence);
        return copy;
    }

    /// <summary>Takes the toll of a clause that tells more of this event: deaths told in other sentences add up when
    /// <paramref name="sum"/> ("also 4 militants were killed"); a toll restated, or read twice from one sentence, keeps the higher figure.</summary>
    public void TakeToll(EventDraft from, bool sum)
    {
        if (from.Injured is { } hurt && (Injured is null || hurt > Injured)) Injured = hurt;
        NoneKilled |= from.NoneKilled;
        if (from.Fatalities is not { } f) return;
        var counted = from.TollSentences.Count > 0 && from.TollSentences.IsSubsetOf(TollSentences);
        // The toll is as vague as the counts it is made of: all of them when added, the one kept otherwise.
        if (Fatalities is null || (!(sum && !counted) && f > Fatalities)) (TollVague, TollFloor, TollParagraph) = (from.TollVague, from.TollFloor, from.TollParagraph);
        else if (sum && !counted) (TollVague, TollFloor) = (TollVague && from.TollVague, TollFloor && from.TollFloor);
        Fatalities = sum && !counted ? (Fatalities ?? 0) + f : Math.Max(f, Fatalities ?? 0);
        TollSentences.UnionWith(from.TollSentences);
    }
}
