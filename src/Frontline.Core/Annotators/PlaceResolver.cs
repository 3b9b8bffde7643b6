using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>What the words around a name say it is: "Hama province" (admin1), "Zhari district" or "(Beni, Nord-Kivu)"
/// (admin2), or nothing.</summary>
public enum UnitHint { None, Admin1, Admin2 }

/// <summary>
/// Turns a name into ranked places. Countries first; then admin1 or admin2 units when the text says "province" or
/// "district" (or no town of that name lies in the article's countries); then towns ranked by: inside a unit the article
/// names, in a country the article is about, population, seat of government, exact spelling over a transliteration
/// match. Once the article names its countries, a town elsewhere needs to be a city of half a million to be read;
/// while only its actors hint at a country, a town elsewhere needs a hundred thousand.
/// </summary>
public sealed class PlaceResolver(IGazetteer gazetteer)
{
    /// <summary>Population above which a city keeps its name worldwide ("Kharkov", "Los Angeles").</summary>
    private const long WorldCity = 500_000;

    /// <summary>A place called by its own name, not one of its alternate spellings, is the likelier reading.</summary>
    private const double OwnNameBonus = 1.0;

    /// <summary>How far below an actor-suggested town a world city called by its own name may score and still win.</summary>
    private const double FameMargin = 3.0;

    /// <summary>The towns a context may read a name as: any in the article's countries; elsewhere, only a world city by an
    /// exact spelling, or while the article names no country, any town of that exact spelling (a large one once actors hint at a country).</summary>
    private static IEnumerable<int> Readable(NameHits hits, PlaceContext context)
    {
        foreach (var country in context.Countries)
            foreach (var i in hits.TownsByCountry[country])
                yield return i;
        foreach (var i in hits.ExactTowns)
        {
            var town = hits.Towns[i].Entry;
            if (context.Countries.Contains(town.CountryIso2)) continue;
            if (town.Population >= WorldCity || (!context.Known && (context.Countries.Count == 0 || town.Population >= 100_000))) yield return i;
        }
    }

    public sealed record Resolution(Place Best, IReadOnlyList<Place> Candidates, bool Strong, bool Exact = true);

    /// <summary>What the gazetteer holds for one spelling, before any context: looked up once per spelling, since
    /// an article names its places many times and a corpus names the same places in every article.</summary>
    private sealed record NameHits(
        Country? Country,
        (Admin1Unit Unit, bool IsName)[] Admin1,
        (Admin2Unit Unit, bool SamePlain)[] Admin2,
        Town[] Towns,
        ILookup<string, int> TownsByCountry,
        int[] ExactTowns)
    {
        /// <summary>Most capitalized words are no place at all ("On", "Police", a person's name).</summary>
        public bool Nothing => Country is null && Admin1.Length == 0 && Admin2.Length == 0 && Towns.Length == 0;
    }

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

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, NameHits> _hits = new(StringComparer.Ordinal);

    /// <summary>Spellings remembered before the memory is emptied and starts again (about 20 MB at most).</summary>
    private const int MaxRememberedSpellings = 100_000;

