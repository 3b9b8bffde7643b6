using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>What the words around a name say it is: "Borno state" (admin1), "Zhari district" or "(Beni, Nord-Kivu)"
/// (admin2), or nothing.</summary>
public enum UnitHint { None, Admin1, Admin2, Town }

/// <summary>
/// Turns a name into ranked places. Countries first; then admin1 or admin2 units when the text says "province" or
/// "district" (or no town of that name lies in the article's countries); then towns ranked by: inside a unit the article
/// names, in a country the article is about, population, seat of government, exact spelling over a transliteration
/// match. Once the article names its countries, a town elsewhere needs a hundred thousand people to be read; while only
/// its actors hint at a country, a province's or district's seat by its own name will do (forces fight abroad).
/// </summary>
public sealed class PlaceResolver(IGazetteer gazetteer, ResolverWeights weights)
{
    public PlaceResolver(IGazetteer gazetteer)
        : this(gazetteer, ResolverWeights.Default)
    {
    }

    /// <summary>Whether a context may read a name as this town beyond its own countries' (which <see cref="BestTowns"/>
    /// walks itself), by an exact spelling: a town of a hundred thousand always; while the article names no country, any
    /// town when nothing hints at one, and a capital or a province's or district's seat by its own name when only actors
    /// do (forces fight abroad: "Turkish forces closed Afrin's entrances" is Syria's Afrin, not a Turkish village that
    /// sounds alike). The score then weighs it against the context's own towns.
    /// Once the article names its countries, a town abroad is read by another of its names only if it is a world city
    /// ("Bombay"): "Tempi" in a Greek report is the Greek valley, not Tempe, Arizona, of which it is an old name.
    /// Nor is a town read by another of its names that lies far from every country the text already gives: "Nawa" in a
    /// report naming Syria is no name of Naha in Japan (an Israeli strike on "Khan Younis" is on the Gaza town).</summary>
    private bool ReadableElsewhere(Town town, PlaceContext context) =>
        !context.Countries.Contains(town.Entry.CountryIso2)
        && ((town.Entry.Population >= (context.Known && !town.OwnName ? weights.WorldCity : weights.LargeTown)
             && (town.OwnName || town.Entry.Population >= weights.WorldCity || !FarFromEveryCountry(town, context)))
            || (!context.Known && (context.Countries.Count == 0 || (town.OwnName && town.Entry.Feature is "PPLA" or "PPLA2" or "PPLC"))));

    private bool FarFromEveryCountry(Town town, PlaceContext context)
    {
        if (context.Countries.Count == 0) return false;
        foreach (var iso2 in context.Countries)
            if (gazetteer.CountryByCode(iso2) is not { } c || Geo.HaversineKm(town.Entry.Lat, town.Entry.Lon, c.Lat, c.Lon) <= FarCountryKm) return false;
        return true;
    }

    public sealed record Resolution(Place Best, IReadOnlyList<Place> Candidates, bool Strong, bool Exact = true);

    /// <summary>What the gazetteer holds for one spelling, before any context: looked up once per spelling, since
    /// an article names its places many times and a corpus names the same places in every article.</summary>
    private sealed record NameHits(
        string Plain,
        Country? Country,
        IReadOnlyList<Country> CountryClaimants,
        (Admin1Unit Unit, bool IsName, Place Place)[] Admin1,
        CountryGroup<(Admin2Unit Unit, bool SamePlain, Place Place, int Index)>[] Admin2ByCountry,
        Town[] Towns,
        CountryGroup<int>[] TownsByCountry,
        int[] ExactTowns,
        int[] LargeExactTowns,
        bool ShortKey)
    {
        /// <summary>Most capitalized words are no place at all ("On", "Police", a person's name).</summary>
        public bool Nothing => Country is null && Admin1.Length == 0 && Admin2ByCountry.Length == 0 && Towns.Length == 0;
    }

    /// <summary>What a name may be in one country. A name is asked about its own few countries, which the context is
    /// checked for, rather than the context's many countries each looked up for the name.</summary>
    private sealed record CountryGroup<T>(string CountryIso2, T[] Items);

    private static CountryGroup<T>[] ByCountry<T>(IEnumerable<T> items, Func<T, string> countryOf) =>
        items.GroupBy(countryOf, StringComparer.Ordinal).Select(g => new CountryGroup<T>(g.Key, g.ToArray())).ToArray();

