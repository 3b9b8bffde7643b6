using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>
/// Resolves generic and ethnic mentions against the article and the catalogue, then spreads every patron the
/// article states for an actor to all its mentions:
/// "insurgents led by X" -> X; "Turkish-backed rebels" -> the one rebel group with a Turkish patron, if exactly one;
/// "Kurdish forces" -> the Kurdish-led group named in the article; "the insurgents" -> the nearest named armed group.
/// </summary>
public sealed class ActorResolver(KnowledgeBase kb, Document doc)
{
    private readonly Dictionary<string, Actor> _byKey = new(StringComparer.Ordinal);

    /// <summary>The article's mentions; those before the one being resolved are resolved already.</summary>
    private IReadOnlyList<ActorMention> _mentions = [];

    public void Resolve(IReadOnlyList<ActorMention> mentions, IReadOnlyList<PlaceMention> places)
    {
        _mentions = mentions;
        LinkLedBy(mentions);
        var main = MainCountry(mentions, places, kb.Gazetteer, doc, kb.Cues);
        var articleCountries = mentions.Select(m => m.Actor?.Country3 ?? m.DemonymCountry).OfType<string>().ToHashSet();
        if (main is not null) articleCountries.Add(main);
        var named = mentions.Where(m => m.Actor is not null && m.Kind is ActorMentionKind.Named).ToList();
        // Groups known by country or patron ("Iranian-backed Iraqi militias") can be what a later bare
        // "fighters" refers to, so they join the candidates as they are resolved, in text order.
        var identifying = new List<ActorMention>(named);
        foreach (var m in mentions.Concat(mentions.SelectMany(x => x.Partners)).Where(m => m.Actor is null).OrderBy(m => m.Range.First))
        {
            var actor = m.Kind == ActorMentionKind.Ethnic
                ? ResolveEthnic(m, named, articleCountries)
                : ResolveGeneric(m, named, identifying, articleCountries, main, places);
            m.Actor = _byKey.TryGetValue(actor.Key, out var first) ? first : _byKey[actor.Key] = actor;
            // (So can a movement named by its people: "Anglophone separatists ... three separatist fighters".)
            if (((m.Kind == ActorMentionKind.Generic && (m.DemonymCountry is not null || m.Backers.Count > 0)) || m.Kind == ActorMentionKind.Ethnic)
                && ActorKinds.IsNonStateArmed(actor.Kind))
                identifying.Add(m);
        }
        ApplyCodedAs(mentions);
        TheBranchNamed(mentions);
        TheArmedMenAgain(doc.Tokens, mentions);
        SpreadBackers(mentions);
    }

    /// <summary>"Islamic State fighters overrun army base" over a report that names Islamic State West Africa Province: an
    /// armed movement's name, where the article names one branch of it (a name that extends the movement's), is that branch.</summary>
    private static void TheBranchNamed(IReadOnlyList<ActorMention> mentions)
    {
        var armed = mentions.Select(m => m.Actor).OfType<Actor>().Where(a => ActorKinds.IsNonStateArmed(a.Kind)).DistinctBy(a => a.Key).ToList();
        foreach (var m in mentions)
        {
            if (m.Actor is not { } movement || !ActorKinds.IsNonStateArmed(movement.Kind)) continue;
            var branches = armed.FindAll(b => b.Name.StartsWith(movement.Name + " ", StringComparison.Ordinal));
            if (branches.Count == 1) m.Actor = branches[0];
        }
    }

    /// <summary>"about 30 heavily armed men attacked ... police exchanged fire with the men": "the men" after armed men
    /// or gunmen were named are those men, not civilians.</summary>
    private static void TheArmedMenAgain(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> mentions)
    {
        Actor? armedMen = null;
        foreach (var m in mentions)
        {
            var head = tokens[m.Range.End - 1].Lower;
            var men = head is "men" or "man";
            if (m.Actor is { } actor && ActorKinds.IsArmed(actor.Kind) && head.EndsWith("men", StringComparison.Ordinal)) armedMen = actor;
            else if (armedMen is not null && men && m.Range.End - m.Range.First == 1 && m.Range.First > 0 && tokens[m.Range.First - 1].Lower == "the") m.Actor = armedMen;
        }
    }