    private NameHits Lookup(string name)
    {
        if (_hits.TryGetValue(name, out var known)) return known;
        var plain = TransliterationKey.Plain(name);
        var country = gazetteer.FindCountry(name);
        // Sound-alike units are kept only when spelled closely enough; whether they count depends on the context.
        var admin1 = gazetteer.FindAdmin1(name)
            .Select(a => (Unit: a, IsName: gazetteer.IsAdmin1Name(a, name)))
            .Where(a => a.IsName || TransliterationKey.CloseSpelling(a.Unit.Name, name)).ToArray();
        var admin2 = gazetteer.FindAdmin2(name)
            .Where(a => TransliterationKey.CloseSpelling(a.Name, name))
            .Select(a => (Unit: a, SamePlain: TransliterationKey.Plain(a.Name) == plain)).ToArray();
        var (exact, phonetic) = gazetteer.FindPlaces(name);
        var towns = exact.Select(e => (Entry: e, Exact: true))
            .Concat(phonetic.Where(p => !exact.Contains(p)).Select(p => (Entry: p, Exact: false)))
            .Select(x =>
            {
                var ownName = TransliterationKey.Plain(x.Entry.Name) == plain;
                return new Town(x.Entry, x.Exact, ownName, BaseScore(x.Entry, x.Exact, ownName));
            })
            .ToArray();
        // A sound-alike skeleton matches villages the world over; a context reads only its own countries' ones.
        var byCountry = Enumerable.Range(0, towns.Length).ToLookup(i => towns[i].Entry.CountryIso2, StringComparer.Ordinal);
        var exactTowns = Enumerable.Range(0, towns.Length).Where(i => towns[i].Exact).ToArray();
        var hits = new NameHits(country, admin1, admin2, towns, byCountry, exactTowns);
        if (_hits.Count >= MaxRememberedSpellings) _hits.Clear();
        _hits[name] = hits;
        return hits;
    }

    public Resolution? Resolve(string name, PlaceContext context, UnitHint hint = UnitHint.None)
    {
        var hits = Lookup(name);
        if (hits.Nothing) return null;
        if (hits.Country is { } country) return new Resolution(CountryPlace(country), [], true);
        // A sound-alike unit counts only in the article's countries ("Tawila" is not "Tula").
        var admin1 = hits.Admin1
            .Where(a => a.IsName || context.Countries.Contains(a.Unit.CountryIso2) || (hint == UnitHint.Admin1 && context.Countries.Count == 0))
            .OrderByDescending(a => context.Countries.Contains(a.Unit.CountryIso2))
            .Select(a => (a.Unit.CountryIso2, Place: Admin1Place(a.Unit))).ToList();
        // A district is read only where the article is, and inside its province when the article names one.
        var admin2 = hits.Admin2
            .Where(a => context.Countries.Contains(a.Unit.CountryIso2))
            .OrderByDescending(a => context.Admin1Codes.Contains(a.Unit.Admin1Code))
            .ThenByDescending(a => a.SamePlain)
            .Select(a => (a.Unit.CountryIso2, Place: Admin2Place(a.Unit))).ToList();
        var towns = BestTowns(hits, context);
        var candidates = new List<Place>(towns.Count + admin2.Count + admin1.Count);
        foreach (var t in towns) candidates.Add(PlaceOf(t.Town));
        foreach (var a in admin2) candidates.Add(a.Place);
        foreach (var a in admin1) candidates.Add(a.Place);
        if (candidates.Count == 0) return null;
        var admin1InContext = admin1.FirstOrDefault(a => context.Countries.Contains(a.CountryIso2)).Place;
        var admin2InContext = admin2.FirstOrDefault().Place;
        if (hint == UnitHint.Admin1 && (admin1InContext ?? admin1.FirstOrDefault().Place) is { } province) return new Resolution(province, candidates, true);
        // "Bomi county", "Beni territory": a district's word, but some countries name their provinces so.
        if (hint == UnitHint.Admin2 && (admin2InContext ?? admin1InContext) is { } district) return new Resolution(district, candidates, true);
        RankedTown? best = towns.Count > 0 ? towns[0] : null;
        // A world city by its own name outranks a town that only an actor's nationality suggests ("Damascus" in a
        // report of Russian troops is not a Russian village with that alternate name).
        if (best is { InContext: true } inContext && !context.NamedCountries.Contains(inContext.Town.Entry.CountryIso2))
            for (var k = 1; k < towns.Count; k++)
            {
                var t = towns[k];
                if (!t.InContext && t.Town.Exact && t.Town.Entry.Population >= WorldCity && t.Town.OwnName && t.Score > inContext.Score - FameMargin)
                {
                    best = t;
                    break;
                }
            }
        if (best is { InContext: true } chosen) return new Resolution(PlaceOf(chosen.Town), candidates, chosen.Town.Exact, chosen.Town.Exact);
        if (admin1InContext is not null) return new Resolution(admin1InContext, candidates, true);
        if (admin2InContext is not null) return new Resolution(admin2InContext, candidates, hint == UnitHint.Admin2);
        if (best is { } other)
            return new Resolution(PlaceOf(other.Town), candidates, other.Town.Exact && other.Town.Entry.Population >= 100_000, other.Town.Exact);
        return admin1.Count > 0 ? new Resolution(admin1[0].Place, candidates, false) : null;
    }