    /// <summary>One gazetteer town a spelling may mean, with what ranking it needs computed once: its unit codes as the
    /// context holds them ("AF.26", "AF.26.1206") and, once asked for, the place it becomes.</summary>
    private sealed class Town(GazetteerEntry entry, bool exact, bool ownName, double baseScore)
    {
        public GazetteerEntry Entry { get; } = entry;
        public bool Exact { get; } = exact;
        public bool OwnName { get; } = ownName;
        public double BaseScore { get; } = baseScore;
        public string Admin1Key { get; } = $"{entry.CountryIso2}.{entry.Admin1Code}";
        public string? Admin2Key { get; } = entry.Admin2Code.Length > 0 ? $"{entry.CountryIso2}.{entry.Admin1Code}.{entry.Admin2Code}" : null;

        /// <summary>Made on first use; a race makes two equal places, which is harmless.</summary>
        public Place? Place { get; set; }
    }

    /// <summary>A town as one context ranks it.</summary>
    private readonly record struct RankedTown(int Index, Town Town, bool InContext, double Score);

    /// <summary>How many towns a resolution keeps as candidates.</summary>
    private const int KeptTowns = 8;

    /// <summary>Each spelling's readings, looked up by the text's own characters. Made with the resolver: making the span
    /// look-up checks the comparer's type, which costs as much as a look-up, and a look-up made lazily was a struct that
    /// another thread could see half written (a NullReferenceException inside it, once, in CI).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, NameHits>.AlternateLookup<ReadOnlySpan<char>> _hitsBySpan =
        new System.Collections.Concurrent.ConcurrentDictionary<string, NameHits>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private System.Collections.Concurrent.ConcurrentDictionary<string, NameHits> Hits => _hitsBySpan.Dictionary;

    /// <summary>Spellings remembered before the memory is emptied and starts again (about 20 MB at most).</summary>
    private const int MaxRememberedSpellings = 100_000;

    private NameHits Lookup(string name) => Hits.TryGetValue(name, out var known) ? known : Remember(name);

    private NameHits Remember(string name)
    {
        var plain = TransliterationKey.Plain(name);
        var country = gazetteer.FindCountry(name);
        // Sound-alike units are kept only when spelled closely enough; whether they count depends on the context.
        var admin1 = gazetteer.FindAdmin1(name)
            .Select(a => (Unit: a, IsName: gazetteer.IsAdmin1Name(a, name)))
            .Where(a => a.IsName || TransliterationKey.CloseSpelling(a.Unit.Name, name))
            .Select(a => (a.Unit, a.IsName, Admin1Place(a.Unit))).ToArray();
        var admin2 = gazetteer.FindAdmin2(name)
            .Where(a => TransliterationKey.CloseSpelling(a.Name, name))
            .Select((a, index) => (Unit: a, SamePlain: TransliterationKey.Plain(a.Name) == plain, Admin2Place(a), index));
        var (exact, phonetic) = gazetteer.FindPlaces(name);
        // "Petion-Ville" is the gazetteer's "Pétionville": a name written in parts that has no entry is read written as one.
        var joined = plain.Replace(" ", "", StringComparison.Ordinal);
        if (exact.Count == 0 && joined.Length < plain.Length && gazetteer.FindPlaces(joined).Exact is { Count: > 0 } asOneWord) exact = asOneWord;
        var towns = exact.Select(e => (Entry: e, Exact: true))
            .Concat(phonetic.Where(p => !exact.Contains(p)).Select(p => (Entry: p, Exact: false)))
            .Select(x =>
            {
                var ownPlain = TransliterationKey.Plain(x.Entry.Name);
                var ownName = ownPlain == plain || (joined.Length < plain.Length && ownPlain == joined);
                return new Town(x.Entry, x.Exact, ownName, BaseScore(x.Entry, x.Exact, ownName));
            })
            .ToArray();
        // A sound-alike skeleton matches villages the world over; a context reads only its own countries' ones.
        // Best base score first, so that ranking can stop where no context could lift a town into the kept few.
        var byCountry = ByCountry(Enumerable.Range(0, towns.Length).OrderByDescending(i => towns[i].BaseScore).ThenBy(i => i), i => towns[i].Entry.CountryIso2);
        var exactTowns = Enumerable.Range(0, towns.Length).Where(i => towns[i].Exact).ToArray();
        var largeExactTowns = exactTowns.Where(i => towns[i].Entry.Population >= weights.LargeTown).ToArray();
        var shortKey = TransliterationKey.IsShort(TransliterationKey.PhoneticOfPlain(plain));
        // ("Congo": every country the name is said of, kept with the name rather than looked up again at each reading.)
        var hits = new NameHits(plain, country, country is null ? [] : gazetteer.CountriesCalled(name), admin1, ByCountry(admin2, a => a.Unit.CountryIso2), towns, byCountry, exactTowns, largeExactTowns, shortKey);
        if (Hits.Count >= MaxRememberedSpellings) Hits.Clear();
        Hits[name] = hits;
        return hits;
    }