    /// <summary>"pro-STC forces, coded as Security Belt forces by default": a coder's note names the actor a mention stands for.</summary>
    private void ApplyCodedAs(IReadOnlyList<ActorMention> mentions)
    {
        var tokens = doc.Tokens;
        foreach (var m in mentions)
        {
            var k = m.Range.End;
            if (k < tokens.Count && tokens[k].Text is "," or "(") k++;
            if (k + 2 >= tokens.Count || tokens[k].Lower != "coded" || tokens[k + 1].Lower != "as") continue;
            var first = tokens[k + 2].Lower == "the" ? k + 3 : k + 2;
            if (mentions.FirstOrDefault(n => n.Range.First == first && n.Kind == ActorMentionKind.Named) is { Actor: { } coded }) m.Actor = coded;
        }
    }

    /// <summary>The article's country (ISO alpha-3): where its places are, else where its actors come from. A dateline's
    /// town (<paramref name="document"/>'s) is where the report was filed: it counts, but last, so that a country the
    /// text names as often wins ("BANGKOK" over a report from Myanmar's Sagaing region). With <paramref name="cues"/>, the far
    /// side of a border ("near the border with Venezuela") and a capital standing for its government ("Caracas's claim")
    /// count for nothing.</summary>
    public static string? MainCountry(IEnumerable<ActorMention> mentions, IEnumerable<PlaceMention> places, IGazetteer gazetteer, Document? document = null,
        Cues? cues = null)
    {
        // Counted in order of first appearance: of equally frequent countries the first named wins.
        var counts = new List<(string Code, int Count)>();
        // (A capital that acts for its government, "Kurti blamed Belgrade", places nothing.)
        var acting = mentions.Where(m => m.Kind == ActorMentionKind.Country).Select(m => m.Range.First).ToHashSet();
        // (A release's bracketed dateline names the office that issued it: "(Nairobi, May 21, 2025) - Malian soldiers ...".)
        var ordered = places.Where(p => (p.Place.Precision == Model.PlacePrecision.Country || !acting.Contains(p.Range.First))
                                        && !(cues is not null && document is not null && NamesAnotherState(cues, document.Tokens, p))
                                        && !(document is not null && document.DatelineBracketed && document.InDateline(p.Range.First)))
            .OrderBy(p => document is not null && document.InDateline(p.Range.First) ? 1 : 0).ToList();
        foreach (var p in ordered)
            if (p.Place.Precision != Model.PlacePrecision.Country) Count(counts, gazetteer.CountryByCode(p.Place.CountryIso2)?.Iso3);
        foreach (var p in ordered)
            if (p.Place.Precision == Model.PlacePrecision.Country) Count(counts, gazetteer.CountryByCode(p.Place.CountryIso2)?.Iso3);
        if (MostFrequent(counts) is { } placed) return placed;
        foreach (var m in mentions) Count(counts, m.Actor?.Country3 ?? m.DemonymCountry);
        return MostFrequent(counts);
    }

    /// <summary>Whether the place is the far side of a border ("near the border with Venezuela") or a capital standing for its
    /// government ("Caracas's claim"): a state the story is about, not where it happens.</summary>
    private static bool NamesAnotherState(Cues cues, IReadOnlyList<Token> tokens, PlaceMention p) =>
        cues.BorderWith(tokens, p.Range.First) || (p.Place.Precision == Model.PlacePrecision.Country && cues.BorderOf(tokens, p.Range))
        || cues.StandsForItsGovernment(tokens, p.Range);

    private static void Count(List<(string Code, int Count)> counts, string? code)
    {
        if (code is null) return;
        for (var k = 0; k < counts.Count; k++)
            if (counts[k].Code == code)
            {
                counts[k] = (code, counts[k].Count + 1);
                return;
            }
        counts.Add((code, 1));
    }

    private static string? MostFrequent(List<(string Code, int Count)> counts)
    {
        string? most = null;
        var best = 0;
        foreach (var (code, count) in counts)
            if (count > best) (most, best) = (code, count);
        return most;
    }

