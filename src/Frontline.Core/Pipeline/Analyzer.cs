using Frontline.Core.Annotators;
using Frontline.Core.Events;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Pipeline;

/// <summary>
/// The whole path from an article to its analysis: document, annotators, event assembly and merging,
/// relations, control changes. Stateless apart from the shared knowledge base, so one instance serves
/// any number of threads.
/// </summary>
public sealed class Analyzer(KnowledgeBase kb)
{
    private readonly ActorAnnotator _actors = new(kb);
    private readonly PlaceAnnotator _places = new(kb);
    private readonly TimeAnnotator _times = new();
    private readonly NumberAnnotator _numbers = new(kb.Cues);
    private readonly SourceAnnotator _sources = new(kb.Cues);
    private readonly TriggerAnnotator _triggers = new(kb);
    private readonly EventAssembler _assembler = new(kb);
    private readonly RelationExtractor _relations = new(kb);

    public (Document Document, Annotations Annotations) Annotate(Article article)
    {
        var doc = new Document(article, kb.Splitter);
        var actors = _actors.Annotate(doc);
        var places = _places.Annotate(doc, actors);
        new ActorResolver(kb, doc).Resolve(actors, places);
        var times = _times.Annotate(doc);
        var numbers = _numbers.Annotate(doc, times);
        var sources = _sources.Annotate(doc, times);
        var triggers = _triggers.Annotate(doc, actors, places);
        return (doc, new Annotations(actors, places, times, numbers, sources, triggers, ActorResolver.MainCountry(actors, places, kb.Gazetteer, doc, kb.Cues) ?? HintedCountry(article)));
    }

    /// <summary>The country the user says the report is from, when the text itself points to none.</summary>
    private string? HintedCountry(Article article) =>
        article.Country is { } iso2 ? kb.Gazetteer.CountryByCode(iso2)?.Iso3 : null;

    public ArticleAnalysis Analyze(Article article)
    {
        var (doc, ann) = Annotate(article);
        var merged = EventMerger.Merge(_assembler.Assemble(doc, ann), kb.Lexicon.ProtestIntervention);
        if (CodedFatalities.Read(doc, ann.Numbers, ann.Places) is { } note) ApplyCodedToll(merged, note);
        DropUnplacedRetellings(merged);
        foreach (var d in merged) KilledInAbduction(d);
        foreach (var d in merged) OnFront(d, doc, ann.MainCountry3);
        AirStrikesOfTheOneStriker(merged);
        foreach (var d in merged) d.Actor1 ??= Unidentified(d);
        foreach (var d in merged) ProtestersFirst(d);
        var drafts = Salience(merged);
        var relations = _relations.Extract(doc, ann);
        var built = drafts.Select((d, i) => (Draft: d, Event: Build(article, d, i + 1, relations))).ToList();
        var control = ControlChangeExtractor.Extract(built);
        return new ArticleAnalysis(article, built.Select(b => b.Event).ToList(), relations, control);
    }

    /// <summary>"Police shot dead five protesters outside parliament in Nairobi ... A doctors' association said 31 people were
    /// wounded by gunfire": in a report whose violence or crowds are placed below their country, violence told after the
    /// lead with no author and no place finer than a country is what was told again, or a general claim; no event ACLED
    /// could place or attribute.</summary>
    private static void DropUnplacedRetellings(List<EventDraft> drafts)
    {
        if (drafts.Count < 2) return;
        var lead = drafts.Min(d => d.Paragraph);
        if (!drafts.Exists(d => (d.Frame.Violent || d.Frame.Crowd) && d.Location is { Precision: < PlacePrecision.Country })) return;
        // (Not one told as another act: "Separately, a drone strike on a house in the village of Yater killed a man", in a
        // village the gazetteer lacks.)
        drafts.RemoveAll(d => d.Frame.Violent && d.Paragraph > lead && d.Actor1 is null && !d.ToldAsElsewhere
                              && d.Location is null or { Precision: PlacePrecision.Country });
    }

    /// <summary>"An Israeli drone strike ... killed five. Separately, a drone strike on a house in Yater killed a man": an air
    /// or drone strike told with no author, in a report whose every other such strike is one force's, is that force's (no
    /// one else in the report strikes from the air).</summary>
    private static void AirStrikesOfTheOneStriker(List<EventDraft> drafts)
    {
        Actor? striker = null;
        foreach (var d in drafts)
        {
            if (d.Frame.Codes.AcledSubEventType != AirStrike || d.Actor1 is not { } author) continue;
            if (striker is not null && !ActorKinds.SameForce(striker, author)) return;
            striker ??= author;
        }
        if (striker is null) return;
        foreach (var d in drafts)
            if (d.Frame.Codes.AcledSubEventType == AirStrike && d.Actor1 is null && d.Modality != Modality.Denied) d.Actor1 = striker;
    }