    /// <summary>Whether the gazetteer holds the name as anything at all (a country, a unit or a town, in any context).</summary>
    public bool Knows(string name) => !Lookup(name).Nothing;

    /// <summary><see cref="Knows(string)"/> for a run of text: a spelling seen before needs no string made for it
    /// (every capitalized run is asked, at every length, in both place scans).</summary>
    public bool Knows(ReadOnlySpan<char> name) =>
        _hitsBySpan.TryGetValue(name, out var known) ? !known.Nothing : Knows(name.ToString());

    public Resolution? Resolve(string name, PlaceContext context, UnitHint hint = UnitHint.None)
    {
        var hits = Lookup(name);
        if (hits.Nothing) return null;
        context = context.Without(hits.Plain);
        // "Niger State", "Zaire province": a country's name with a province's word after it is the province of that name.
        if (hits.Country is { } named && hint == UnitHint.Admin1 && ProvinceNamedAsACountry(hits, named, context) is { } unitOfTheName)
            return new Resolution(unitOfTheName, [CountryPlace(named)], true);
        // "the Tsim Sha Tsui and Jordan districts": a country's name before a district's word names a district or town of
        // the article's countries, or nothing the gazetteer holds; never the country.
        if (hits.Country is not null && hint == UnitHint.Admin2) return DistrictNamedAsACountry(hits, context);
        if (hits.Country is { } found)
        {
            var country = CountryMeant(hits.CountryClaimants, found, context);
            return StateOfAnotherCountry(hits, country, context) is { } state ? new Resolution(state, [CountryPlace(country)], true) : new Resolution(CountryPlace(country), [], true);
        }
        var admin1 = Admin1Readings(hits, context, hint);
        var admin2 = Admin2Readings(hits, context, hint);
        var towns = BestTowns(hits, context);
        var candidates = new List<Place>(towns.Count + admin2.Count + admin1.Count);
        foreach (var t in towns) candidates.Add(PlaceOf(t.Town));
        candidates.AddRange(admin2);
        candidates.AddRange(admin1);
        if (candidates.Count == 0) return null;
        var admin1InContext = admin1.Count > 0 && context.Countries.Contains(admin1[0].CountryIso2) ? admin1[0] : null;
        var admin2InContext = admin2.Count > 0 ? admin2[0] : null;
        // Provinces in the article's countries come first, so the first is the in-context one when there is one.
        if (hint == UnitHint.Admin1 && admin1.Count > 0) return new Resolution(admin1[0], candidates, true);
        // "Bomi county", "Beni territory": a district's word, but some countries name their provinces so.
        if (hint == UnitHint.Admin2 && (admin2InContext ?? admin1InContext) is { } district) return new Resolution(district, candidates, true);
        RankedTown? best = towns.Count > 0 ? towns[0] : null;
        // A world city by its own name outranks a town that only an actor's nationality suggests ("Damascus" in a
        // report of Russian troops is not a Russian village with that alternate name).
        if (best is { InContext: true } inContext && !context.NamedCountries.Contains(inContext.Town.Entry.CountryIso2))
            for (var k = 1; k < towns.Count; k++)
            {
                var t = towns[k];
                if (!t.InContext && t.Town.Exact && t.Town.Entry.Population >= weights.WorldCity && t.Town.OwnName && t.Score > inContext.Score - weights.FameMargin)
                {
                    best = t;
                    break;
                }
            }
        // "the Mayor of Boston", "an agency in Rome": a world city by its own name outranks a sound-alike or a small
        // namesake that only a province or country named elsewhere in the article lifts (the text ties a namesake to its
        // province itself: "Rome, Georgia" is read before this).
        if (best is { } lifted && (!lifted.Town.Exact || lifted.Town.Entry.Population < weights.LargeTown) && WorldCityOfThatName(towns) is { } city)
            best = city;
        // "Pittsburgh" is the city of that name, not the smaller "Pittsburg" that a named province and a variant spelling
        // lift above it; but "Vodyane" in a report from the front is the Vodiane on the contact line of the day, not a
        // namesake of that spelling and a few more people off it.
        if (best is { Town.OwnName: false } variant && LargerTownOfItsOwnName(towns, variant) is { } own
            && !(OnTheLine(variant.Town, context) && !OnTheLine(own.Town, context))) best = own;
        // "the city of Sennar": a town's word names the town of the article's countries, not the province of that name.
        if (hint == UnitHint.Town && best is { InContext: true, Town.Exact: true } townOfTheName)
            return new Resolution(PlaceOf(townOfTheName.Town), candidates, true, true);
        // "California", "Texas", "Ontario": a province of that very name, many times the town's size and not the
        // province the town lies in, is the likelier reading (a town that is its own province's seat stays the town).
        if (best is { } town && LargerUnitOfTheName(hits, context, town.Town) is { } unit) return new Resolution(unit, candidates, true);
        // "Minnesota" is the state, not the village "Minneota" that has it for a variant: a unit's own name beats a town's
        // other spelling, unless the town is a capital or its province's seat ("Deir ez-Zor").
        if (best is { Town.OwnName: false, Town.Entry.Feature: not ("PPLA" or "PPLC") } && ProvinceOfThatName(hits, context) is { } province)
            return new Resolution(province, candidates, true);
        // "Cornwall" is the county, not the sound-alike village "Cranwell": a district's own name beats a sound-alike town.
        if (best is { Town.Exact: false } && DistrictOfThatName(hits, context) is { } county) return new Resolution(county, candidates, true);
        // "al-Hasakeh" is the province "Al Hasakah", not the village "Haseki": a province in the article's countries, or
        // one by that very name elsewhere, beats a town read by sound.
        if (best is { Town.Exact: false, Town.Entry.Feature: not ("PPLA" or "PPLC") } && admin1.Count > 0) return ProvinceReading(hits, admin1[0], candidates);
        if (best is { InContext: true } chosen) return new Resolution(PlaceOf(chosen.Town), candidates, chosen.Town.Exact, chosen.Town.Exact);
        if (admin1InContext is not null) return ProvinceReading(hits, admin1InContext, candidates);
        if (admin2InContext is not null) return new Resolution(admin2InContext, candidates, hint == UnitHint.Admin2);
        // "flew to Florida": a town abroad read by another of its names (Floridablanca's "Florida") yields to a province
        // the world knows by that very name.
        if (best is { Town.OwnName: false } && Array.Find(hits.Admin1, a => a.IsName && a.Unit.Population >= FamousProvince) is { Place: { } famous })
            return ProvinceReading(hits, famous, candidates);
        if (best is { } other)
            return new Resolution(PlaceOf(other.Town), candidates, other.Town.Exact && other.Town.Entry.Population >= 100_000, other.Town.Exact);
        return admin1.Count > 0 ? new Resolution(admin1[0], candidates, false) : null;
    }