    private void LinkLedBy(IReadOnlyList<ActorMention> mentions)
    {
        var tokens = doc.Tokens;
        foreach (var m in mentions.Where(m => m.Kind == ActorMentionKind.Generic))
        {
            // "Hamas-led fighters": the group named before "-led".
            if (m.Range.First >= 3 && tokens[m.Range.First - 1].Lower == "led" && tokens[m.Range.First - 2].Text == "-"
                && mentions.FirstOrDefault(x => x.Kind == ActorMentionKind.Named && x.Range.End == m.Range.First - 2) is { } leader)
            {
                m.LedBy = leader;
                continue;
            }
            var (len, _) = kb.Cues.LedBy.LongestAt(tokens, m.Range.End, tokens.Count);
            if (len == 0) continue;
            m.LedBy = LeaderAt(mentions, m.Range.End + len);
        }
    }

    /// <summary>A named group or person within three tokens of <paramref name="after"/>.</summary>
    private static ActorMention? LeaderAt(IReadOnlyList<ActorMention> mentions, int after)
    {
        foreach (var x in mentions)
            if (x.Kind is ActorMentionKind.Named or ActorMentionKind.Person && x.Range.First >= after && x.Range.First <= after + 3) return x;
        return null;
    }

    private Actor ResolveGeneric(ActorMention m, List<ActorMention> named, List<ActorMention> identifying, HashSet<string> countries, string? main,
        IReadOnlyList<PlaceMention> places)
    {
        var kind = m.GenericKind ?? ActorKind.Unidentified;
        var catalogue = kb.Actors;
        switch (kind)
        {
            case ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters:
                return catalogue.Generic(kind, m.DemonymCountry ?? main, null, []);
            case ActorKind.StateMilitary when m.Occupying && m.DemonymCountry is null
                                             && (SentenceCountry(m, places) ?? main) is { } territory && catalogue.OccupierOf(territory) is { } occupier
                                             && catalogue.State(occupier, kind) is { } occupation:
                return occupation;
            case ActorKind.StateMilitary or ActorKind.Police or ActorKind.Government:
                return (m.DemonymCountry ?? TellersOwn(m, kind) ?? SentenceCountry(m, places) ?? CountryOfTheForceMeant(m, kind) ?? main) is { } c
                       && catalogue.State(c, kind) is { } s
                    ? s
                    : catalogue.Generic(ActorKind.Unidentified, main, null, []);
        }
        if (m.LedBy?.Actor is { } leader) return leader;
        if (m.Community is { } community) return catalogue.Community(community, m.DemonymCountry ?? main);
        // "local fighters", "unidentified gunmen": a group of its own, not the named one nearby.
        if (m.Range.First > 0 && kb.Cues.UnlinkedModifiers.Contains(doc.Tokens[m.Range.First - 1]))
            return GenericNamed(kind == ActorKind.Rebel ? kind : ActorKind.Unidentified, m.DemonymCountry ?? main, m);
        if (m.DemonymCountry is { } country) return OfCountry(m, country, named, countries, main, kind);
        if (m.Backers.Count > 0) return OfPatrons(m, named, countries, main, kind);
        return TellersOwnFighters(m, named) ?? Nearby(m, named, identifying, main, kind);
    }

    /// <summary>"The SDF said on Monday its fighters had repelled an attack": "its" or "their" fighters, in what a named group
    /// says, are the group's.</summary>
    private Actor? TellersOwnFighters(ActorMention m, List<ActorMention> named)
    {
        if (m.Range.First == 0 || doc.Tokens[m.Range.First - 1].Lower is not ("its" or "their")) return null;
        var sentence = doc.SentenceOf(m.Range.First);
        ActorMention? teller = null;
        foreach (var n in named)
            if (n.Range.First >= sentence.FirstToken && n.Range.End < m.Range.First && n.Range.End < doc.Tokens.Count && SayingVerbs.Contains(doc.Tokens[n.Range.End]))
                teller = n;
        return teller?.Actor ?? ApposedTeller(m, named, sentence);
    }