    private const string AirStrike = "Air/drone strike";

    /// <summary>"Gunmen killed at least 38 people and abducted more than 50 others": an abduction in which people were killed
    /// is an attack (ACLED codes an abduction as such when no one was killed).</summary>
    private void KilledInAbduction(EventDraft d)
    {
        if (d.Frame.Name == "abduction" && d.Fatalities is > 0) d.Frame = kb.Lexicon.Frames["attack"];
    }

    private Event Build(Article article, EventDraft d, int ordinal, IReadOnlyList<Relation> relations)
    {
        var country3 = d.Location is null ? null : kb.Gazetteer.CountryByCode(d.Location.CountryIso2)?.Iso3;
        var actor1 = WithRelationBackers(kb.Actors.OfTown(kb.Actors.InTheatre(d.Actor1, country3, d.Date.Start), d.Location), relations);
        var actor2 = WithRelationBackers(kb.Actors.OfTown(kb.Actors.InTheatre(d.Actor2, country3, d.Date.Start), d.Location), relations);
        var codes = EventCoder.Code(kb.Lexicon, d.Frame, actor1, actor2, country3, d.VictimsArmed);
        var summary = EventCoder.Summarize(d, actor1, actor2);
        // Violence against civilians always has civilians as its target (ACLED): "a man was found dead" names no other;
        // so do arrests of people the text names by no group ("arrested 28 managers"), property destroyed or looted
        // a mob's violence when nobody else is named, and a crowd's attack on property ("rioters hurled a Molotov cocktail
        // at a bank").
        var crowdOnProperty = codes.AcledSubEventType == "Violent demonstration" && d.Frame.Name is "attack" or "loot";
        if (actor2 is null && (codes.AcledEventType == "Violence against civilians" || codes.AcledSubEventType is "Arrests" or "Looting/property destruction" or "Mob violence" || crowdOnProperty)
            && (country3 ?? actor1?.Country3) is { } where)
            actor2 = kb.Actors.Generic(ActorKind.Civilians, where, null, []);
        // "protesters threw stones": the crowd of a violent demonstration is what ACLED names rioters.
        if (codes.AcledSubEventType == "Violent demonstration" && actor1 is { Kind: ActorKind.Protesters } crowd)
            actor1 = kb.Actors.Generic(ActorKind.Rioters, crowd.Country3, null, []);
        // A battle has two sides: "regime forces captured the village" fought someone the report does not name (ACLED: an
        // unidentified armed group of the country where it happened).
        if (actor2 is null && actor1 is { Kind: not ActorKind.Unidentified } && codes.AcledEventType == "Battles" && country3 is not null)
            actor2 = kb.Actors.Generic(ActorKind.Unidentified, country3, null, []);
        return new Event(
            $"{article.Id}/{ordinal}",
            article.Id,
            summary,
            d.Date,
            codes,
            actor1,
            actor2,
            d.Associated.Select(a => WithRelationBackers(a, relations)!).ToList(),
            d.Location,
            d.Fatalities ?? (d.NoneKilled ? 0 : null),
            d.Injured,
            d.Quantity,
            d.Modality,
            d.Sources.ToList(),
            d.Evidence.OrderBy(e => e.Start).ToList());
    }

    /// <summary>"Nigerian soldiers opened fire on protesters ... as demonstrations turned deadly": a protest's first side is
    /// always its crowd (ACLED); a state force the telling put first is the force it met.</summary>
    private void ProtestersFirst(EventDraft d)
    {
        if (d.Frame.Codes.AcledEventType != "Protests" || d.Actor1 is not { } force || !ActorKinds.IsStateForce(force.Kind)
            || d.Location is not { } place || kb.Gazetteer.CountryByCode(place.CountryIso2) is not { } country) return;
        if (d.Actor2 is null || ActorKinds.IsState(d.Actor2.Kind)) d.Actor2 = force;
        d.Actor1 = kb.Actors.Generic(ActorKind.Protesters, country.Iso3, null, []);
    }

    /// <summary>Organised violence whose author the text does not name (an IED, a sniper, "an attack") is by an
    /// unidentified armed group of the country where it happened (a gang where crime's violence is the rule), and an
    /// arrest no one is named for ("four suspects were detained") by its police, as ACLED codes them. Named after merging,
    /// so that it never keeps two reports of one event apart.</summary>
    private Actor? Unidentified(EventDraft draft)
    {
        if (draft.Location is not { } place || kb.Gazetteer.CountryByCode(place.CountryIso2) is not { } country) return null;
        if (draft.Frame.Name == "arrest") return kb.Actors.State(country.Iso3, ActorKind.Police);
        return draft.Frame.Violent && draft.Frame.Codes.AcledEventType is "Battles" or EventAssembler.RemoteViolence or "Violence against civilians"
            ? kb.Actors.UnidentifiedAuthor(country.Iso3)
            : null;
    }