    private Resolution? DistrictNamedAsACountry(NameHits hits, PlaceContext context)
    {
        if (Admin2Readings(hits, context, UnitHint.Admin2) is [var district, ..]) return new Resolution(district, [], true);
        return BestTowns(hits, context) is [{ InContext: true } town, ..] ? new Resolution(PlaceOf(town.Town), [], true) : null;
    }

    /// <summary>A province as the reading: sure when the name is its own; read by sound ("Control" as "Central"), the
    /// text must treat the name as a place.</summary>
    private static Resolution ProvinceReading(NameHits hits, Place province, List<Place> candidates)
    {
        var ownName = Array.Exists(hits.Admin1, a => a.IsName && ReferenceEquals(a.Place, province));
        return new Resolution(province, candidates, ownName, ownName);
    }

    private RankedTown? WorldCityOfThatName(List<RankedTown> towns)
    {
        foreach (var t in towns)
            if (t.Town.Exact && t.Town.OwnName && t.Town.Entry.Population >= weights.WorldCity) return t;
        return null;
    }

    private static RankedTown? LargerTownOfItsOwnName(List<RankedTown> towns, RankedTown variant)
    {
        foreach (var t in towns)
            if (t.InContext && t.Town.Exact && t.Town.OwnName && t.Town.Entry.CountryIso2 == variant.Town.Entry.CountryIso2
                && t.Town.Entry.Population >= variant.Town.Entry.Population)
                return t;
        return null;
    }

