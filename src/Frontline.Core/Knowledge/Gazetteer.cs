using System.Globalization;
using Frontline.Core.Text;

namespace Frontline.Core.Knowledge;

/// <summary>The gazetteer built by tools/gazetteer from GeoNames-derived packages (see data/gazetteer/SOURCES.md).</summary>
public sealed class Gazetteer : IGazetteer
{
    private static readonly string[] Admin1Suffixes =
        ["governorate", "province", "oblast", "region", "state", "district", "muhafazat", "city", "department", "prefecture", "county", "territory"];

    // GeoNames spells the unit into many district names ("Hīt District", "Lagos Island Local Government Area"); news names the place.
    private static readonly string[] Admin2Suffixes =
        ["district", "county", "rayon", "raion", "municipality", "okrug", "department", "parish", "local government area", "sub-district",
         "shi", "kommun", "kommune", "ilcesi", "i̇lçesi", "tumani", "town", "city"];

    private readonly Dictionary<string, Country> _countriesByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Country> _countriesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Admin1Unit>> _admin1ByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Admin1Unit>> _admin1ByPlain = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Admin1Unit> _admin1ByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Admin2Unit>> _admin2ByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Admin2Unit> _admin2ByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerEntry>> _byPlain = new(400_000, StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerEntry>> _byPhonetic = new(400_000, StringComparer.Ordinal);
    private readonly List<Country> _countries = [];

    private const int MinPhoneticKeyLength = 4;

    public Gazetteer(string directory)
    {
        LoadCountries(directory);
        var places = LoadPlaces(Path.Combine(directory, "places.tsv"));
        LoadAdmin1(Path.Combine(directory, "admin1.tsv"), places);
        LoadAdmin2(Path.Combine(directory, "admin2.tsv"), places);
    }

    public IReadOnlyList<Country> Countries => _countries;

    public Country? CountryByCode(string isoCode) => _countriesByCode.GetValueOrDefault(isoCode);

    public Country? FindCountry(string name) => _countriesByName.GetValueOrDefault(TransliterationKey.Plain(name));

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
        IReadOnlyList<GazetteerEntry> exact = _byPlain.TryGetValue(TransliterationKey.Plain(name), out var e) ? e : [];
        // A short skeleton ("ab" for "Bou") says too little to match on its own.
        var key = TransliterationKey.Phonetic(name);
        IReadOnlyList<GazetteerEntry> phonetic = key.Replace(" ", "", StringComparison.Ordinal).Length >= MinPhoneticKeyLength
                                                 && _byPhonetic.TryGetValue(key, out var p) ? p : [];
        return (exact, phonetic);
    }

    private void LoadCountries(string directory)
    {
        foreach (var row in DataFiles.ReadTable(Path.Combine(directory, "countries.tsv")))
        {
            var country = new Country(row["iso2"], row["iso3"], row["name"], row["demonym"],
                Number(row["lat"]), Number(row["lon"]), row["capital"].Length > 0 ? row["capital"] : null);
            _countries.Add(country);
            _countriesByCode[country.Iso2] = country;
            _countriesByCode[country.Iso3] = country;
            AddCountryName(country.Name, country);
            AddCountryName(row["official"], country);
            foreach (var alt in row["alt_names"].Split('|', StringSplitOptions.RemoveEmptyEntries)) AddCountryName(alt, country);
        }
        // Hand-kept spellings the package lacks ("Türkiye", "the U.S.", "DRC", "Burma"), one line each.
        foreach (var row in DataFiles.ReadTable(Path.Combine(directory, "country-aliases.tsv")))
        {
            if (_countriesByCode.TryGetValue(row["iso2"], out var country)) _countriesByName[TransliterationKey.Plain(row["alias"])] = country;
        }
    }

    private void AddCountryName(string name, Country country)
    {
        var key = TransliterationKey.Plain(name);
        if (key.Length > 0) _countriesByName.TryAdd(key, country);
    }