    /// <summary>Fighting that names neither side, on a front between two known sides, is between those sides ("an exchange
    /// of fire in both directions of the frontline near X" in the Donbas before 2022). Where the report names a settlement
    /// one side held, the fire came from the other side (shelling near a separatist-held village was the army's), unless
    /// it went "in both directions"; where it names none, shelling stays unattributed (which side fired is what the
    /// report does not say) and a clash is coded between the two sides. Where no place is named, the article's country
    /// stands for it; where the sentence says the fighting was on the front line, a village read in another province of
    /// that country is a namesake of one on the front.</summary>
    private void OnFront(EventDraft draft, Document doc, string? articleCountry3)
    {
        var clash = draft.Frame.Codes.AcledSubEventType == "Armed clash";
        if (draft.Actor1 is not null || draft.Actor2 is not null || !(clash || draft.Frame.Codes.AcledSubEventType == "Shelling/artillery/missile attack")) return;
        var country3 = draft.Location is { } place ? kb.Gazetteer.CountryByCode(place.CountryIso2)?.Iso3 : articleCountry3;
        if (country3 is null) return;
        var day = draft.Date.Start;
        var sentence = doc.Sentences[draft.SentenceIndex];
        var onFrontLine = kb.Cues.Roles.FrontLineWords.AnyIn(doc.Tokens, sentence.FirstToken, sentence.EndToken);
        // A settlement the holders' table places on the front puts the fighting there, whatever namesake the place was read as.
        if (!onFrontLine && kb.Fronts.At(country3, null, day) is { } anyFront
            && anyFront.HolderNamed(doc.Tokens, sentence.FirstToken, sentence.EndToken, doc.TokenAt(draft.Evidence[0].Start), day) is { } held)
        {
            draft.Actor1 = kb.Actors.Resolve(anyFront.Opponent(held.Holder), day);
            if (clash) draft.Actor2 = kb.Actors.Resolve(held.Holder, day);
            if (!draft.Evidence.Contains(held.Evidence)) draft.Evidence.Add(held.Evidence);
            return;
        }
        if (!clash) return;
        if (kb.Fronts.At(country3, onFrontLine ? null : draft.Location?.Admin1Code, day) is not { } front) return;
        draft.Actor1 = kb.Actors.Resolve(front.Side1, day);
        draft.Actor2 = kb.Actors.Resolve(front.Side2, day);
    }

    /// <summary>A toll the text says was coded is the article's toll: it goes to the first violent event told (the one
    /// the report is about: "the rebels captured X following clashes ... Total fatalities coded to 42"), and no other violent
    /// event counts the same dead again.</summary>
    private static void ApplyCodedToll(List<EventDraft> drafts, FatalityNote note)
    {
        var violent = drafts.Where(d => d.Frame.Violent).ToList();
        if (violent.Count == 0) return;
        var main = violent.OrderBy(d => d.SentenceIndex).ThenByDescending(d => d.Frame.Rank).First();
        foreach (var d in violent) d.Fatalities = d == main ? note.TollOf(main.Fatalities) : null;
        if (!main.Evidence.Contains(note.Evidence)) main.Evidence.Add(note.Evidence);
    }

    /// <summary>Most important first: deadliest, then what happened before what did not (planned, feared, denied:
    /// "troops mobilized to defend against a possible attack" reports the mobilization), then text order (a news report
    /// tells its main event first: the inverted pyramid), then, within a sentence, the act it reports before the scene
    /// it sets ("agreed a ceasefire after the worst fighting"), then the frame that ranks higher (ACLED's hierarchy).</summary>
    private static List<EventDraft> Salience(List<EventDraft> drafts) =>
        drafts.OrderByDescending(d => d.Fatalities ?? 0).ThenBy(d => d.Unrealized || d.Modality == Modality.Denied)
            .ThenBy(d => d.SentenceIndex).ThenBy(d => d.Backdrop).ThenByDescending(d => d.Frame.Rank).ToList();

    /// <summary>"Turkey, a key supporter of the rebels": the patron is a backer of the rebels in every event.</summary>
    private static Actor? WithRelationBackers(Actor? actor, IReadOnlyList<Relation> relations)
    {
        if (actor is null) return null;
        List<string>? extra = null;
        foreach (var r in relations)
            if (r.Type == RelationType.Backs && r.Client.Key == actor.Key && r.Patron.Country3 is { } patron
                && !actor.Backers.Contains(patron) && patron != actor.Country3)
                (extra ??= []).Add(patron);
        return extra is null ? actor : actor with { Backers = [.. actor.Backers, .. extra] };
    }
}
