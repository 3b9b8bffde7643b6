using System.Globalization;
using Frontline.Core.Text;

namespace Frontline.Core.Knowledge;

/// <summary>The gazetteer built by tools/gazetteer from GeoNames-derived packages (see data/gazetteer/SOURCES.md).</summary>
public sealed class Gazetteer : IGazetteer
{
    private readonly Dictionary<string, Country> _countriesByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Country> _countriesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Country>> _claimantsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Admin1Unit>> _admin1ByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Admin1Unit>> _admin1ByPlain = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Admin1Unit> _admin1ByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Admin2Unit>> _admin2ByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Admin2Unit> _admin2ByCode = new(StringComparer.Ordinal);
    private readonly List<Country> _countries = [];
    private readonly GazetteerTables _tables;

    private const int MinPhoneticKeyLength = 3;

    /// <summary>A short skeleton with no syllable inside ("Lund", "Linda") matches too loosely to be read by sound.</summary>
    private static readonly string NoInnerSyllable = $"{TransliterationKey.SyllableMark}0";

    /// <summary>Loads the gazetteer in <paramref name="directory"/>, from the cached snapshot of its tables when there is one.</summary>
    public Gazetteer(string directory)
        : this(directory, GazetteerSnapshot.LoadOrBuild(directory))
    {
    }