    /// <summary>"The National Resistance Front (NRF), an armed group opposed to the Taliban, said on Thursday its fighters had
    /// killed five": the sentence's subject, when the saying verb comes right after the comma that closes its apposition.</summary>
    private Actor? ApposedTeller(ActorMention m, List<ActorMention> named, Sentence sentence)
    {
        var opening = doc.FirstTokenPastDateline(sentence);
        if (named.Find(n => n.Range.First >= opening && n.Range.First <= opening + 1) is not { } subject || subject.Range.End >= m.Range.First) return null;
        var t = doc.Tokens;
        if (subject.Range.End >= t.Count || t[subject.Range.End].Text is not ("," or "(")) return null;
        for (var k = subject.Range.End + 1; k < m.Range.First - 1; k++)
            if (SayingVerbs.Contains(t[k]) && t[k - 1].Text == ",") return subject.Actor;
        return null;
    }

    /// <summary>"Iraqi militias": the one named group of that country and kind in the article, else (with patrons: "Turkey-backed
    /// Syrian factions") the one the patrons back there, else a group of its own.
    /// (Each rule has its own method: a closure over the mention would be made on every call, most of which end above.)</summary>
    private Actor OfCountry(ActorMention m, string country, List<ActorMention> named, HashSet<string> countries, string? main, ActorKind kind)
    {
        var sameCountry = named.Where(n => n.Actor!.Country3 == country && Fits(m, n.Actor.Kind)
                                           && m.Backers.All(b => n.Actor.Backers.Contains(b))).Select(n => n.Actor!).DistinctBy(a => a.Key).ToList();
        if (sameCountry.Count == 1) return sameCountry[0];
        return m.Backers.Count > 0 ? OfPatrons(m, named, [country], country, kind) : GenericNamed(kind, country, m);
    }

    /// <summary>"Turkish-backed rebels": the one group with those patrons in the article, else in the article's countries.</summary>
    private Actor OfPatrons(ActorMention m, List<ActorMention> named, HashSet<string> countries, string? main, ActorKind kind)
    {
        var catalogue = kb.Actors;
        var at = doc.Article.Published;
        var inArticle = named.Select(n => n.Actor!).Where(a => Fits(m, a.Kind) && m.Backers.All(a.Backers.Contains)).DistinctBy(a => a.Key).ToList();
        if (inArticle.Count == 1) return inArticle[0];
        CatalogueActor? known = null;
        foreach (var a in catalogue.NamedActors)
        {
            if (a.Country3 is null || !countries.Contains(a.Country3) || !Fits(m, a.Kind) || !BackedByAll(a, m.Backers, at.Year)) continue;
            if (known is not null) return GenericNamed(kind, main, m);
            known = a;
        }
        return known is not null ? catalogue.ToActor(known, at) : GenericNamed(kind, main, m);
    }

    /// <summary>Whether every one of the patrons backed the catalogue's actor by that year (a loop: this runs for every
    /// catalogue actor of the article's countries).</summary>
    private static bool BackedByAll(CatalogueActor a, IReadOnlyList<string> patrons, int year)
    {
        foreach (var b in patrons)
        {
            var backed = false;
            foreach (var p in a.Patrons)
                if (p.Patron3 == b && p.FromYear <= year) { backed = true; break; }
            if (!backed) return false;
        }
        return true;
    }

    private Actor Nearby(ActorMention m, List<ActorMention> named, List<ActorMention> identifying, string? main, ActorKind kind)
    {
        // "Islamic State fighters clashed with rebels": bare rebels after "with" or "against" are the other side, not
        // the group named earlier in the sentence. A name further on in the sentence is another side too ("clashes with
        // rebels, Islamic State fighters took ..."), unless it stands right by the noun ("rebels of the Front").
        var sentence = doc.SentenceOf(m.Range.First);
        var opponent = m.Range.First > sentence.FirstToken && doc.Tokens[m.Range.First - 1].Lower is "with" or "against";
        var before = identifying.Where(n => n.Range.End <= m.Range.First && Fits(m, n.Actor!.Kind)
                                            && (n.Kind != ActorMentionKind.Named || n.Actor.Backers.Count == 0)
                                            && (!opponent || n.Range.First < sentence.FirstToken)).MaxBy(n => n.Range.End);
        var after = named.FirstOrDefault(n => n.Range.First >= m.Range.End && Fits(m, n.Actor!.Kind) && n.Actor.Backers.Count == 0
                                              && (n.Range.First >= sentence.EndToken || RightBy(m, n)));
        return (before ?? after)?.Actor ?? FrontSide(m, main) ?? GenericNamed(kind, main, m);
    }

