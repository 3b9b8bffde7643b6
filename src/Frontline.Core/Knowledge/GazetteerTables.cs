using System.Globalization;
using Frontline.Core.Text;

namespace Frontline.Core.Knowledge;

/// <summary>
/// The gazetteer's places, units and name keys: built from the TSV files in data/gazetteer (seconds: a million
/// transliteration keys) or read back from a snapshot of an earlier build (<see cref="GazetteerSnapshot"/>, a fraction
/// of a second).
/// </summary>
/// <param name="Places">Every populated place, numbered by position.</param>
/// <param name="PlainNames">Place numbers by plain key (the spelling modulo accents and marks).</param>
/// <param name="PhoneticNames">Place numbers by phonetic key (transliteration variants meet).</param>
/// <param name="Admin1Units">First-level units, numbered by position.</param>
/// <param name="Admin1Keys">Each name or alias of an admin1 unit: its plain and phonetic keys and the unit's number.</param>
/// <param name="Admin2Units">Second-level units.</param>
/// <param name="Admin2Keys">The phonetic key of each admin2 unit's name, by the unit's position.</param>
public sealed record GazetteerTables(
    GazetteerEntry[] Places,
    NameIndex PlainNames,
    NameIndex PhoneticNames,
    Admin1Unit[] Admin1Units,
    (string Plain, string Phonetic, int Unit)[] Admin1Keys,
    Admin2Unit[] Admin2Units,
    string[] Admin2Keys)
{
    private static readonly string[] Admin1Suffixes =
        ["governorate", "province", "oblast", "region", "state", "district", "muhafazat", "city", "department", "prefecture", "county", "territory"];

    // GeoNames spells the unit into many district names ("Hīt District", "Lagos Island Local Government Area"); news names the place.
    /// <summary>GeoNames' English generic words before a district's name ("Province of Lanao del Sur"), and Indonesian
    /// "Kabupaten" (a regency: "Kabupaten Intan Jaya" is "Intan Jaya regency" in news), which news leaves out. (Its
    /// Spanish ones, "Municipio de", "Provincia de", stay: read bare, those districts outrank their namesake towns in
    /// other provinces.)</summary>
    private static readonly string[] Admin2Prefixes = ["Province of ", "Kabupaten "];

    private static readonly string[] Admin2Suffixes =
        ["district", "county", "rayon", "raion", "municipality", "okrug", "department", "division", "agency", "parish", "local government area", "sub-district",
         "shi", "kommun", "kommune", "ilcesi", "i̇lçesi", "tumani", "town", "city"];

    /// <summary>The tables of the TSV files in <paramref name="directory"/>, with the places of
    /// <paramref name="importedPlaceFiles"/> (tables of the same layout, imported from GeoNames dumps) added: an
    /// imported place replaces a built-in one of the same GeoNames id.</summary>
    public static GazetteerTables FromTsv(string directory, IReadOnlyList<string>? importedPlaceFiles = null)
    {
        var admin1Rows = DataFiles.ReadTable(Path.Combine(directory, "admin1.tsv")).ToList();
        var (places, plain, phonetic) = LoadPlaces(directory, importedPlaceFiles ?? [], admin1Rows.Select(r => r["code"]).ToHashSet(StringComparer.Ordinal));
        var (admin1, admin1Keys) = LoadAdmin1(directory, admin1Rows, places);
        var (admin2, admin2Keys) = LoadAdmin2(directory, places);
        return new GazetteerTables(places, plain, phonetic, admin1, admin1Keys, admin2, admin2Keys);
    }

    private static (GazetteerEntry[], NameIndex, NameIndex) LoadPlaces(string directory, IReadOnlyList<string> importedPlaceFiles, HashSet<string> admin1Codes)
    {
        // 200k places (a million with imports) and their spellings: keys are computed in parallel, then indexed in file
        // order so every lookup lists its places the same way on every run.
        var path = Path.Combine(directory, "places.tsv");
        var builtIn = File.ReadAllLines(path);
        var header = builtIn[0].Split('\t');
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no column {name}");
        int id = Col("geonameid"), nameCol = Col("name"), alts = Col("alt_names"), country = Col("country"), admin1 = Col("admin1"), admin2 = Col("admin2"),
            lat = Col("lat"), lon = Col("lon"), population = Col("population"), feature = Col("feature");
        var imported = new List<string>();
        foreach (var file in importedPlaceFiles)
        {
            var fileLines = File.ReadAllLines(file);
            if (fileLines.Length == 0 || fileLines[0] != builtIn[0]) throw new InvalidDataException($"{file}: not a table of imported places (import again)");
            imported.AddRange(fileLines.Skip(1));
        }
        var lines = imported.Count == 0 ? builtIn : Merge(builtIn, imported, alts);
        var places = new GazetteerEntry[lines.Length - 1];
        var keys = new string[lines.Length - 1][];
        Parallel.For(1, lines.Length, i =>
        {
            var c = lines[i].Split('\t');
            places[i - 1] = new GazetteerEntry(long.Parse(c[id], CultureInfo.InvariantCulture), c[nameCol], c[country], KnownAdmin1(c[country], c[admin1], admin1Codes), c[admin2],
                Number(c[lat]), Number(c[lon]), long.Parse(c[population], CultureInfo.InvariantCulture), c[feature]);
            var altNames = c[alts].Length == 0 ? [] : c[alts].Split('|');
            // Keys in pairs: plain, phonetic; the name first, then its alternate spellings.
            var placeKeys = new string[2 * (altNames.Length + 1)];
            for (var k = 0; k <= altNames.Length; k++)
            {
                var key = TransliterationKey.Plain(k == 0 ? c[nameCol] : altNames[k - 1]);
                placeKeys[2 * k] = key;
                placeKeys[2 * k + 1] = TransliterationKey.PhoneticOfPlain(key);
            }
            keys[i - 1] = placeKeys;
        });
        var plainPairs = new List<(string, int)>(keys.Length * 3);
        var phoneticPairs = new List<(string, int)>(keys.Length * 3);
        for (var p = 0; p < keys.Length; p++)
            for (var k = 0; k < keys[p].Length; k += 2)
            {
                plainPairs.Add((keys[p][k], p));
                phoneticPairs.Add((keys[p][k + 1], p));
            }
        // English names GeoNames spells otherwise ("Kobani" for "‘Ayn al ‘Arab"), hand-kept with their source.
        var byId = new Dictionary<long, int>(places.Length);
        for (var p = 0; p < places.Length; p++) byId[places[p].GeonameId] = p;
        foreach (var row in DataFiles.ReadTable(Path.Combine(directory, "place-aliases.tsv")))
        {
            var geonameId = long.Parse(row["geonameid"], CultureInfo.InvariantCulture);
            if (!byId.TryGetValue(geonameId, out var p)) throw new InvalidDataException($"place-aliases.tsv: no place {geonameId}");
            plainPairs.Add((TransliterationKey.Plain(row["alias"]), p));
            phoneticPairs.Add((TransliterationKey.Phonetic(row["alias"]), p));
        }
        var plain = Task.Run(() => NameIndex.Build(plainPairs));
        var phonetic = NameIndex.Build(phoneticPairs);
        return (places, plain.GetAwaiter().GetResult(), phonetic);
    }

    /// <summary>A place's admin1 code as the admin1 table writes it: some dumps drop the leading zero ("1" for "01").</summary>
    private static string KnownAdmin1(string country, string code, HashSet<string> known) =>
        code.Length == 1 && char.IsAsciiDigit(code[0]) && !known.Contains($"{country}.{code}") && known.Contains($"{country}.0{code}") ? "0" + code : code;

    /// <summary>The built-in lines with the imported ones added. A place both hold keeps its built-in row (its English
    /// name, population and seat code, which converted dumps may lack) and gains the imported spellings.</summary>
    private static string[] Merge(string[] builtIn, List<string> imported, int altsColumn)
    {
        static string IdOf(string line) => line[..line.IndexOf('\t')];
        var importedById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in imported) importedById[IdOf(line)] = line;
        var merged = new List<string>(builtIn.Length + imported.Count) { builtIn[0] };
        foreach (var line in builtIn.Skip(1))
        {
            if (!importedById.Remove(IdOf(line), out var other))
            {
                merged.Add(line);
                continue;
            }
            var cells = line.Split('\t');
            var spellings = cells[altsColumn].Split('|', StringSplitOptions.RemoveEmptyEntries)
                .Concat(other.Split('\t')[altsColumn].Split('|', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal);
            cells[altsColumn] = string.Join('|', spellings);
            merged.Add(string.Join('\t', cells));
        }
        // Imported-only places, in their files' order.
        merged.AddRange(imported.Where(l => importedById.ContainsKey(IdOf(l))));
        return [.. merged];
    }

    private static (Admin1Unit[], (string, string, int)[]) LoadAdmin1(string directory, List<Dictionary<string, string>> admin1Rows, GazetteerEntry[] places)
    {
        // An admin1 unit is placed at its most populous town, which is nearly always its seat (ACLED's rule
        // for events known only to the province: the provincial capital).
        var seats = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        // A unit's towns spread over it: the middle of their extent is the middle of the unit, and their populations
        // add up to its own.
        var extents = new Dictionary<string, Extent>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            var code = $"{p.CountryIso2}.{p.Admin1Code}";
            if (!seats.TryGetValue(code, out var best) || Rank(p) > Rank(best)) seats[code] = p;
            if (!extents.TryGetValue(code, out var extent)) extents[code] = extent = new Extent();
            extent.Add(p);
        }
        // The humanitarian datasets' spelling where GeoNames differs ("Idleb", "Taizz"), so exports line up with ACLED.
        var preferred = DataFiles.ReadTable(Path.Combine(directory, "admin1-names.tsv")).ToDictionary(r => r["code"], r => r["name"], StringComparer.Ordinal);
        var units = new List<Admin1Unit>();
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<(string, string, int)>();
        void Key(string name, int unit) => keys.Add((TransliterationKey.Plain(name), TransliterationKey.Phonetic(name), unit));
        foreach (var row in admin1Rows)
        {
            var code = row["code"];
            if (!seats.TryGetValue(code, out var seat)) continue;
            var geonamesName = StripSuffix(StripPrefixes(row["name"], ["Muhafazat "]), Admin1Suffixes);
            byCode[code] = units.Count;
            var extent = extents[code];
            var (centerLat, centerLon) = extent.Middle();
            units.Add(new Admin1Unit(code, code[..2], preferred.GetValueOrDefault(code) ?? TransliterationKey.Romanized(geonamesName), seat.Lat, seat.Lon,
                centerLat, centerLon, extent.Population));
            Key(units[^1].Name, units.Count - 1);
            Key(geonamesName, units.Count - 1);
        }
        foreach (var row in DataFiles.ReadTable(Path.Combine(directory, "admin1-aliases.tsv")))
            if (byCode.TryGetValue(row["code"], out var unit)) Key(row["alias"], unit);
        return ([.. units], [.. keys]);
    }

    private static (Admin2Unit[], string[]) LoadAdmin2(string directory, GazetteerEntry[] places)
    {
        // Placed at its seat, as admin1 units are: ACLED codes an event known only to its district at the district's town.
        var seats = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var populations = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var p in places.Where(p => p.Admin2Code.Length > 0))
        {
            var code = $"{p.CountryIso2}.{p.Admin1Code}.{p.Admin2Code}";
            if (!seats.TryGetValue(code, out var best) || Rank(p, district: true) > Rank(best, district: true)) seats[code] = p;
            populations[code] = populations.GetValueOrDefault(code) + p.Population;
        }
        var units = new List<Admin2Unit>();
        foreach (var row in DataFiles.ReadTable(Path.Combine(directory, "admin2.tsv")))
        {
            var code = row["code"];
            if (!seats.TryGetValue(code, out var seat)) continue;
            units.Add(new Admin2Unit(code, code[..2], $"{seat.CountryIso2}.{seat.Admin1Code}", StripSuffix(StripPrefixes(row["name"], Admin2Prefixes), Admin2Suffixes),
                seat.Lat, seat.Lon, populations[code]));
        }
        return ([.. units], [.. units.Select(u => TransliterationKey.Phonetic(u.Name))]);
    }

    /// <summary>The box around a unit's places, and their population.</summary>
    private sealed class Extent
    {
        private readonly List<double> _lats = [], _lons = [];

        public long Population { get; private set; }

        public void Add(GazetteerEntry p)
        {
            _lats.Add(p.Lat);
            _lons.Add(p.Lon);
            Population += p.Population;
        }

        /// <summary>The middle of the box around the unit's places, once places far outside the rest are set aside:
        /// GeoNames codes a few towns to the wrong unit (villages of Tibet under Hebei), and one of them would move the
        /// middle of a province by a thousand kilometres. The places' mean for a unit that straddles the antimeridian,
        /// whose box would circle the globe. (Sorts the unit's coordinates.)</summary>
        public (double Lat, double Lon) Middle()
        {
            var (south, north) = InnerRange(_lats);
            var (west, east) = InnerRange(_lons);
            return east - west > 180 ? (_lats.Average(), _lons.Average()) : ((south + north) / 2, (west + east) / 2);
        }

        /// <summary>Least and greatest value once a few values at either end (a tenth of them at most) are set aside
        /// when a gap wider than all the other values span parts them from the rest: a stray, not the unit's edge.</summary>
        private static (double Low, double High) InnerRange(List<double> values)
        {
            values.Sort();
            var (low, high) = (0, values.Count - 1);
            var most = values.Count / 10;
            for (var k = 1; k <= most; k++)
                if (values[k] - values[k - 1] > values[^1] - values[k]) low = k;
            for (var k = 1; k <= most; k++)
                if (values[^k] - values[^(k + 1)] > values[^(k + 1)] - values[low]) high = values.Count - 1 - k;
            return (values[low], values[high]);
        }
    }

    /// <summary>A unit's seat: its capital by feature code ("PPLA" for a province, "PPLA2" or a higher seat for a district), else its largest town.</summary>
    private static double Rank(GazetteerEntry p, bool district = false) =>
        p.Population + (p.Feature == "PPLA" || (district && p.Feature is "PPLA2" or "PPLC") ? 1e9 : 0);

    private static string StripPrefixes(string name, string[] prefixes)
    {
        foreach (var prefix in prefixes)
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length) return name[prefix.Length..];
        return name;
    }

    private static string StripSuffix(string name, string[] suffixes)
    {
        var lower = name.ToLowerInvariant();
        foreach (var suffix in suffixes)
            if (lower.Length > suffix.Length + 1 && lower.EndsWith(" " + suffix, StringComparison.Ordinal)) return name[..^(suffix.Length + 1)];
        return name;
    }

    private static double Number(string s) => s.Length == 0 ? 0 : double.Parse(s, CultureInfo.InvariantCulture);
}
