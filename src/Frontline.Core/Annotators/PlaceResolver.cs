using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>
/// Turns a name into ranked places. Countries first, then admin1 units when the text says "province" (or no town
/// of that name exists in the article's countries), then towns ranked by: in a country the article is about,
/// population, seat of government, exact spelling over a transliteration match.
/// </summary>
public sealed class PlaceResolver(IGazetteer gazetteer)
{
    public sealed record Resolution(Place Best, IReadOnlyList<Place> Candidates, bool Strong);

    public Resolution? Resolve(string name, IReadOnlySet<string> contextCountries, bool admin1Hinted)
    {
        if (gazetteer.FindCountry(name) is { } country) return new Resolution(CountryPlace(country), [], true);
        // As for towns, a sound-alike province counts only in the article's countries ("Tawila" is not "Tula").
        var plain = TransliterationKey.Plain(name);
        var admin1 = gazetteer.FindAdmin1(name)
            .Where(a => contextCountries.Contains(a.CountryIso2) || TransliterationKey.Plain(a.Name) == plain)
            .OrderByDescending(a => contextCountries.Contains(a.CountryIso2))
            .Select(Admin1Place).ToList();
        var (exact, phonetic) = gazetteer.FindPlaces(name);
        var towns = exact.Select(e => (Entry: e, Exact: true))
            .Concat(phonetic.Where(p => !exact.Contains(p)).Select(p => (Entry: p, Exact: false)))
            .Select(x => (Place: ToPlace(x.Entry), x.Exact, Score: Score(x.Entry, x.Exact, contextCountries)))
            .OrderByDescending(x => x.Score)
            .Take(8)
            .ToList();
        // A transliteration match counts only in a country the article is about: "Isorella" is not "Israeli".
        // A city of half a million keeps its old spellings worldwide ("Kharkov").
        towns = towns.Where(t => t.Exact || contextCountries.Contains(t.Place.CountryIso2) || t.Place.Population >= 500_000).ToList();
        var candidates = towns.Select(t => t.Place).Concat(admin1).ToList();
        if (candidates.Count == 0) return null;
        var admin1InContext = admin1.FirstOrDefault(a => contextCountries.Contains(a.CountryIso2));
        var inContext = towns.FirstOrDefault(t => contextCountries.Contains(t.Place.CountryIso2));
        if (admin1Hinted && (admin1InContext ?? admin1.FirstOrDefault()) is { } hinted) return new Resolution(hinted, candidates, true);
        // A transliteration match alone ("Bou Kamal" for "Abu Kamal") is strong only where the text treats it as a place.
        if (inContext.Place is not null) return new Resolution(inContext.Place, candidates, inContext.Exact);
        if (admin1InContext is not null) return new Resolution(admin1InContext, candidates, true);
        if (towns.Count > 0) return new Resolution(towns[0].Place, candidates, towns[0].Place.Population >= 100_000);
        return new Resolution(admin1[0], candidates, false);
    }

    public Place CountryPlace(Country c) => new(c.Name, $"country:{c.Iso2}", c.Lat, c.Lon, c.Iso2, null, PlacePrecision.Country, CountryName: c.Name);

    public Place Admin1Place(Admin1Unit a) =>
        new(a.Name, $"admin1:{a.Code}", a.Lat, a.Lon, a.CountryIso2, a.Name, PlacePrecision.Admin1, CountryName: CountryName(a.CountryIso2));

    private Place ToPlace(GazetteerEntry e) =>
        new(e.Name, $"geonames:{e.GeonameId}", e.Lat, e.Lon, e.CountryIso2, gazetteer.Admin1(e.CountryIso2, e.Admin1Code)?.Name,
            PlacePrecision.Place, e.Population, CountryName(e.CountryIso2));

    private string? CountryName(string iso2) => gazetteer.CountryByCode(iso2)?.Name;

    private static double Score(GazetteerEntry e, bool exact, IReadOnlySet<string> context) =>
        Math.Log10(e.Population + 10) + e.FeatureWeight + (exact ? 1.5 : 0) + (context.Contains(e.CountryIso2) ? 5 : 0);
}