    private Place? LargerUnitOfTheName(NameHits hits, PlaceContext context, Town town)
    {
        // "Washington" is the capital before the state: a nation's capital is named for its government, too.
        if (town.Entry.Feature == "PPLC" && town.Exact) return null;
        foreach (var (unit, isName, place) in hits.Admin1)
        {
            // (A village of the province's name inside it, "Xinjiang" in Xinjiang, is no more the province's name than one
            // elsewhere; its seat is.)
            if (!isName || (unit.Code == town.Admin1Key && town.Entry.Feature is "PPLA" or "PPLA2")) continue;
            if (context.Countries.Count > 0 && !context.Countries.Contains(unit.CountryIso2) && !FarLarger(unit, town, context)) continue;
            if (unit.Population >= weights.LargerUnitFactor * Math.Max(town.Entry.Population, 1_000)) return place;
        }
        // "Pangasinan", "Bulacan": likewise a district of the article's countries (of its named provinces, if it names any
        // there, and on the front the town lies on, if it does) over a village of its name elsewhere; a district named
        // after its seat is read as that town.
        foreach (var group in hits.Admin2ByCountry)
        {
            if (!context.Countries.Contains(group.CountryIso2)) continue;
            foreach (var (unit, samePlain, place, _) in group.Items)
            {
                if (!samePlain || unit.Code == town.Admin2Key || unit.Population < weights.LargerUnitFactor * Math.Max(town.Entry.Population, 1_000)
                    || OutsideTheNamedProvinces(unit.Admin1Code, context)
                    || (context.ConflictAdmin1Codes.Contains(town.Admin1Key) && !context.ConflictAdmin1Codes.Contains(unit.Admin1Code))) continue;
                foreach (var seat in hits.Towns)
                    if (seat.Exact && seat.Admin2Key == unit.Code) return PlaceOf(seat);
                return place;
            }
        }
        return null;
    }

    /// <summary>"England" in a report of cases in Texas and Alberta is the nation, not the village of England, Arkansas:
    /// a province by that very name thousands of times the town's size outweighs the article's countries when the
    /// article names provinces and not the town's.</summary>
    private static bool FarLarger(Admin1Unit unit, Town town, PlaceContext context) =>
        town.Exact && unit.Population >= FarLargerFactor * Math.Max(town.Entry.Population, 1_000)
        && context.Admin1Codes.Count > 0 && !context.Admin1Codes.Contains(town.Admin1Key);

    private const double FarLargerFactor = 1_000;

    /// <summary>Whether the article names provinces of the unit's country and not the unit's.</summary>
    private static bool OutsideTheNamedProvinces(string admin1Code, PlaceContext context) =>
        !context.Admin1Codes.Contains(admin1Code) && context.NamesAProvinceOf(admin1Code[..2]);

    /// <summary>A province spelled exactly as the name, in the article's countries (or anywhere, while it names none).</summary>
    private static Place? ProvinceOfThatName(NameHits hits, PlaceContext context)
    {
        foreach (var (unit, isName, place) in hits.Admin1)
            if (isName && (context.Countries.Count == 0 || context.Countries.Contains(unit.CountryIso2))) return place;
        return null;
    }

    /// <summary>Another country's province by the country's very name, one of the article's countries first.</summary>
    private static Place? ProvinceNamedAsACountry(NameHits hits, Country country, PlaceContext context)
    {
        Place? elsewhere = null;
        foreach (var (unit, isName, place) in hits.Admin1)
        {
            if (!isName || unit.CountryIso2 == country.Iso2) continue;
            if (context.Countries.Contains(unit.CountryIso2)) return place;
            elsewhere ??= place;
        }
        return elsewhere;
    }

    /// <summary>A district spelled as the name, in the article's countries.</summary>
    private static Place? DistrictOfThatName(NameHits hits, PlaceContext context)
    {
        foreach (var group in hits.Admin2ByCountry)
        {
            if (!context.Countries.Contains(group.CountryIso2)) continue;
            foreach (var (_, samePlain, place, _) in group.Items)
                if (samePlain) return place;
        }
        return null;
    }