    public Gazetteer(string directory, GazetteerTables tables)
    {
        _tables = tables;
        LoadCountries(directory);
        _countriesBySpan = _countriesByName.GetAlternateLookup<ReadOnlySpan<char>>();
        _countryKeyPrefixesBySpan = _countryKeyPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (plain, phonetic, unit) in tables.Admin1Keys)
        {
            Add(_admin1ByName, phonetic, tables.Admin1Units[unit]);
            Add(_admin1ByPlain, plain, tables.Admin1Units[unit]);
        }
        foreach (var unit in tables.Admin1Units) _admin1ByCode[unit.Code] = unit;
        for (var i = 0; i < tables.Admin2Units.Length; i++)
        {
            _admin2ByCode[tables.Admin2Units[i].Code] = tables.Admin2Units[i];
            Add(_admin2ByName, tables.Admin2Keys[i], tables.Admin2Units[i]);
        }
    }

    public IReadOnlyList<Country> Countries => _countries;

    public Country? CountryByCode(string isoCode) => _countriesByCode.GetValueOrDefault(isoCode);

    public Country? FindCountry(string name)
    {
        // Asked of every capitalized word: the key is built on the stack, not as a string.
        Span<char> key = name.Length <= 64 ? stackalloc char[3 * name.Length] : new char[3 * name.Length];
        return _countriesBySpan.TryGetValue(key[..TransliterationKey.Plain(name, key)], out var country) ? country : null;
    }

    public IReadOnlyList<Country> CountriesCalled(string name) =>
        _claimantsByName.TryGetValue(TransliterationKey.Plain(name), out var claimants) ? claimants : [];

    /// <summary>Every beginning of a country's plain key: a word whose key is none of them starts no country's name, so
    /// the phrases it starts need not be looked up one by one.</summary>
    private readonly HashSet<string> _countryKeyPrefixes = new(StringComparer.Ordinal);

    public bool MayStartCountryName(string word)
    {
        Span<char> key = word.Length <= 64 ? stackalloc char[3 * word.Length] : new char[3 * word.Length];
        var length = TransliterationKey.Plain(word, key);
        return length == 0 || _countryKeyPrefixesBySpan.Contains(key[..length]);
    }

    public IReadOnlyList<Admin1Unit> FindAdmin1(string name) =>
        _admin1ByName.TryGetValue(TransliterationKey.Phonetic(name), out var list) ? list : [];

    public bool IsAdmin1Name(Admin1Unit unit, string name) =>
        _admin1ByPlain.TryGetValue(TransliterationKey.Plain(name), out var list) && list.Contains(unit);

    public Admin1Unit? Admin1(string countryIso2, string admin1Code) => _admin1ByCode.GetValueOrDefault($"{countryIso2}.{admin1Code}");

    public IReadOnlyList<Admin2Unit> FindAdmin2(string name) =>
        _admin2ByName.TryGetValue(TransliterationKey.Phonetic(name), out var list) ? list : [];

    public Admin2Unit? Admin2(GazetteerEntry place) =>
        place.Admin2Code.Length == 0 ? null : _admin2ByCode.GetValueOrDefault($"{place.CountryIso2}.{place.Admin1Code}.{place.Admin2Code}");

    public (IReadOnlyList<GazetteerEntry> Exact, IReadOnlyList<GazetteerEntry> Phonetic) FindPlaces(string name)
    {
        var plain = TransliterationKey.Plain(name);
        var exact = Places(_tables.PlainNames.Find(plain));
        // A skeleton of two letters ("ab" for "Bou") says too little to match on, even with its syllables.
        var key = TransliterationKey.PhoneticOfPlain(plain);
        var phonetic = TransliterationKey.SkeletonLetters(key) >= MinPhoneticKeyLength && !key.EndsWith(NoInnerSyllable, StringComparison.Ordinal)
            ? Places(_tables.PhoneticNames.Find(key))
            : [];
        return (exact, phonetic);
    }

    private GazetteerEntry[] Places(ReadOnlySpan<int> numbers)
    {
        if (numbers.IsEmpty) return [];
        var places = new GazetteerEntry[numbers.Length];
        for (var i = 0; i < numbers.Length; i++) places[i] = _tables.Places[numbers[i]];
        return places;
    }

    private void LoadCountries(string directory)
    {
        var acledNames = DataFiles.ReadTable(Path.Combine(directory, "acled-country-names.tsv")).ToDictionary(r => r["iso2"], r => r["acled_name"], StringComparer.Ordinal);
        // Hand-kept GeoNames points for the few countries whose package point is a coarse one far from it.
        var points = DataFiles.ReadTable(Path.Combine(directory, "country-points.tsv"))
            .ToDictionary(r => r["iso2"], r => (Lat: Number(r["lat"]), Lon: Number(r["lon"])), StringComparer.Ordinal);
        foreach (var row in DataFiles.ReadTable(Path.Combine(directory, "countries.tsv")))
        {
            var (lat, lon) = points.GetValueOrDefault(row["iso2"], (Number(row["lat"]), Number(row["lon"])));
            var country = new Country(row["iso2"], row["iso3"], row["name"], row["demonym"], lat, lon, row["capital"].Length > 0 ? row["capital"] : null);
            if (acledNames.TryGetValue(country.Iso2, out var acledName)) country = country with { AcledName = acledName };
            _countries.Add(country);
            _countriesByCode[country.Iso2] = country;
            _countriesByCode[country.Iso3] = country;
            AddCountryName(country.Name, country);
            AddCountryName(row["official"], country);
            foreach (var alt in row["alt_names"].Split('|', StringSplitOptions.RemoveEmptyEntries)) AddCountryName(alt, country);
        }
        foreach (var country in _countries.Where(c => c.AcledName != c.Name)) AddCountryName(country.AcledName, country);
        // Hand-kept spellings the package lacks ("Türkiye", "the U.S.", "DRC", "Burma"), one line each.
        foreach (var row in DataFiles.ReadTable(Path.Combine(directory, "country-aliases.tsv")))
        {
            if (!_countriesByCode.TryGetValue(row["iso2"], out var country)) continue;
            var key = TransliterationKey.Plain(row["alias"]);
            _countriesByName[key] = country;
            Claim(key, country, first: true);
        }
        foreach (var key in _countriesByName.Keys)
            for (var length = 1; length <= key.Length; length++) _countryKeyPrefixes.Add(key[..length]);
    }

    // Made once: making a look-up checks the comparer's type, which cost as much as the look-up itself.
    private readonly Dictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> _countriesBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _countryKeyPrefixesBySpan;

    private void AddCountryName(string name, Country country)
    {
        var key = TransliterationKey.Plain(name);
        if (key.Length == 0) return;
        _countriesByName.TryAdd(key, country);
        Claim(key, country, first: false);
    }

    /// <summary>Notes a country among those a name is used for ("Congo": both Congos), the one <see cref="FindCountry"/>
    /// gives first.</summary>
    private void Claim(string key, Country country, bool first)
    {
        if (!_claimantsByName.TryGetValue(key, out var claimants)) _claimantsByName[key] = claimants = [];
        claimants.Remove(country);
        if (first) claimants.Insert(0, country);
        else claimants.Add(country);
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
        where T : class
    {
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        // A place's spellings often share a key ("Kobani", "Kobane"): it is listed once per key.
        if (list.Count == 0 || !ReferenceEquals(list[^1], value)) list.Add(value);
    }

    private static double Number(string s) => s.Length == 0 ? 0 : double.Parse(s, CultureInfo.InvariantCulture);
}
