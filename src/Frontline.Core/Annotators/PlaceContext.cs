using Frontline.Core.Knowledge;
using Frontline.Core.Model;

namespace Frontline.Core.Annotators;

/// <summary>What an article has said about where it is: its countries (ISO alpha-2) and the admin1 units it names.
/// A town is read in that light: "Baharak district, Takhar" is the Baharak in Takhar.</summary>
/// <remarks>Unit codes are GeoNames-style: "AF.26" for an admin1 unit, "AF.26.1206" for a district.</remarks>
public sealed class PlaceContext
{
    /// <summary>The context of a text that names one country and nothing in it ("Tripoli, Lebanon", "Mali's capital").</summary>
    public static PlaceContext OfCountry(Country country)
    {
        var context = new PlaceContext();
        context.Countries.Add(country.Iso2);
        context.NamedCountries.Add(country.Iso2);
        return context;
    }

    public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

    /// <summary>Names (by plain key) the text puts in a country ("the town of Palma in northern Mozambique"), with that
    /// country: a namesake elsewhere is no reading of the name anywhere in the article.</summary>
    public Dictionary<string, string> PlacedIn { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Admin1Codes { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Admin2Codes { get; } = new(StringComparer.Ordinal);

    /// <summary>The towns the article names without ambiguity, by the plain key of their name: a namesake in one's
    /// province, or near one, is likelier than one far from the rest of the story (spatial coherence, weaker than a
    /// province the article names itself). A town lends nothing to its own name.</summary>
    public List<NamedTown> NamedTowns { get; } = [];

    /// <summary>Whether a town other than <paramref name="plainName"/> lies in that province.</summary>
    public bool InProvinceOfAnotherTown(string admin1Code, string plainName)
    {
        foreach (var t in NamedTowns)
            if (t.Admin1Code == admin1Code && t.PlainName != plainName) return true;
        return false;
    }

    /// <summary>Whether a town other than <paramref name="plainName"/> lies within <paramref name="km"/>.</summary>
    public bool NearAnotherTown(double lat, double lon, double km, string plainName)
    {
        foreach (var t in NamedTowns)
            if (t.PlainName != plainName && Geo.HaversineKm(lat, lon, t.Lat, t.Lon) <= km) return true;
        return false;
    }

    /// <summary>Provinces that open fronts of the article's day run through: a weak prior for a village's namesakes.</summary>
    public HashSet<string> ConflictAdmin1Codes { get; } = new(StringComparer.Ordinal);

    /// <summary>Contact lines of the article's day: a weak prior for a village's namesakes, finer than a province.</summary>
    public List<ContactLine> ContactLines { get; } = [];

    /// <summary>Whether a place of country <paramref name="iso2"/> lies within <paramref name="km"/> of one of
    /// <see cref="ContactLines"/> that runs through that country.</summary>
    public bool OnAContactLine(double lat, double lon, string iso2, double km)
    {
        foreach (var line in ContactLines)
            if (line.Countries.Contains(iso2) && line.Within(lat, lon, km)) return true;
        return false;
    }

    /// <summary>Countries the article itself names as places (a country, a province, a large town), as opposed to
    /// countries only implied by its actors ("Israeli strikes" may fall in Gaza).</summary>
    public HashSet<string> NamedCountries { get; } = new(StringComparer.Ordinal);

    public bool Known => NamedCountries.Count > 0;

    /// <summary>Per country, the one name (by its plain key) that alone put it in <see cref="Countries"/>, where one did.</summary>
    private readonly Dictionary<string, string> _soleReader = new(StringComparer.Ordinal);

    /// <summary>The same for <see cref="NamedCountries"/>.</summary>
    private readonly Dictionary<string, string> _soleNamer = new(StringComparer.Ordinal);

    /// <summary>Notes a country the article is about, with the name whose reading put it there (null for other evidence:
    /// an actor, a country's own name, the user's hint), so that a name's own reading is no evidence for itself.</summary>
    public void AddCountry(string iso2, string? byName, bool named)
    {
        Note(Countries, _soleReader, iso2, byName);
        if (named) Note(NamedCountries, _soleNamer, iso2, byName);
    }

    private static void Note(HashSet<string> countries, Dictionary<string, string> sole, string iso2, string? byName)
    {
        if (countries.Add(iso2))
        {
            if (byName is not null) sole[iso2] = byName;
        }
        else if (sole.TryGetValue(iso2, out var by) && by != byName) sole.Remove(iso2);
    }

    /// <summary>The context as evidence about one name: without the countries only that name's own earlier reading put
    /// in it ("Tripoli" read as Libya's capital in a first pass does not vouch for Libya when it is read again beside
    /// "Sidon"). The context itself when the name put no country there alone.</summary>
    public PlaceContext Without(string plainName)
    {
        if (!_soleReader.ContainsValue(plainName) && !_soleNamer.ContainsValue(plainName)) return this;
        var copy = Copy();
        foreach (var (iso2, by) in _soleReader)
            if (by == plainName) { copy.Countries.Remove(iso2); copy._soleReader.Remove(iso2); }
        foreach (var (iso2, by) in _soleNamer)
            if (by == plainName) { copy.NamedCountries.Remove(iso2); copy._soleNamer.Remove(iso2); }
        return copy;
    }

    /// <summary>Whether the article names a province of the country ("SY.09" for "SY").</summary>
    public bool NamesAProvinceOf(string iso2)
    {
        foreach (var code in Admin1Codes)
            if (IsUnder(code, iso2)) return true;
        return false;
    }

    /// <summary>Whether a unit code lies under another ("SY.09" under "SY", "SY.09.123" under "SY.09").</summary>
    public static bool IsUnder(string code, string parent) =>
        code.Length > parent.Length && code.StartsWith(parent, StringComparison.Ordinal) && code[parent.Length] == '.';

    public PlaceContext Copy()
    {
        var copy = new PlaceContext();
        copy.Countries.UnionWith(Countries);
        foreach (var (name, iso2) in PlacedIn) copy.PlacedIn[name] = iso2;
        copy.Admin1Codes.UnionWith(Admin1Codes);
        copy.Admin2Codes.UnionWith(Admin2Codes);
        copy.NamedTowns.AddRange(NamedTowns);
        copy.NamedCountries.UnionWith(NamedCountries);
        copy.ConflictAdmin1Codes.UnionWith(ConflictAdmin1Codes);
        copy.ContactLines.AddRange(ContactLines);
        foreach (var (iso2, by) in _soleReader) copy._soleReader[iso2] = by;
        foreach (var (iso2, by) in _soleNamer) copy._soleNamer[iso2] = by;
        return copy;
    }
}

/// <summary>A town an article names without ambiguity: its name's plain key, province code and point.</summary>
public sealed record NamedTown(string PlainName, string Admin1Code, double Lat, double Lon);