    private List<GazetteerEntry> LoadPlaces(string path)
    {
        // 200k places and their spellings: keys are computed in parallel, then indexed in file order so the
        // lists (and so every lookup) come out the same on every run.
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no column {name}");
        int id = Col("geonameid"), nameCol = Col("name"), alts = Col("alt_names"), country = Col("country"), admin1 = Col("admin1"), admin2 = Col("admin2"),
            lat = Col("lat"), lon = Col("lon"), population = Col("population"), feature = Col("feature");
        var rows = new (GazetteerEntry Entry, string[] Keys)[lines.Length - 1];
        Parallel.For(1, lines.Length, i =>
        {
            var c = lines[i].Split('\t');
            var entry = new GazetteerEntry(long.Parse(c[id], CultureInfo.InvariantCulture), c[nameCol], c[country], c[admin1], c[admin2],
                Number(c[lat]), Number(c[lon]), long.Parse(c[population], CultureInfo.InvariantCulture), c[feature]);
            var altNames = c[alts].Length == 0 ? [] : c[alts].Split('|');
            // Keys in pairs: plain, phonetic; the name first, then its alternate spellings.
            var keys = new string[2 * (altNames.Length + 1)];
            for (var k = 0; k <= altNames.Length; k++)
            {
                var plain = TransliterationKey.Plain(k == 0 ? c[nameCol] : altNames[k - 1]);
                keys[2 * k] = plain;
                keys[2 * k + 1] = TransliterationKey.PhoneticOfPlain(plain);
            }
            rows[i - 1] = (entry, keys);
        });
        // The two indexes are filled at once, one per thread; each in file order.
        void Fill(Dictionary<string, List<GazetteerEntry>> index, int offset)
        {
            foreach (var (entry, keys) in rows)
                for (var k = offset; k < keys.Length; k += 2)
                    Add(index, keys[k], entry);
        }
        Parallel.Invoke(() => Fill(_byPlain, 0), () => Fill(_byPhonetic, 1));
        var places = rows.Select(r => r.Entry).ToList();
        // English names GeoNames spells otherwise ("Kobani" for "‘Ayn al ‘Arab"), hand-kept with their source.
        var byId = places.ToDictionary(p => p.GeonameId);
        foreach (var row in DataFiles.ReadTable(Path.Combine(Path.GetDirectoryName(path)!, "place-aliases.tsv")))
        {
            var geonameId = long.Parse(row["geonameid"], CultureInfo.InvariantCulture);
            if (!byId.TryGetValue(geonameId, out var entry)) throw new InvalidDataException($"place-aliases.tsv: no place {geonameId}");
            Index(row["alias"], entry);
        }
        return places;
    }

    private void Index(string name, GazetteerEntry entry)
    {
        Add(_byPlain, TransliterationKey.Plain(name), entry);
        Add(_byPhonetic, TransliterationKey.Phonetic(name), entry);
    }

    private void LoadAdmin1(string path, List<GazetteerEntry> places)
    {
        // An admin1 unit is placed at its most populous town, which is nearly always its seat (ACLED's rule
        // for events known only to the province: the provincial capital).
        var seats = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            var code = $"{p.CountryIso2}.{p.Admin1Code}";
            if (!seats.TryGetValue(code, out var best) || Rank(p) > Rank(best)) seats[code] = p;
        }
        foreach (var row in DataFiles.ReadTable(path))
        {
            var code = row["code"];
            if (!seats.TryGetValue(code, out var seat)) continue;
            var unit = new Admin1Unit(code, code[..2], StripSuffix(row["name"], Admin1Suffixes), seat.Lat, seat.Lon);
            _admin1ByCode[code] = unit;
            Add(_admin1ByName, TransliterationKey.Phonetic(unit.Name), unit);
            Add(_admin1ByPlain, TransliterationKey.Plain(unit.Name), unit);
        }
        foreach (var row in DataFiles.ReadTable(Path.Combine(Path.GetDirectoryName(path)!, "admin1-aliases.tsv")))
        {
            if (!_admin1ByCode.TryGetValue(row["code"], out var unit)) continue;
            Add(_admin1ByName, TransliterationKey.Phonetic(row["alias"]), unit);
            Add(_admin1ByPlain, TransliterationKey.Plain(row["alias"]), unit);
        }
    }

    private void LoadAdmin2(string path, List<GazetteerEntry> places)
    {
        // Placed at its seat, as admin1 units are: ACLED codes an event known only to its district at the district's town.
        var seats = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var p in places.Where(p => p.Admin2Code.Length > 0))
        {
            var code = $"{p.CountryIso2}.{p.Admin1Code}.{p.Admin2Code}";
            if (!seats.TryGetValue(code, out var best) || Rank(p, district: true) > Rank(best, district: true)) seats[code] = p;
        }
        foreach (var row in DataFiles.ReadTable(path))
        {
            var code = row["code"];
            if (!seats.TryGetValue(code, out var seat)) continue;
            var unit = new Admin2Unit(code, code[..2], $"{seat.CountryIso2}.{seat.Admin1Code}", StripSuffix(row["name"], Admin2Suffixes), seat.Lat, seat.Lon);
            _admin2ByCode[code] = unit;
            Add(_admin2ByName, TransliterationKey.Phonetic(unit.Name), unit);
        }
    }

    /// <summary>A unit's seat: its capital by feature code ("PPLA" for a province, "PPLA2" or a higher seat for a district), else its largest town.</summary>
    private static double Rank(GazetteerEntry p, bool district = false) =>
        p.Population + (p.Feature == "PPLA" || (district && p.Feature is "PPLA2" or "PPLC") ? 1e9 : 0);

    private static string StripSuffix(string name, string[] suffixes)
    {
        var lower = name.ToLowerInvariant();
        foreach (var suffix in suffixes)
            if (lower.Length > suffix.Length + 1 && lower.EndsWith(" " + suffix, StringComparison.Ordinal)) return name[..^(suffix.Length + 1)];
        return name;
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