    /// <summary>"Georgia" in a report about the United States: a country's name that is also a state of a country the
    /// article is about, while nothing else in it points to the country of that name.</summary>
    private static Place? StateOfAnotherCountry(NameHits hits, Country country, PlaceContext context)
    {
        if (context.Countries.Contains(country.Iso2)) return null;
        foreach (var (unit, isName, place) in hits.Admin1)
            // A neighbour is as likely to be meant as a state ("Niger" in a report from Nigeria): only a country far away is not.
            if (isName && unit.CountryIso2 != country.Iso2 && context.Countries.Contains(unit.CountryIso2)
                && Geo.HaversineKm(place.Lat, place.Lon, country.Lat, country.Lon) > FarCountryKm)
                return place;
        return null;
    }

    /// <summary>Distance beyond which a country is no neighbour of a state of the same name.</summary>
    private const double FarCountryKm = 3_000;

    /// <summary>Whether a country's name is also some other country's province ("Georgia"): the name alone does not
    /// say which country an article is about.</summary>
    public bool IsAlsoAProvinceElsewhere(string name)
    {
        var hits = Lookup(name);
        if (hits.Country is not { } country) return false;
        foreach (var (unit, isName, _) in hits.Admin1)
            if (isName && unit.CountryIso2 != country.Iso2) return true;
        return false;
    }

    /// <summary>The provinces a name may be, those in the article's countries first, and of those the ones of that very
    /// name before sound-alikes ("Hubei" is not "Hebei"). A sound-alike unit counts only in the article's countries
    /// ("Tawila" is not "Tula").</summary>
    private static List<Place> Admin1Readings(NameHits hits, PlaceContext context, UnitHint hint)
    {
        var named = new List<Place>();
        var soundAlike = new List<Place>();
        var elsewhere = new List<(Place Place, bool IsName, long Population)>();
        foreach (var (unit, isName, place) in hits.Admin1)
        {
            if (context.Countries.Contains(unit.CountryIso2)) (isName ? named : soundAlike).Add(place);
            // A province of a country the article never names is read only when the article names none, or calls the
            // name a province ("Salah al-Din" in a report from Tripoli is a district there, not Iraq's province), or it is
            // one of the world's most populous by its own name ("flew to Florida" in a report from Brazil).
            else if ((isName && (hint == UnitHint.Admin1 || !context.Known || unit.Population >= FamousProvince))
                     || (hint == UnitHint.Admin1 && context.Countries.Count == 0)) elsewhere.Add((place, isName, unit.Population));
        }
        named.AddRange(soundAlike);
        // (Of namesakes abroad, those of that very name and then the most populous first: "Plateau State" is Nigeria's before
        // Benin's Plateau, "Hebei" is Hebei before the larger Hubei.)
        named.AddRange(elsewhere.OrderByDescending(e => e.IsName).ThenByDescending(e => e.Population).Select(e => e.Place));
        return named;
    }

    /// <summary>A province of this many people (the total of its towns) is known by its name the world over.</summary>
    private const long FamousProvince = 5_000_000;

    /// <summary>The districts a name may be: only where the article is, those inside a province the article names
    /// first, then those spelled the same.</summary>
    private static List<Place> Admin2Readings(NameHits hits, PlaceContext context, UnitHint hint)
    {
        if (hits.Admin2ByCountry.Length == 0) return [];
        var readings = new List<(Place Place, int Rank, int Index)>();
        foreach (var group in hits.Admin2ByCountry)
        {
            if (!context.Countries.Contains(group.CountryIso2)) continue;
            foreach (var (unit, samePlain, place, index) in group.Items)
            {
                // A name this short read by sound alone says nothing more: a district by another spelling only where the text
                // calls it a district ("Rajouri district", Rājauri) or in a province the article names ("Maga" in Kebbi is no
                // Miga of Jigawa), as for towns.
                if (hits.ShortKey && !samePlain && hint != UnitHint.Admin2 && !context.Admin1Codes.Contains(unit.Admin1Code)) continue;
                readings.Add((place, (context.Admin1Codes.Contains(unit.Admin1Code) ? 0 : 2) + (samePlain ? 0 : 1), index));
            }
        }
        // Equal ranks keep the gazetteer's order (each unit's index is its own, so the countries' order does not matter).
        return readings.Count == 0 ? [] : readings.OrderBy(r => r.Rank).ThenBy(r => r.Index).Select(r => r.Place).ToList();
    }

