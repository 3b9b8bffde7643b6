using System.Globalization;
using System.Text.Json;
using Frontline.Core.Text;
using Frontline.Core.Annotators;
using Frontline.Core.Model;

namespace Frontline.Core.Knowledge;

/// <summary>Closed word lists from data/lexicon/cues.json, compiled to phrase matchers.</summary>
public sealed class Cues
{
    public Cues(string directory)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "cues.json")));
        var root = doc.RootElement;
        SourcesBefore = Matcher(root, "source_cues_before");
        SourcesAfter = Matcher(root, "source_cues_after");
        AnonymousSources = Matcher(root, "anonymous_sources");
        foreach (var m in root.GetProperty("modality").EnumerateObject())
        {
            var modality = Enum.Parse<Modality>(m.Name, ignoreCase: true);
            foreach (var phrase in m.Value.EnumerateArray()) Modality.Add(phrase.GetString()!, modality);
        }
        var backing = root.GetProperty("backing");
        BackedSuffixes = Words(backing, "backed_suffixes");
        AffiliationSuffixes = Words(root, "affiliation_suffixes");
        BaseWords = Words(root, "base_words");
        GroupPartNouns = Words(root, "group_part_nouns");
        AidNouns = Words(root, "aid_nouns");
        FiringVerbs = Words(root, "firing_verbs");
        GunfirePhrases = Matcher(root, "gunfire_phrases");
        ArmamentPhrases = Matcher(root, "armament_phrases");
        FoilingVerbs = Words(root, "foiling_verbs");
        HerdingNouns = Words(root, "herding_nouns");
        VehicleNouns = Words(root, "vehicle_nouns");
        HeldSites = Words(root, "held_sites");
        WarMateriel = Words(root, "war_materiel");
        RelationNouns = Words(root, "relation_nouns");
        AddressedVerbs = Words(root, "addressed_verbs");
        BackedBy = Matcher(backing, "backed_by_verbs");
        SupporterNouns = Matcher(backing, "supporter_nouns");
        SupportNouns = Matcher(backing, "support_nouns");
        ProxyNouns = Matcher(backing, "proxy_nouns");
        LedBy = Matcher(backing, "led_by");
        LocativeWords = Words(root, "locative_prepositions");
        ForeignPosts = Words(root, "foreign_posts");
        NameParticles = Words(root, "name_particles");
        MediaWords = Words(root, "media_words");
        ClubWords = Words(root, "club_words");
        CommunityNouns = Words(root, "community_nouns");
        RunningTotalWords = Words(root, "running_total_words");
        var placeNouns = root.GetProperty("place_nouns");
        Admin1Nouns = Words(placeNouns, "admin1");
        PlaceNouns = Words(placeNouns, "place");
        Admin2Nouns = Words(placeNouns, "admin2");
        Admin2Phrases = Matcher(placeNouns, "admin2_phrases");
        SubPlaceNouns = Words(placeNouns, "sub_place");
        FeatureNouns = Words(placeNouns, "feature");
        HelperVerbs = Words(root, "helper_verbs");
        Roles = new RoleCues(root.GetProperty("roles"));
        Hedges = Words(root, "hedges");
        CrowdNouns = Words(root, "crowd_nouns");
        ProtestScene = Matcher(root, "protest_scene");
        CurrencyNouns = Words(root, "currency_nouns");
        TransferCues = Words(root, "transfer_cues");
        WithdrawalCues = Matcher(root, "withdrawal_cues");
        UnopposedCues = Matcher(root, "unopposed_cues");
        ProtestIntervention = Matcher(root, "protest_intervention");
        CrowdControlMeans = Matcher(root, "crowd_control_means");
        PrivateVenues = Matcher(root, "private_venues");
        SeriousForce = Matcher(root, "serious_force");
        InjuryWords = Words(root, "injury_words");
        Directions = Words(root, "directions");
        CompassBearings = Numbers(root, "compass_bearings");
        DistanceUnits = Numbers(root, "distance_units");
        DistanceGapWords = Words(root, "distance_gap_words");
        CarryingVerbs = Words(root, "carrying_verbs");
        AreaModifiers = Words(root, "area_modifiers");
        AnaphoricPlaces = Matcher(root, "anaphoric_places");
        SetApartOpeners = Matcher(root, "set_apart_openers");
        ClauseBreaks = Words(root, "clause_breaks");
        Determiners = Words(root, "determiners");
        DoneInfinitive = Matcher(root, "done_infinitive");
        AttemptInfinitive = Matcher(root, "attempt_infinitive");
        WoundNounsBefore = Words(root, "wound_nouns_before");
        NotSuperlatives = Words(root, "not_superlatives");
        CompoundHeads = Words(root, "compound_heads");
        HabitPhrases = Matcher(root, "habit_phrases");
        BanVerbs = Words(root, "ban_verbs");
        UnlinkedModifiers = Words(root, "unlinked_modifiers");
        ClaimCues = Words(root, "claim_cues");
        BlameVerbs = Words(root, "blame_verbs");
        SourceNouns = Words(root, "source_nouns");
        PersonNouns = Words(root, "person_nouns");
        TellingWords = Words(root, "telling_words");
        TellingVerbs = Words(root, "telling_verbs");
        RiverNouns = Words(root, "river_nouns");
        WidespreadScope = Matcher(root, "widespread_scope");
        NoneKilled = Matcher(root, "none_killed");
        CountryCombiningForms = root.GetProperty("country_combining_forms").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
        KinNouns = Words(root, "kin_nouns");
        DiffuseViolence = Words(root, "diffuse_violence");
        ConflictNouns = Words(root, "conflict_nouns");
        BorderNouns = Words(root, "border_nouns");
        NameHeads = Words(root, "name_heads");
        OrganisationHeads = Words(root, "organisation_heads");
        StreetHeads = Words(root, "street_heads");
        GuardingVerbs = Words(root, "guarding_verbs");
        JudgingVerbs = Words(root, "judging_verbs");
        ReactionVerbs = Words(root, "reaction_verbs");
        BurnedSymbols = Words(root, "burned_symbols");
        AffiliationWords = Words(root, "affiliation_words");
        PerformingVerbs = Words(root, "performing_verbs");
        NamingVerbs = Words(root, "naming_verbs");
        StanceVerbs = Words(root, "stance_verbs");
        StateStances = Words(root, "state_stances");
        SettlementNouns = Words(root, "settlement_nouns");
        BuildingNouns = Words(root, "building_nouns");
        CivilianSites = Words(root, "civilian_sites");
        SettlementModifiers = Words(root, "settlement_modifiers");
        BeganWords = Words(root, "began_words");
        HaltingVerbs = Matcher(root, "halting_verbs");
        HaltingNouns = Matcher(root, "halting_nouns");
        CustodyVerbs = Words(root, "custody_verbs");
        FlightWords = Words(root, "flight_words");
        ArmedGroupNouns = Words(root, "armed_group_nouns");
        SceneOfTheAct = Matcher(root, "scene_of_the_act");
        TransferVerbs = Words(root, "transfer_verbs");
        MovementVerbs = Words(root, "movement_verbs");
        JourneyVerbs = Words(root, "journey_verbs");
        OriginVerbs = Words(root, "origin_verbs");
        KeepingParticiples = Words(root, "keeping_participles");
        BelongingVerbs = Words(root, "belonging_verbs");
        DeliveryParticiples = Words(root, "delivery_participles");
        SequenceVerbs = Words(root, "sequence_verbs");
        HoldingVerbs = Words(root, "holding_verbs");
        StrikingVerbs = Words(root, "striking_verbs");
        Countrywide = Matcher(root, "countrywide");
        AnaphoricModifiers = Words(root, "anaphoric_modifiers");
        HearingVerbs = Words(root, "hearing_verbs");
        VagueCountNouns = Words(root, "vague_count_nouns");
        ForceSites = Words(root, "force_sites");
        PlaceTitles = Words(root, "place_titles");
        Firearms = Words(root, "firearms");
        ArmsNouns = Words(root, "arms_nouns");
        ToleranceVerbs = Words(root, "tolerance_verbs");
        RouteNouns = Words(root, "route_nouns");
        ServiceNouns = Words(root, "service_nouns");
        SeatNouns = Words(root, "seat_nouns");
        ConveyingVerbs = Words(root, "conveying_verbs");
        PartNouns = Words(root, "part_nouns");
        WeaponPlatforms = Words(root, "weapon_platforms");
        TimeUnits = Words(root, "time_units");
        WeaponNouns = Words(root, "weapon_nouns");
        TrendVerbs = Words(root, "trend_verbs");
        KillWords = Matcher(root, "kill_words");
        NotDeathWords = Words(root, "not_death_words");
        MeasureWords = Words(root, "measure_words");
        LinkWords = Words(root, "link_words");
        AlsoWords = Words(root, "also_words");
        MiningWords = Words(root, "mining_words");
        FindingVerbs = Words(root, "finding_verbs");
        GovernmentSiteNouns = Words(root, "government_site_nouns");
        GroupSizeNouns = Words(root, "group_size_nouns");
        NaturalCauses = Matcher(root, "natural_causes");
        ArmedTargets = Words(root, "armed_targets");
        Diseases = Words(root, "diseases");
        ProtestViolence = Matcher(root, "protest_violence");
        NonviolentInstruments = Words(root, "nonviolent_instruments");
        var registers = root.GetProperty("other_registers");
        foreach (var register in registers.EnumerateObject().Where(r => r.Name != "about"))
            foreach (var phrase in Lexicon.Strings(registers, register.Name)) OtherRegisters.Add(phrase, true);
        DiplomaticProtest = Matcher(root, "diplomatic_protest");
        Celebrations = Matcher(root, "celebrations");
        ProtesterNouns = Words(root, "protester_nouns");
        LegalProceedings = Matcher(root, "legal_proceedings");
        ChargePhrases = Matcher(root, "charge_phrases");
        NarrativeFrames = Matcher(root, "narrative_frames");
        Motives = Matcher(root, "motives");
        PropertyNouns = Words(root, "property_nouns");
        CriminalNouns = Words(root, "criminal_nouns");
        ConflictSettlements = Matcher(root, "conflict_settlements");
        NonviolentRoles = Words(root, "nonviolent_roles");
        SubsetWords = Matcher(root, "subset_words");
        ComparisonPhrases = Matcher(root, "comparison_phrases");
        DemandWords = Words(root, "demand_words");
        NumberWords = DataFiles.ReadTable(Path.Combine(directory, "number-words.tsv"))
            .ToDictionary(r => r["word"], r => int.Parse(r["value"], System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (word, value) in NumberWords) NumberPhrases.Add(word, value);
    }

    /// <summary>A closed word list as a set.</summary>
    internal static WordSet Words(JsonElement parent, string name) => new(Lexicon.Strings(parent, name));

    private static Dictionary<string, double> Numbers(JsonElement parent, string name) =>
        parent.GetProperty(name).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);

    /// <summary>A compass word's bearing in degrees clockwise from north ("west": 270).</summary>
    public IReadOnlyDictionary<string, double> CompassBearings { get; }

    /// <summary>A distance unit's length in kilometres ("miles": 1.609).</summary>
    public IReadOnlyDictionary<string, double> DistanceUnits { get; }

    /// <summary>The distance in kilometres a count and the unit at token <paramref name="unit"/> tell ("125 km", "30 miles"),
    /// if the token is a unit and the one before it a count.</summary>
    public double? DistanceKm(IReadOnlyList<Token> tokens, int unit) =>
        unit >= 1 && DistanceUnits.TryGetValue(tokens[unit].Lower, out var km) && Count(tokens[unit - 1].Text) is { } count ? count * km : null;

    /// <summary>A count written in digits ("125", "1,200", "2.5").</summary>
    public static double? Count(string text) =>
        double.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Words that may stand between a town and its distance from another ("Walikale, a town about 125 km west of
    /// Goma", "which lies some 40 km north of").</summary>
    public WordSet DistanceGapWords { get; }

    /// <summary>Verbs of carrying people or things ("the plane carrying his body from India"): a place after "from" is where
    /// what they carry came from.</summary>
    public WordSet CarryingVerbs { get; }

    public PhraseMatcher<bool> SourcesBefore { get; }
    public PhraseMatcher<bool> SourcesAfter { get; }

    /// <summary>Whether token <paramref name="k"/> opens a clause on the name before it: a saying verb ("..., Russia said")
    /// or an owner's mark ("Ukraine's military").</summary>
    public bool OpensAClauseAt(IReadOnlyList<Token> tokens, int k) =>
        k < tokens.Count && (tokens[k].Lower == "'s" || SourcesAfter.LongestAt(tokens, k, k + 1).Length == 1);
    public PhraseMatcher<bool> AnonymousSources { get; }
    public PhraseMatcher<Modality> Modality { get; } = new();
    public WordSet BackedSuffixes { get; }

    /// <summary>"Islah-affiliated", "ISIS-linked": what follows a hyphen to make a name someone's allegiance, which names no
    /// place of the story ("Sydney-based" still names Sydney).</summary>
    public WordSet AffiliationSuffixes { get; }

    /// <summary>"based in Paris", "a Britain-based monitor", "people trained in Russia": where someone keeps its base or was
    /// formed, which is no scene of the story.</summary>
    public WordSet BaseWords { get; }

    /// <summary>Whether the name over <paramref name="name"/> is a neighbour whose border a report names from the other side:
    /// "near Mali border" in a report from Niger.</summary>
    public bool BorderOf(IReadOnlyList<Token> tokens, TokenRange name) => name.End < tokens.Count && BorderNouns.Contains(tokens[name.End]);

    /// <summary>Whether the name starting at token <paramref name="k"/> is the far side of a border: "near the border with
    /// Venezuela", "the border post with Rwanda", "two regions bordering Ukraine", "a province that borders Iran".</summary>
    public bool BorderWith(IReadOnlyList<Token> tokens, int k) =>
        (k > 1 && tokens[k - 1].Lower == "with" && (BorderNouns.Contains(tokens[k - 2]) || (k > 2 && BorderNouns.Contains(tokens[k - 3]))))
        || (k > 1 && tokens[k - 1].Lower is "bordering" or "borders" && tokens[k - 2].Kind == TokenKind.Word && !tokens[k - 2].IsCapitalized
            && tokens[k - 2].Lower is not ("its" or "their" or "the" or "his" or "her"));

    /// <summary>Whether the name over <paramref name="name"/> stands for a government, not a place: it owns a state's
    /// stance ("Caracas's claim", "Moscow's allies"), or it is where a government sits ("opposed to the government in
    /// Asmara").</summary>
    public bool StandsForItsGovernment(IReadOnlyList<Token> tokens, TokenRange name) =>
        (name.End + 1 < tokens.Count && tokens[name.End].Lower == "'s" && StateStances.Contains(tokens[name.End + 1]))
        || (name.First > 1 && tokens[name.First - 1].Lower == "in" && tokens[name.First - 2].Lower is "government" or "regime" or "authorities" or "leadership" or "rulers");

    /// <summary>Whether "in" before the place starting at token <paramref name="k"/> (past "the" and directions) follows a
    /// base word: "based in eastern Congo", "trained in Russia".</summary>
    public bool BasedIn(IReadOnlyList<Token> tokens, int k) => WordBeforeIn(tokens, k) is int j && BaseWords.Contains(tokens[j]);

    /// <summary>The word before "in" that opens the place starting at token <paramref name="k"/> (past "the" and
    /// directions: "based in eastern Congo", "an affiliate of Islamic State in Saudi Arabia"), if "in" opens it.</summary>
    public int? WordBeforeIn(IReadOnlyList<Token> tokens, int k)
    {
        var j = k - 1;
        while (j > 0 && (Directions.Contains(tokens[j]) || tokens[j].Lower == "the")) j--;
        return j > 0 && tokens[j].Lower == "in" ? j - 1 : null;
    }

    /// <summary>Words for a part of a group that a place names the ground of ("an affiliate of Islamic State in Saudi
    /// Arabia", "the group's branch in Yemen"): the place says where the part is, not where anything happened.</summary>
    public WordSet GroupPartNouns { get; }

    /// <summary>Words for help given or sought: "help in fighting the insurgents" names a purpose, not an act.</summary>
    public WordSet AidNouns { get; }

    /// <summary>Past forms of verbs of firing after which "from" names where the fire came from ("shells fired from").</summary>
    public WordSet FiringVerbs { get; }

    /// <summary>Phrases of shooting ("fired on", "opened fire", "shot at"): people who do it bear arms ("set fire" is no
    /// shooting).</summary>
    public PhraseMatcher<bool> GunfirePhrases { get; }

    /// <summary>Phrases that tell what arms people bear ("armed with rifles and homemade explosives"): the weapons listed
    /// after them are carried, not used in an act of their own.</summary>
    public PhraseMatcher<bool> ArmamentPhrases { get; }

    /// <summary>Verbs of meeting another side's move ("foiled", "repulsed", "challenged"): "militants were killed when troops
    /// foiled an infiltration bid" names who killed them.</summary>
    public WordSet FoilingVerbs { get; }

    /// <summary>Herders and raiders of livestock: named with a people ("Fulani herders", "Borana and Gabra herders"), they
    /// are that people's militia in violence, as ACLED codes them.</summary>
    public WordSet HerdingNouns { get; }

    /// <summary>Vehicles and craft: what is stopped or boarded, not a weapon ("intercepted a truck").</summary>
    public WordSet VehicleNouns { get; }

    /// <summary>"took control of the mayor's office", "seized the main prison": sites a side takes and holds, which make a
    /// verb of taking a capture as a place's name does.</summary>
    public WordSet HeldSites { get; }

    /// <summary>"destroyed 54 armoured vehicles", "destroyed a tank": what one armed side destroys of the other's in a fight.</summary>
    public WordSet WarMateriel { get; }

    /// <summary>"contacts with Damascus", "talks with Kabul": a capital after these and "with" is its government.</summary>
    public WordSet RelationNouns { get; }

    /// <summary>"accused Kyiv of", "urged Moscow to": a capital these address before "of", "for" or "to" is its government.</summary>
    public WordSet AddressedVerbs { get; }
    public PhraseMatcher<bool> BackedBy { get; }
    public PhraseMatcher<bool> SupporterNouns { get; }
    public PhraseMatcher<bool> SupportNouns { get; }
    public PhraseMatcher<bool> ProxyNouns { get; }
    public PhraseMatcher<bool> LedBy { get; }
    public WordSet LocativeWords { get; }

    /// <summary>Words that tell of ground passing to another side ("handed control", "took over", "entered"): a
    /// withdrawal told with one transfers territory; one told alone is a change in the force's activity.</summary>
    public WordSet TransferCues { get; }

    /// <summary>Words that tell a side left ground ("following the withdrawal of", "pulled out of", "vacated").</summary>
    public PhraseMatcher<bool> WithdrawalCues { get; }

    /// <summary>Words that tell ground was taken with no fight ("without resistance", "unopposed").</summary>
    public PhraseMatcher<bool> UnopposedCues { get; }

    /// <summary>Currencies: a country's name before one ("the US dollar", "Lebanese pound") names money, not a place.</summary>
    public WordSet CurrencyNouns { get; }

    /// <summary>Words that put a clause at a protest ("a peaceful protest", "demonstrators", "a sit-in").</summary>
    public PhraseMatcher<bool> ProtestScene { get; }

    /// <summary>Generic words of natural features and units that end or open a name ("Waiheke Island", "Lake Erie",
    /// "Clark County"): never a place of their own inside such a name.</summary>
    public WordSet FeatureNouns { get; }

    /// <summary>Verbs of "supported by X", "accompanied by X": X helps the actor named before it.</summary>
    public WordSet HelperVerbs { get; }

    /// <summary>Words that tell roles apart: observers, fronts, targets, repelled attacks.</summary>
    public RoleCues Roles { get; }

    /// <summary>Words that hedge who did it ("by presumed LNA forces") without changing who.</summary>
    public WordSet Hedges { get; }
    public WordSet Admin1Nouns { get; }
    public WordSet PlaceNouns { get; }
    public WordSet Admin2Nouns { get; }

    /// <summary>Several words that name a district's kind: "local government area" (Nigeria's), "local council".</summary>
    public PhraseMatcher<bool> Admin2Phrases { get; }

    /// <summary>A word for a place or an administrative unit ("town", "province", "district").</summary>
    public bool IsUnitNoun(Token word) => PlaceNouns.Contains(word) || Admin1Nouns.Contains(word) || Admin2Nouns.Contains(word);

    /// <summary>Words that make a name a part of a town ("Porto Meira neighborhood", "Hospital San Roque").</summary>
    public WordSet SubPlaceNouns { get; }

    /// <summary>Unorganised crowds ("villagers", "a mob", "two groups"): their violence is a riot, not a battle.</summary>
    public WordSet CrowdNouns { get; }

    /// <summary>What the police do to a protest they stop: "dispersed", "tear gas", "arrested".</summary>
    public PhraseMatcher<bool> ProtestIntervention { get; }

    /// <summary>The means of breaking up a crowd, not of killing: "tear gas", "rubber bullets", "water cannon".</summary>
    public PhraseMatcher<bool> CrowdControlMeans { get; }

    /// <summary>"at the home of", "at his house": where people gather to meet, not to demonstrate.</summary>
    public PhraseMatcher<bool> PrivateVenues { get; }

    /// <summary>Force that kills or seriously hurts ("opened fire", "live ammunition", "beaten with batons", "injured"):
    /// used on protesters it is excessive force (ACLED), not an intervention.</summary>
    public PhraseMatcher<bool> SeriousForce { get; }

    /// <summary>Words that say a count was wounded ("7 were injured", "wounding 5").</summary>
    public WordSet InjuryWords { get; }
    public WordSet Directions { get; }

    /// <summary>Words that say which part of a place is meant without a compass ("in rural Kandahar", "downtown Kabul").</summary>
    public WordSet AreaModifiers { get; }
    public PhraseMatcher<bool> AnaphoricPlaces { get; }

    /// <summary>"In a separate incident", "In another attack": a sentence's opening words that tell another act than the
    /// one before.</summary>
    public PhraseMatcher<bool> SetApartOpeners { get; }
    public WordSet ClauseBreaks { get; }

    /// <summary>A country's posts abroad ("the U.S. Embassy in Tunis"): the country before one owns it, and is not
    /// where anything happened.</summary>
    public WordSet ForeignPosts { get; }

    /// <summary>Lowercase particles inside place and person names ("Mocimboa da Praia", "Ras al Ain", "Bandar bin Sultan").</summary>
    public WordSet NameParticles { get; }

    /// <summary>Words after names of peoples: "the Kusasi and Mamprusi communities" name no places.</summary>
    public WordSet CommunityNouns { get; }

    /// <summary>Words after a sports club's name: "Maccabi Tel Aviv supporters" name a club, not the city.</summary>
    public WordSet ClubWords { get; }

    /// <summary>Words that end a news outlet's name after a place ("the Bangkok Post", "the Kyiv Independent").</summary>
    public WordSet MediaWords { get; }

    /// <summary>Words of a running total ("bringing the death toll to 45"): the count after "to" sums earlier events.</summary>
    public WordSet RunningTotalWords { get; }
    public WordSet Determiners { get; }
    public WordSet PersonNouns { get; }

    /// <summary>Words of how something was said, between the saying and its day: "said in a statement read on state
    /// television on Tuesday", "told reporters", "said by telephone".</summary>
    public WordSet TellingWords { get; }

    /// <summary>"told", "tells": verbs whose object is the one told, an outlet when it is a title ("told The Irrawaddy").</summary>
    public WordSet TellingVerbs { get; }

    /// <summary>"river": the word after a name that makes it a river, no unit named after it.</summary>
    public WordSet RiverNouns { get; }

    /// <summary>Phrases that spread an act over many places: "in several towns", "across the country".</summary>
    public PhraseMatcher<bool> WidespreadScope { get; }

    /// <summary>Words that say an act killed no one: "no casualties", "no one was hurt".</summary>
    public PhraseMatcher<bool> NoneKilled { get; }

    /// <summary>A country's combining form and the country's ISO code: "Indo" of "the Indo-Myanmar border" is India.</summary>
    public IReadOnlyDictionary<string, string> CountryCombiningForms { get; }

    /// <summary>"The fighting", "the shelling": words for violence spread over time and place, which refer back only
    /// within their paragraph ("the assault" or "the attack" may point back at one told paragraphs before).</summary>
    public WordSet DiffuseViolence { get; }

    /// <summary>Words for a conflict as a whole ("the conflict", "the war", "the insurgency"), whose toll to date is
    /// background.</summary>
    public WordSet ConflictNouns { get; }

    /// <summary>A word for a whole war ("the conflict", "the insurgency"), not one that may name the day's own
    /// ("fighting", "violence", "unrest").</summary>
    public bool NamesAWholeWar(Token t) => ConflictNouns.Contains(t) && t.Lower is not ("fighting" or "violence" or "unrest");

    /// <summary>"border", "frontier": after them, "with" names the country on the other side ("the border with Syria").</summary>
    public WordSet BorderNouns { get; }

    /// <summary>"Party", "Front", "Movement": the last word of an organisation's name ("Balochistan National Party").</summary>
    public WordSet OrganisationHeads { get; }

    /// <summary>Words that open a longer place name ("Puerto", "Fort", "Lake"): a country's name after one, capitalized, is
    /// the tail of that name ("Puerto Jordan", "Lake Chad"), not the country.</summary>
    public WordSet NameHeads { get; }

    /// <summary>Words that open the name of a square or street ("Plaza San Martin", "Avenida Paulista"): a town's or
    /// province's name after one names the site, not the place.</summary>
    public WordSet StreetHeads { get; }

    /// <summary>"condemned", "called", "investigating": who judges an act or looks into it ("condemned the attack", "police
    /// are investigating a knife attack") is no side of it.</summary>
    public WordSet JudgingVerbs { get; }

    /// <summary>"condemn", "mourn": what a crowd gathers to do about an act told ("rallied to condemn the bombing").</summary>
    public WordSet ReactionVerbs { get; }

    /// <summary>"effigy", "flags": what a crowd burns as a sign; a peaceful protest's act (ACLED), not violence.</summary>
    public WordSet BurnedSymbols { get; }

    /// <summary>"accused of collaborating with", "suspected", "loyal to": words that tie the people named to a side they are
    /// not ("killed civilians they accused of collaborating with the army" killed no soldiers).</summary>
    public WordSet AffiliationWords { get; }

    /// <summary>"carried out", "launched", "claimed": verbs whose subject did the act their object names ("the group carried out
    /// the attack"); the subject of any other verb ("the government was taking the attack seriously") did not.</summary>
    public WordSet PerformingVerbs { get; }

    /// <summary>"calling", "branded": verbs that give what they took a name ("calling the rampage an Islamist terror attack").</summary>
    public WordSet NamingVerbs { get; }

    /// <summary>Verbs a government named by its capital is said to do in the present, and past forms not in -ed
    /// ("Kabul denies", "Moscow said").</summary>
    public WordSet StanceVerbs { get; }

    /// <summary>What a state holds that its capital's name may stand for ("Caracas's claim", "Moscow's allies"): the
    /// government, not the city. Stances and ties only: "Congo's government" is of Congo, where its sentence is.</summary>
    public WordSet StateStances { get; }

    /// <summary>"village", "town": after a demonym ("a Polish village"), a place somewhere in that country. Singular only:
    /// "several Indonesian cities" are many places, each told on its own.</summary>
    public WordSet SettlementNouns { get; }

    /// <summary>"museum", "hospital": buildings a name before them may name ("the Bardo national museum in Tunis"), unlike
    /// roads and streets, which a town's name before them places ("the Tripoli-Beirut highway in Lebanon").</summary>
    public WordSet BuildingNouns { get; }

    /// <summary>"school", "hospital", "market": places whose people are civilians whoever runs them ("a government girls'
    /// boarding school" names no government as a side).</summary>
    public WordSet CivilianSites { get; }

    /// <summary>"border", "coastal": a word that may stand between the demonym and the settlement ("a Polish border town").</summary>
    public WordSet SettlementModifiers { get; }

    /// <summary>"began", "erupted": after "since the ...", a toll counted from the start of something told.</summary>
    public WordSet BeganWords { get; }

    /// <summary>"suspended peace talks", "pulled out of the deal", "violated the ceasefire": a deal so governed was not
    /// made (CAMEO's reductions of relations, not ACLED's Agreement).</summary>
    public PhraseMatcher<bool> HaltingVerbs { get; }

    /// <summary>"declared an end to a ceasefire", "announced the collapse of the truce": a deal named as ended, between the
    /// verb of the deal and the deal.</summary>
    public PhraseMatcher<bool> HaltingNouns { get; }

    /// <summary>"was placed under house arrest", "remains under arrest": verbs before "under arrest" that tell an arrest or a
    /// custody; after a noun ("a person under house arrest") the words describe someone, and tell no arrest.</summary>
    public WordSet CustodyVerbs { get; }

    /// <summary>"fled to escape fighting": words of flight, whose object was done to those fleeing.</summary>
    public WordSet FlightWords { get; }

    /// <summary>"the two groups", "the cartels": plural nouns that take up the two armed groups a report named.</summary>
    public WordSet ArmedGroupNouns { get; }

    /// <summary>"recovered from the site", "found at the scene": where the act told before happened.</summary>
    public PhraseMatcher<bool> SceneOfTheAct { get; }

    /// <summary>"hand four villages to Azerbaijan", "ceded the region to": the place after "to" receives, it is not the scene.</summary>
    public WordSet TransferVerbs { get; }

    /// <summary>"cross", "arrive", "evacuate": the lemmas of a move from place to place, which civilians make as they flee
    /// (no event), unlike a patrol or a mobilization they form.</summary>
    public WordSet MovementVerbs { get; }

    /// <summary>Verbs of going somewhere ("march", "advance", "reach"): with "to" or "on", they name where a move heads.</summary>
    public WordSet JourneyVerbs { get; }

    /// <summary>"came from", "ministers arriving from Riyadh", "missiles launched from southwestern Iran": verbs whose "from"
    /// names where people or fire set out, not a scene.</summary>
    public WordSet OriginVerbs { get; }

    /// <summary>Participles of keeping or using a thing ("a base used by U.S. troops", "a school run by the UN"): the
    /// agent after "by" keeps the thing; it did not do the act.</summary>
    public WordSet KeepingParticiples { get; }

    /// <summary>"belong to", "belonging to": who owns the thing named before them.</summary>
    public WordSet BelongingVerbs { get; }

    /// <summary>Verbs of keeping ground: "remained in control", "still controls".</summary>
    public WordSet HoldingVerbs { get; }

    /// <summary>Verbs that place an act told before in time, and tell nothing of it: "The clashes follow months of tension".</summary>
    public WordSet SequenceVerbs { get; }

    /// <summary>Participles a weapon's platform joins by a hyphen to tell it delivered the weapon: "drone-dropped".</summary>
    public WordSet DeliveryParticiples { get; }

    /// <summary>Verbs that say a target was struck but not with what ("struck", "hit", "targeted"): told by the author of a
    /// remote strike, they tell that strike again.</summary>
    public WordSet StrikingVerbs { get; }

    /// <summary>Phrases that spread an act over a whole country ("across the country", "nationwide").</summary>
    public PhraseMatcher<bool> Countrywide { get; }

    /// <summary>Words between "the" and an event's word that still point back at an act told ("the coordinated attacks",
    /// "the deadly blast").</summary>
    public WordSet AnaphoricModifiers { get; }

    /// <summary>Verbs of hearing or seeing ("heard heavy gunfire"): the sound or sight of an act, not the act's own report
    /// ("monitors recorded 20 explosions" is).</summary>
    public WordSet HearingVerbs { get; }

    /// <summary>Whether a verb of hearing or seeing stands in the two words before token <paramref name="k"/> of a sentence
    /// starting at <paramref name="sentenceStart"/> ("heard heavy gunfire").</summary>
    public bool HeardRightBefore(IReadOnlyList<Token> tokens, int sentenceStart, int k) =>
        HearingVerbs.AnyIn(tokens, Math.Max(sentenceStart, k - 2), k);

    /// <summary>Whether "a" or "an" and a word for one person stand right before token <paramref name="k"/> ("a man
    /// killed", "the funeral of a protester shot"): what token <paramref name="k"/> tells is told of that one person.</summary>
    public bool OnePersonRightBefore(IReadOnlyList<Token> tokens, int k) =>
        k >= 2 && tokens[k - 2].Lower is "a" or "an" && PersonNouns.Contains(tokens[k - 1]);

    /// <summary>Whether token <paramref name="k"/> tells that what follows is what a place lies by: "near", "outside", or
    /// "of" after a direction or an edge ("west of", "on the outskirts of", "a suburb of").</summary>
    public bool TellsWhatItLiesBy(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Lower is "near" or "outside"
        || (tokens[k].Lower == "of" && k > 0 && (Directions.Contains(tokens[k - 1]) || tokens[k - 1].Lower is "edge" or "outskirts" or "suburb" or "suburbs"));

    /// <summary>Whether "to" ("toward") and, before it, one of <paramref name="words"/> stand right before the place starting at token
    /// <paramref name="place"/> ("airlifted to", "the highway to", "extradition to the United States"), or before what the
    /// place is ("the main highway to the regional capital Khorog").</summary>
    public bool ToAfter(IReadOnlyList<Token> tokens, int place, WordSet words)
    {
        var to = place - 1;
        if (to >= 1 && tokens[to].Lower == "the") to--;
        // ("a train to the garrison city of Rawalpindi": past what the place is.)
        if (to >= 2 && tokens[to].Lower == "of" && PlaceNouns.Contains(tokens[to - 1])) to--;
        // ("taken to a military hospital in Quetta": past the building in the place.)
        if (to >= 2 && tokens[to].Lower == "in" && BuildingNouns.Contains(tokens[to - 1])) to--;
        if (to >= 1 && (PlaceNouns.Contains(tokens[to]) || (BuildingNouns.Contains(tokens[to]) && tokens[to + 1].Lower == "in")))
            for (var k = to - 1; k >= 1 && k >= to - 4 && !tokens[k].IsCapitalized && tokens[k].Kind == TokenKind.Word; k--)
                if (tokens[k].Lower == "to")
                {
                    to = k;
                    break;
                }
        // ("the soldiers withdrew toward Dikwa": a heading is an end too.)
        return to >= 1 && tokens[to].Lower is "to" or "toward" or "towards" && words.Contains(tokens[to - 1]);
    }

    /// <summary>Whether a comparison ("inspired by", "similar to") opens the words before token <paramref name="k"/>, within
    /// its clause: "protests inspired by the uprisings in Tunisia" tell of another place's story, not of Tunisia.</summary>
    public bool LikenedBefore(IReadOnlyList<Token> tokens, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - LikenedReach; j--)
        {
            if (tokens[j].Text is "," or ";" or ".") return false;
            if (ComparisonPhrases.LongestAt(tokens, j, k).Length > 0) return true;
        }
        return false;
    }

    /// <summary>How many words a comparison may stand before what it governs ("inspired by the popular uprisings in").</summary>
    private const int LikenedReach = 8;

    /// <summary>Plural words that count loosely ("hundreds", "dozens"): "hundreds of Christians", "as hundreds of thousands
    /// protest".</summary>
    public WordSet VagueCountNouns { get; }

    /// <summary>Sites a force's word can name ("an air force base", "the central police station"): the force owns the
    /// place, it is no one acting there.</summary>
    public WordSet ForceSites { get; }

    /// <summary>Words for a person's role that a place can modify ("its exiled Gaza chief", "the group's Kandahar commander"):
    /// the place says what the person leads, not where anything happened.</summary>
    public WordSet PlaceTitles { get; }

    /// <summary>Weapons that make people who carry them an armed group ("men armed with guns"); sticks and stones make a mob.</summary>
    public WordSet Firearms { get; }

    /// <summary>"weapons", "ammunition": words for arms in general, after which a listed weapon is more of the arms named.</summary>
    public WordSet ArmsNouns { get; }

    /// <summary>"would not tolerate attacks on migrants": acts named as what someone will or will not put up with.</summary>
    public WordSet ToleranceVerbs { get; }

    /// <summary>"the highway to Damascus", "on the way to Goma": the town after "to" is where the route leads, not where
    /// something on it happened.</summary>
    public WordSet RouteNouns { get; }

    /// <summary>Services that run to a place ("a train to Rawalpindi"): where they go is not where their passengers are.</summary>
    public WordSet ServiceNouns { get; }

    /// <summary>"parliament", "presidency", "ministry": a country's seat of government, in its capital ("Nepal's parliament").</summary>
    public WordSet SeatNouns { get; }

    /// <summary>"airlifted to Nairobi", "rushed to hospital in Goma": where the hurt were taken, not where they were hurt.</summary>
    public WordSet ConveyingVerbs { get; }

    /// <summary>"members of", "hundreds of", "the rest of": a word before "of" that names the people after it, part or whole
    /// (who then may act), not a thing they own.</summary>
    public WordSet PartNouns { get; }

    /// <summary>"rocket launchers", "tanks": what carries or fires a weapon, which an attack may hit (a munition it hits
    /// with: "hit a mine", "struck with a grenade").</summary>
    public WordSet WeaponPlatforms { get; }

    /// <summary>"protect", "shield": what they guard against, after "from", is no event ("protect the town from attacks").</summary>
    public WordSet GuardingVerbs { get; }

    /// <summary>"hours", "days": before "after" or "before", a span that sets two acts apart.</summary>
    public WordSet TimeUnits { get; }

    /// <summary>Weapons that strike ("drones", "warplanes", "artillery"): "drones of the army" are the army's.</summary>
    public WordSet WeaponNouns { get; }

    /// <summary>Verbs of how violence changes ("stepped up attacks", "intensified shelling"): a trend, not an act.</summary>
    public WordSet TrendVerbs { get; }

    /// <summary>"family", "clan", "tribesmen": a name before them names kin ("the Al Salih and Al Tlais families"), not a
    /// town of that name.</summary>
    public WordSet KinNouns { get; }
    public WordSet SourceNouns { get; }
    public WordSet ClaimCues { get; }

    /// <summary>"police said, blaming al Shabaab": the group blamed for an act no one is told to have done is its author.</summary>
    public WordSet BlameVerbs { get; }
    public WordSet UnlinkedModifiers { get; }
    public PhraseMatcher<bool> DoneInfinitive { get; }

    /// <summary>"tried to", "sought to": an attempt, which for a change of control is no change ("tried to take over the
    /// airport").</summary>
    public PhraseMatcher<bool> AttemptInfinitive { get; }

    /// <summary>Words before "wounds" that make it the noun ("had gunshot wounds", "suffered head wounds"): injuries
    /// described, not an act of wounding.</summary>
    public WordSet WoundNounsBefore { get; }

    /// <summary>Words ending in "-est" that compare nothing ("protest", "unrest", "arrest").</summary>
    public WordSet NotSuperlatives { get; }

    /// <summary>Things an event noun before them only describes ("patrol car", "attack dogs"): a compound, no act.</summary>
    public WordSet CompoundHeads { get; }

    /// <summary>"regularly", "for centuries", "in recent years": how often or how long something goes on, which makes a
    /// clause a pattern, not one act.</summary>
    public PhraseMatcher<bool> HabitPhrases { get; }

    /// <summary>"banned all demonstrations": what is banned did not happen.</summary>
    public WordSet BanVerbs { get; }

    /// <summary>"deadliest", "biggest", "worst": a word that ranks an act against others.</summary>
    public bool IsSuperlative(Token t) =>
        t.Lower == "worst" || (t.Lower.Length > 4 && t.Lower.EndsWith("est", StringComparison.Ordinal) && t.Kind == TokenKind.Word && !NotSuperlatives.Contains(t));
    public PhraseMatcher<bool> KillWords { get; }
    public WordSet NotDeathWords { get; }

    /// <summary>Units that make a number an age, a distance, a time, a calibre or a share ("12-year-old", "155 mm",
    /// "10 km", "30 percent"): never a count of people.</summary>
    public WordSet MeasureWords { get; }

    /// <summary>"linked", "connected", "tied": before "to" or "with", what an act is said to belong with.</summary>
    public WordSet LinkWords { get; }

    /// <summary>"also", "smaller", "similar": words that tell one more act like one told before.</summary>
    public WordSet AlsoWords { get; }

    /// <summary>"gold", "shaft", "tunnel": beside "mine", a mine dug for ore.</summary>
    public WordSet MiningWords { get; }

    /// <summary>"found", "recovered", "exhumed": verbs of finding the dead, whose subject did not kill them.</summary>
    public WordSet FindingVerbs { get; }

    /// <summary>"building", "headquarters", "offices": after "government", a place, not who governs.</summary>
    public WordSet GovernmentSiteNouns { get; }

    /// <summary>"groups", "batches": "in groups of four" counts each part, not how many there were.</summary>
    public WordSet GroupSizeNouns { get; }

    /// <summary>What only armed forces hold: attacking a checkpoint, a convoy or a base is fighting them (ACLED codes a
    /// battle).</summary>
    public WordSet ArmedTargets { get; }

    /// <summary>Harm that is no one's act: disasters and accidents ("an earthquake killed 8", "floods hit the city").</summary>
    public PhraseMatcher<bool> NaturalCauses { get; }

    /// <summary>Diseases: a cause of death ("died of cholera"), but only of deaths; beside an attack they are background
    /// ("attacked while enforcing a coronavirus curfew").</summary>
    public WordSet Diseases { get; }

    /// <summary>What protesters do when a protest is a violent demonstration (ACLED): throwing stones, torching,
    /// storming, clashing ("turned violent" is read apart).</summary>
    public PhraseMatcher<bool> ProtestViolence { get; }

    /// <summary>What attacks, hits or targets only figuratively: sanctions, laws, markets, words ("sanctions targeting
    /// officials", "critics attacked the plan", "stocks hit a record").</summary>
    public WordSet NonviolentInstruments { get; }

    /// <summary>Words of sport, markets, entertainment and space: violent verbs among them are figurative ("captured the
    /// title", "crude hit $82").</summary>
    public PhraseMatcher<bool> OtherRegisters { get; } = new();

    /// <summary>A state's protest is a diplomatic one ("summoned the ambassador to protest"), not a demonstration.</summary>
    public PhraseMatcher<bool> DiplomaticProtest { get; }

    /// <summary>Why a crowd gathers when it does not protest: "to celebrate", "to mark", a parade, a festival, "to be
    /// evacuated", an aid distribution.</summary>
    public PhraseMatcher<bool> Celebrations { get; }

    /// <summary>A court's words: violence told after them is the crime judged ("found guilty of murdering").</summary>
    public PhraseMatcher<bool> LegalProceedings { get; }

    /// <summary>"accused of statutory rape", "charged with murder": a crime named as a charge right after these is no event
    /// told ("a man accused of theft was beaten" still tells the beating).</summary>
    public PhraseMatcher<bool> ChargePhrases { get; }

    /// <summary>Property an attack may destroy without hurting anyone ("attacks on shops", "attacked properties").</summary>
    public WordSet PropertyNouns { get; }

    /// <summary>"ceasefire", "prisoners", "fighting": what makes an agreement one between the sides of a conflict (ACLED
    /// codes those), not a trade or labour deal.</summary>
    public PhraseMatcher<bool> ConflictSettlements { get; }

    /// <summary>"thieves", "hackers": ordinary crime's authors; what they steal or break is no political disorder.</summary>
    public WordSet CriminalNouns { get; }

    /// <summary>Phrases that give an act's motive ("in retaliation for", "in response to"): what follows is no event of the clause.</summary>
    public PhraseMatcher<bool> Motives { get; }

    /// <summary>Words that introduce a story told in a book, a film or a game ("recounts how", "the film follows").</summary>
    public PhraseMatcher<bool> NarrativeFrames { get; }

    /// <summary>Nouns that name a crowd by its protest ("demonstrators", "strikers"), unlike "crowds" or "fans".</summary>
    public WordSet ProtesterNouns { get; }

    /// <summary>People whose fights and attacks are of words ("negotiators fought over a deal", "analysts attacked").</summary>
    public WordSet NonviolentRoles { get; }
    public PhraseMatcher<bool> SubsetWords { get; }

    /// <summary>"demand", "demanding": what follows is what a crowd asks for, a death in it the crowd's motive.</summary>
    public WordSet DemandWords { get; }

    /// <summary>"inspired by", "modelled on", "similar to": what follows is another place's story the act is likened to.</summary>
    public PhraseMatcher<bool> ComparisonPhrases { get; }
    public IReadOnlyDictionary<string, int> NumberWords { get; }

    /// <summary>Whether the token is a count: digits or a number word ("12", "three").</summary>
    public bool IsCount(Token t) => t.Kind == TokenKind.Number || NumberWords.ContainsKey(t.Lower);
    public PhraseMatcher<int> NumberPhrases { get; } = new();

    internal static PhraseMatcher<bool> Matcher(JsonElement e, string property)
    {
        var m = new PhraseMatcher<bool>();
        foreach (var s in Lexicon.Strings(e, property)) m.Add(s, true);
        return m;
    }
}