    /// <summary>The best few towns a context reads a name as, best first (ties in gazetteer order). Ranked before they
    /// are made places: a common skeleton matches hundreds of villages, of which a handful are kept.</summary>
    private static List<RankedTown> BestTowns(NameHits hits, PlaceContext context)
    {
        var kept = new List<RankedTown>(KeptTowns + 1);
        foreach (var i in Readable(hits, context))
        {
            var town = hits.Towns[i];
            var ranked = new RankedTown(i, town, context.Countries.Contains(town.Entry.CountryIso2), town.BaseScore + ContextScore(town, context));
            if (kept.Count == KeptTowns && !Before(ranked, kept[^1])) continue;
            var at = kept.Count;
            while (at > 0 && Before(ranked, kept[at - 1])) at--;
            kept.Insert(at, ranked);
            if (kept.Count > KeptTowns) kept.RemoveAt(KeptTowns);
        }
        return kept;
    }

    private static bool Before(RankedTown a, RankedTown b) => a.Score > b.Score || (a.Score == b.Score && a.Index < b.Index);

    private Place PlaceOf(Town town) => town.Place ??= ToPlace(town.Entry);

    public Place CountryPlace(Country c) => new(c.Name, $"country:{c.Iso2}", c.Lat, c.Lon, c.Iso2, null, PlacePrecision.Country, CountryName: c.Name);

    public Place Admin1Place(Admin1Unit a) =>
        new(a.Name, $"admin1:{a.Code}", a.Lat, a.Lon, a.CountryIso2, a.Name, PlacePrecision.Admin1, CountryName: CountryName(a.CountryIso2), Admin1Code: a.Code);

    private Place Admin2Place(Admin2Unit a) =>
        new(a.Name, $"admin2:{a.Code}", a.Lat, a.Lon, a.CountryIso2, Admin1Name(a.Admin1Code), PlacePrecision.Admin2,
            CountryName: CountryName(a.CountryIso2), Admin2: a.Name, Admin1Code: a.Admin1Code);

    private Place ToPlace(GazetteerEntry e) =>
        new(e.Name, $"geonames:{e.GeonameId}", e.Lat, e.Lon, e.CountryIso2, gazetteer.Admin1(e.CountryIso2, e.Admin1Code)?.Name,
            PlacePrecision.Place, e.Population, CountryName(e.CountryIso2), gazetteer.Admin2(e)?.Name, $"{e.CountryIso2}.{e.Admin1Code}");

    private string? Admin1Name(string fullCode) => gazetteer.Admin1(fullCode[..2], fullCode[3..])?.Name;

    private string? CountryName(string iso2) => gazetteer.CountryByCode(iso2)?.Name;

    private static double BaseScore(GazetteerEntry e, bool exact, bool ownName) =>
        Math.Log10(e.Population + 10) + e.FeatureWeight + (exact ? 1.5 : 0) + (ownName ? OwnNameBonus : 0);

    private static double ContextScore(Town town, PlaceContext context) =>
        // A country the article names as a place counts more than one its actors merely come from.
        (context.NamedCountries.Contains(town.Entry.CountryIso2) ? 5 : context.Countries.Contains(town.Entry.CountryIso2) ? 2.5 : 0)
        + (context.Admin1Codes.Count > 0 && context.Admin1Codes.Contains(town.Admin1Key) ? 4 : 0)
        + (context.Admin2Codes.Count > 0 && town.Admin2Key is { } admin2 && context.Admin2Codes.Contains(admin2) ? 4 : 0);
}