    /// <summary>The best few towns a context reads a name as, best first (ties in gazetteer order). Ranked before they
    /// are made places: a common skeleton matches hundreds of villages, of which a handful are kept.</summary>
    private List<RankedTown> BestTowns(NameHits hits, PlaceContext context)
    {
        var plainName = hits.Plain;
        // One list per thread, reused: a resolution reads it before it asks for another (every capitalized name asks).
        var kept = _bestTowns ??= new List<RankedTown>(KeptTowns + 1);
        kept.Clear();
        var unitBonus = (context.Admin1Codes.Count > 0 ? weights.NamedUnit : 0) + (context.Admin2Codes.Count > 0 ? weights.NamedUnit : 0)
                        + (context.NamedTowns.Count > 0 ? weights.NearbyProvince + weights.NearNamedPlace : 0)
                        + (context.ConflictAdmin1Codes.Count > 0 ? weights.ConflictZone : 0)
                        + (context.ContactLines.Count > 0 ? weights.OnContactLine : 0);
        // Ranked by score, then gazetteer order: the kept few do not depend on which country is walked first.
        foreach (var group in hits.TownsByCountry)
        {
            if (!context.Countries.Contains(group.CountryIso2)) continue;
            var mostBonus = CountryBonus(group.CountryIso2, context) + unitBonus;
            foreach (var i in group.Items)
            {
                var town = hits.Towns[i];
                // The rest of this country's towns score lower still: none can displace the kept ones.
                if (kept.Count == KeptTowns && town.BaseScore + mostBonus < kept[^1].Score) break;
                // "Qoqfin in Idleb" is that province's Quqfinah; a name this short read by sound alone says nothing more, unless
                // the town lies on the contact line of the day and is spelled nearly so ("Vodyane" for Vodiane), or is a large
                // city spelled nearly so ("Nassiriya" for Nasiriyah).
                if (hits.ShortKey && !town.Exact && !InProvinceTheArticleNames(town, context, plainName) && !OnTheLineSpelledSo(town, context, plainName)
                    && !(town.Entry.Population >= weights.LargeTown && TransliterationKey.CloseSpelling(town.Entry.Name, plainName))) continue;
                Keep(kept, new RankedTown(i, town, true, town.BaseScore + ContextScore(town, context, plainName)));
            }
        }
        // Towns elsewhere by an exact spelling: large ones in any context, smaller ones only while the article names no country.
        foreach (var i in context.Known ? hits.LargeExactTowns : hits.ExactTowns)
        {
            var town = hits.Towns[i];
            if (ReadableElsewhere(town, context)) Keep(kept, new RankedTown(i, town, false, town.BaseScore + ContextScore(town, context, plainName)));
        }
        return kept;
    }

    private bool OnTheLine(Town town, PlaceContext context) => context.OnAContactLine(town.Entry.Lat, town.Entry.Lon, town.Entry.CountryIso2, weights.ContactLineKm);

    private bool OnTheLineSpelledSo(Town town, PlaceContext context, string plainName) =>
        OnTheLine(town, context) && TransliterationKey.CloseSpelling(town.Entry.Name, plainName);

    /// <summary>Whether the town lies in a province the article names, or in the province of another town it names; and
    /// in a district it names, if it names any of that province's.</summary>
    private static bool InProvinceTheArticleNames(Town town, PlaceContext context, string plainName)
    {
        if (!context.Admin1Codes.Contains(town.Admin1Key) && !(context.NamedTowns.Count > 0 && context.InProvinceOfAnotherTown(town.Admin1Key, plainName)))
            return false;
        if (town.Admin2Key is { } district && context.Admin2Codes.Contains(district)) return true;
        foreach (var code in context.Admin2Codes)
            if (PlaceContext.IsUnder(code, town.Admin1Key)) return false;
        return true;
    }

    [ThreadStatic]
    private static List<RankedTown>? _bestTowns;

    private static void Keep(List<RankedTown> kept, RankedTown ranked)
    {
        if (kept.Count == KeptTowns && !Before(ranked, kept[^1])) return;
        var at = kept.Count;
        while (at > 0 && Before(ranked, kept[at - 1])) at--;
        kept.Insert(at, ranked);
        if (kept.Count > KeptTowns) kept.RemoveAt(KeptTowns);
    }

    private static bool Before(RankedTown a, RankedTown b) => a.Score > b.Score || (a.Score == b.Score && a.Index < b.Index);

    private Place PlaceOf(Town town) => town.Place ??= ToPlace(town.Entry);