    /// <summary>"The Israeli military said ... The military said it had killed dozens": "the military" (or "the army",
    /// "the police") with no country of its own is the state force of that kind last named with one, or as the
    /// government's ("Government troops ... the army began withdrawing").</summary>
    /// <remarks>"the army" said again is the army it was before, whatever force of another state was named since ("Heavy
    /// fighting broke out between the army and the RSF ... Egyptian soldiers ... The army said").</remarks>
    private string? CountryOfTheForceMeant(ActorMention m, ActorKind kind)
    {
        if (m.Range.First == 0 || doc.Tokens[m.Range.First - 1].Lower != "the") return null;
        string? country = null, sameWord = null;
        var head = doc.Tokens[m.Range.End - 1].Lower;
        foreach (var n in _mentions)
        {
            if (n.Range.End > m.Range.First || n.Actor is not { Country3: not null } a || a.Kind != kind) continue;
            if (doc.Tokens[n.Range.End - 1].Lower == head) sameWord = a.Country3;
            if (n.DemonymCountry is not null || n.Kind is ActorMentionKind.Named or ActorMentionKind.StateForce || OfTheGovernment(n))
                country = a.Country3;
        }
        return sameWord ?? country;
    }

    /// <summary>"The Israeli military said two soldiers were killed in fighting in the northern Gaza Strip": soldiers or police
    /// with no country of their own, in what a state's force or government says, are that state's.</summary>
    private string? TellersOwn(ActorMention m, ActorKind kind)
    {
        // "Ukraine's air force said Russia launched 45 drones ... and that air defences shot down 32": the defences that meet
        // another side's weapons are the teller's, whoever else the sentence names.
        var defends = kb.Actors.ForceNounsByWord.TryGetValue(doc.TextOf(m.Range.First, m.Range.End).ToLowerInvariant(), out var whole) && whole.Defends;
        // (Only the force's people named by a word alone, "soldiers", "policemen": not "government forces" the teller fights.)
        if (!defends && (kind == ActorKind.Government || !kb.Actors.ForceNounsByWord.TryGetValue(doc.Tokens[m.Range.End - 1].Lower, out var noun)
                         || !noun.NamesStateAlone || OfTheGovernment(m))) return null;
        var sentence = doc.SentenceOf(m.Range.First);
        string? teller = null;
        foreach (var n in _mentions)
        {
            if (n.Range.First < sentence.FirstToken) continue;
            if (n.Range.End >= m.Range.First) break;
            if (n.Actor is not { Country3: { } country } told || !ActorKinds.IsState(told.Kind)) continue;
            // (Another state's side named between: "The army said Israeli soldiers shot at police" leaves the police to the
            // sentence; the teller's own, "its forces", does not.)
            if (teller is not null && country != teller && !defends) return null;
            if (teller is null && n.Range.End < doc.Tokens.Count && SayingVerbs.Contains(doc.Tokens[n.Range.End])) teller = country;
        }
        return teller;
    }

    /// <summary>"Government troops", "government forces": the state's own, named as such.</summary>
    private bool OfTheGovernment(ActorMention n) => doc.Tokens[n.Range.First].Lower is "government" or "regime";

