namespace Frontline.Core.Knowledge;

/// <summary>
/// Name lookups over countries, admin1 units and populated places. Lookups take any common spelling;
/// ranking in context is the place resolver's job, not the gazetteer's.
/// </summary>
public interface IGazetteer
{
    IReadOnlyList<Country> Countries { get; }

    Country? CountryByCode(string isoCode);

    Country? FindCountry(string name);

    /// <summary>Every country a name is used for, <see cref="FindCountry"/>'s first: "Congo" is said of both Congos.</summary>
    IReadOnlyList<Country> CountriesCalled(string name);

    /// <summary>Whether some country's name (as <see cref="FindCountry"/> reads it) could begin with this word; false rules
    /// out every phrase the word starts.</summary>
    bool MayStartCountryName(string word);

    IReadOnlyList<Admin1Unit> FindAdmin1(string name);

    Admin1Unit? Admin1(string countryIso2, string admin1Code);

    /// <summary>Whether <paramref name="name"/> is the unit's name or a kept alias, modulo accents (not merely a sound-alike).</summary>
    bool IsAdmin1Name(Admin1Unit unit, string name);

    /// <summary>The units <paramref name="name"/> is the name or a kept alias of ("Maryland": a US state and a Liberian
    /// county), not those it merely sounds like.</summary>
    IEnumerable<Admin1Unit> FindAdmin1Named(string name) => FindAdmin1(name).Where(unit => IsAdmin1Name(unit, name));

    IReadOnlyList<Admin2Unit> FindAdmin2(string name);

    /// <summary>The district a place lies in, when the gazetteer knows it.</summary>
    Admin2Unit? Admin2(GazetteerEntry place);

    /// <summary>Places whose name has the same plain key (exact spelling modulo accents), then same phonetic key.</summary>
    (IReadOnlyList<GazetteerEntry> Exact, IReadOnlyList<GazetteerEntry> Phonetic) FindPlaces(string name);
}