    /// <summary>A country's capital city, read in that country, if the gazetteer holds it as a town.</summary>
    public Resolution? ResolveCapital(Country country)
    {
        if (country.Capital is not { } name) return null;
        return Resolve(name, PlaceContext.OfCountry(country)) is { Best.Precision: PlacePrecision.Place } city ? city : null;
    }

    /// <summary>"The government of Congo" in a report on the Republic of Congo: a name several countries go by is the
    /// one the article names by a name of its own, if it names exactly one of them.</summary>
    public Country CountryMeant(string name, Country found, PlaceContext context) => CountryMeant(gazetteer.CountriesCalled(name), found, context);

    private static Country CountryMeant(IReadOnlyList<Country> claimants, Country found, PlaceContext context)
    {
        if (claimants.Count < 2) return found;
        Country? named = null;
        foreach (var c in claimants)
        {
            if (!context.NamedCountries.Contains(c.Iso2)) continue;
            if (named is not null) return found;
            named = c;
        }
        return named ?? found;
    }

    public Place CountryPlace(Country c) => new(c.Name, $"country:{c.Iso2}", c.Lat, c.Lon, c.Iso2, null, PlacePrecision.Country, CountryName: c.AcledName, Feature: "PCLI");

    public Place Admin1Place(Admin1Unit a) =>
        new(a.Name, $"admin1:{a.Code}", a.Lat, a.Lon, a.CountryIso2, a.Name, PlacePrecision.Admin1, CountryName: CountryName(a.CountryIso2), Admin1Code: a.Code, Feature: "ADM1");

    private Place Admin2Place(Admin2Unit a) =>
        new(a.Name, $"admin2:{a.Code}", a.Lat, a.Lon, a.CountryIso2, Admin1Name(a.Admin1Code), PlacePrecision.Admin2,
            CountryName: CountryName(a.CountryIso2), Admin2: a.Name, Admin1Code: a.Admin1Code, Feature: "ADM2");

    private Place ToPlace(GazetteerEntry e) =>
        new(e.Name, $"geonames:{e.GeonameId}", e.Lat, e.Lon, e.CountryIso2, gazetteer.Admin1(e.CountryIso2, e.Admin1Code)?.Name,
            PlacePrecision.Place, e.Population, CountryName(e.CountryIso2), gazetteer.Admin2(e)?.Name, $"{e.CountryIso2}.{e.Admin1Code}", e.Feature);

    private string? Admin1Name(string fullCode) => gazetteer.Admin1(fullCode[..2], fullCode[3..])?.Name;

    /// <summary>The country's name as ACLED's data writes it ("Turkey", "Democratic Republic of Congo"), as admin1 names
    /// follow the humanitarian datasets: a location lines up with ACLED's country column.</summary>
    private string? CountryName(string iso2) => gazetteer.CountryByCode(iso2)?.AcledName;

    private double BaseScore(GazetteerEntry e, bool exact, bool ownName) =>
        weights.Prominence(e.Population, e.Feature) + (exact ? weights.ExactSpelling : 0) + (ownName ? weights.OwnName : 0);

    private double ContextScore(Town town, PlaceContext context, string plainName) =>
        CountryBonus(town.Entry.CountryIso2, context)
        + (context.NamedTowns.Count > 0 && context.InProvinceOfAnotherTown(town.Admin1Key, plainName) ? weights.NearbyProvince : 0)
        + (context.NamedTowns.Count > 0 && context.NearAnotherTown(town.Entry.Lat, town.Entry.Lon, weights.NearKm, plainName) ? weights.NearNamedPlace : 0)
        + (context.ConflictAdmin1Codes.Count > 0 && context.ConflictAdmin1Codes.Contains(town.Admin1Key) ? weights.ConflictZone : 0)
        + (OnTheLine(town, context) ? weights.OnContactLine : 0)
        + (context.Admin1Codes.Count > 0 && context.Admin1Codes.Contains(town.Admin1Key) ? weights.NamedUnit : 0)
        + (context.Admin2Codes.Count > 0 && town.Admin2Key is { } admin2 && context.Admin2Codes.Contains(admin2) ? weights.NamedUnit : 0);

    /// <summary>A country the article names as a place counts more than one its actors merely come from.</summary>
    private double CountryBonus(string iso2, PlaceContext context) =>
        context.NamedCountries.Contains(iso2) ? weights.NamedCountry : context.Countries.Contains(iso2) ? weights.ActorCountry : 0;
}