    /// <summary>"regime forces captured Tahtaya in Idleb": unnamed state forces are those of the country where their sentence
    /// is, before the article's (which a long list of villages read in other countries can mislead).</summary>
    private string? SentenceCountry(ActorMention m, IReadOnlyList<PlaceMention> places)
    {
        var sentence = doc.SentenceOf(m.Range.First);
        var inSentence = new List<PlaceMention>();
        // ("Police arrested the driver, a doctor from Saudi Arabia": where someone comes from is not where the police serve;
        // "DAKAR - ... attacked military posts in western Mali": nor is where the report was filed; nor "protests inspired by
        // the uprisings in Tunisia", nor where someone is to be sent: "wanted for extradition to the United States", nor where
        // someone was trained: "a plan by people trained in Russia"; nor a country that owns another body: "Russia's foreign
        // ministry said the police were suppressing protest"; nor the far side of a border: "soldiers on a river near the
        // border with Venezuela"; nor a capital that stands for its government: "tensions over Caracas's claim"; nor where
        // a force crossed into: "137 soldiers had crossed into Uganda".)
        foreach (var p in places)
            if (p.Range.First >= sentence.FirstToken && p.Range.First < sentence.EndToken && (p.Range.First == 0 || doc.Tokens[p.Range.First - 1].Lower is not ("from" or "into"))
                && !doc.InDateline(p.Range.First) && !kb.Cues.LikenedBefore(doc.Tokens, p.Range.First)
                && !kb.Cues.ToAfter(doc.Tokens, p.Range.First, kb.Cues.ConveyingVerbs) && !kb.Cues.BasedIn(doc.Tokens, p.Range.First)
                && !OwnerOfAnother(p, m) && !NamesAnotherState(kb.Cues, doc.Tokens, p) && !OneOfAPair(p))
                inSentence.Add(p);
        return MainCountry([], inSentence, kb.Gazetteer);
    }

    /// <summary>Whether the place is one of a hyphened pair of names ("the Thai-Myanmar Friendship Bridge", "the India-Pakistan
    /// border"), which says neither side's.</summary>
    private bool OneOfAPair(PlaceMention p)
    {
        var t = doc.Tokens;
        return (p.Range.First >= 2 && t[p.Range.First - 1].Text == "-" && t[p.Range.First - 2].IsCapitalized)
               || (p.Range.End + 1 < t.Count && t[p.Range.End].Text == "-" && t[p.Range.End + 1].IsCapitalized);
    }

    /// <summary>Whether the place owns something other than the mention ("Russia's foreign ministry", not "Nigeria's
    /// police").</summary>
    private bool OwnerOfAnother(PlaceMention p, ActorMention m) =>
        doc.IsPossessiveMark(p.Range.End) && m.Range.First > p.Range.End + 2;

    /// <summary>"the separatists" in a report from the Donbas before 2022, "the paramilitaries" in Sudan since 2023: where
    /// the article's country is split by a front between two known sides, an unnamed group of one side's kind is that side.</summary>
    private Actor? FrontSide(ActorMention m, string? country3)
    {
        if (country3 is null || kb.Fronts.At(country3, null, doc.Article.Published) is not { } front) return null;
        var sides = new[] { front.Side1, front.Side2 }.Select(key => kb.Actors.Resolve(key, doc.Article.Published))
            .OfType<Actor>().Where(a => Fits(m, a.Kind)).ToList();
        return sides.Count == 1 ? sides[0] : null;
    }

    /// <summary>"rebels of the Front", "rebels (the Front)": a name joined to the noun by nothing more than "of", "from" or a bracket.</summary>
    private bool RightBy(ActorMention noun, ActorMention name)
    {
        for (var k = noun.Range.End; k < name.Range.First; k++)
            if (doc.Tokens[k].Lower is not ("of" or "from" or "the" or "(")) return false;
        return name.Range.First - noun.Range.End <= 2;
    }

    private Actor ResolveEthnic(ActorMention m, List<ActorMention> named, HashSet<string> countries)
    {
        var inArticle = named.Select(n => n.Actor!).Where(a => a.Ethnicity == m.Ethnicity).DistinctBy(a => a.Key).ToList();
        if (inArticle.Count >= 1) return inArticle[0];
        var known = kb.Actors.NamedActors.Where(a => a.Ethnicity == m.Ethnicity && a.Country3 is not null && countries.Contains(a.Country3)).ToList();
        if (known.Count == 1) return kb.Actors.ToActor(known[0], doc.Article.Published);
        // ("Fulani herders", "Borana and Gabra herders": a people's militia the catalogue does not name.)
        if (m.GenericKind == ActorKind.IdentityMilitia && m.Ethnicity is { } people) return kb.Actors.EthnicMilitia(people, countries.FirstOrDefault());
        return GenericNamed(m.GenericKind ?? ActorKind.IdentityMilitia, countries.FirstOrDefault(), m);
    }

    /// <summary>An unnamed group keeps the article's words as its name ("Turkish-backed rebels").</summary>
    private Actor GenericNamed(ActorKind kind, string? country, ActorMention m)
    {
        var generic = kb.Actors.Generic(kind, country, null, m.Backers);
        var start = m.Range.First;
        // ("Iran-backed militias", not the dateline's dash in "(Reuters) - Filipino gunmen".)
        while (start > 0 && doc.Tokens[start - 1].Text == "-" && doc.Tokens[start - 1].End == doc.Tokens[start].Start
               || start > 1 && start > 0 && kb.Cues.BackedSuffixes.Contains(doc.Tokens[start - 1])) start--;
        var surface = doc.TextOf(Math.Max(0, start - (start < m.Range.First ? 1 : 0)), m.Range.End);
        var words = surface.Split(' ');
        if (words.Length > 0 && kb.Cues.Determiners.Contains(words[0].ToLowerInvariant())) surface = string.Join(' ', words[1..]);
        var name = surface.Length > 0 && m.Kind != ActorMentionKind.Ethnic && (m.DemonymCountry is not null || m.Backers.Count > 0) ? surface : generic.Name;
        if (m.Kind == ActorMentionKind.Ethnic) name = m.Surface;
        // "Iraqi militias" and "Iranian-backed Iraqi militias" are one actor; unnamed groups without a country
        // are told apart by their patrons ("Turkish-backed rebels") or ethnicity.
        var key = m.DemonymCountry is not null ? $"{generic.Key}:{m.DemonymCountry}" : $"{generic.Key}:{string.Join('+', m.Backers.OrderBy(b => b))}:{m.Ethnicity}";
        return generic with { Key = key, Name = char.ToUpperInvariant(name[0]) + name[1..], Ethnicity = m.Ethnicity };
    }

    private static bool Fits(ActorMention m, ActorKind actual) =>
        m.AnyArmed ? ActorKinds.IsNonStateArmed(actual) : Compatible(m.GenericKind ?? ActorKind.Unidentified, actual);

    /// <summary>Whether a generic noun can refer to an actor of a kind: "rebels" to rebel groups, "militias" to
    /// militias, "fighters" to any non-state armed group; "gunmen" stay unidentified (ACLED's practice).</summary>
    public static bool Compatible(ActorKind noun, ActorKind actual) => noun switch
    {
        ActorKind.Rebel => actual is ActorKind.Rebel,
        ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia => actual is ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia,
        ActorKind.Unidentified => false,
        _ => noun == actual,
    };

    /// <summary>A patron stated once for an actor holds for every mention of it in the article.</summary>
    private static void SpreadBackers(IReadOnlyList<ActorMention> mentions)
    {
        var all = mentions.Concat(mentions.SelectMany(m => m.Partners)).Where(m => m.Actor is not null).ToList();
        var byKey = all.GroupBy(m => m.Actor!.Key)
            .ToDictionary(g => g.Key, g => g.SelectMany(m => m.Backers).Concat(g.First().Actor!.Backers).Distinct().ToList());
        foreach (var m in all)
        {
            var backers = byKey[m.Actor!.Key];
            if (!backers.SequenceEqual(m.Actor.Backers)) m.Actor = WithBackers(m.Actor, backers);
        }
    }

    /// <summary>The actor with these patrons, its own country not among them (a method of its own: a lambda over the
    /// loop's mention would be made on every pass).</summary>
    private static Actor WithBackers(Actor actor, List<string> backers) =>
        actor with { Backers = backers.Where(b => b != actor.Country3).ToList() };
}
