using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Frontline.Core.Knowledge;

/// <summary>
/// Reads GeoNames dump files (the 19-column layout of `XX.txt` and `allCountries.txt`; plain, zipped or gzipped) and
/// keeps the places news names: every populated place, sub-district units, and the sites and features where fighting
/// is reported (airports, bases, dams, border posts, bridges, camps, mountains, passes, valleys, islands, rivers, lakes,
/// regions). Provinces and districts are not kept as places: the built-in admin1 and admin2 tables name them.
/// </summary>
public static class GeoNamesDump
{
    /// <summary>Feature codes kept beyond class P (populated places), by class.</summary>
    private static readonly Dictionary<char, HashSet<string>> KeptFeatures = new()
    {
        ['A'] = ["ADM3", "ADM4", "ADM5", "ADMD"],
        ['S'] = ["AIRP", "AIRB", "AIRF", "AIRH", "MILB", "INSM", "DAM", "PSTB", "BDG", "PRT", "CMP", "CMPRF", "CSTL", "FT", "HSP", "MSQE", "OILR", "PRN"],
        ['T'] = ["MT", "MTS", "HLL", "HLLS", "PASS", "VAL", "ISL", "ISLS", "PEN", "DSRT", "PLAT", "CAPE"],
        ['H'] = ["STM", "LK", "LKS", "RSV", "BAY", "GULF", "CNL", "WAD", "STRT"],
        ['L'] = ["RGN", "AREA", "OAS", "PRK"],
    };

    private const int Columns = 19;

    /// <summary>One kept row, as the gazetteer's place tables hold it.</summary>
    public sealed record Row(long GeonameId, string Name, string[] AltNames, string Country, string Admin1, string Admin2,
        double Lat, double Lon, long Population, string Feature);

    /// <summary>Every kept row of the file at <paramref name="path"/>; a malformed line throws naming the file and line.</summary>
    public static IEnumerable<Row> Read(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: no such file");
        var lower = path.ToLowerInvariant();
        if (lower.EndsWith(".zip", StringComparison.Ordinal))
        {
            using var zip = ZipFile.OpenRead(path);
            // A GeoNames zip holds the dump and a readme: read the dump (the .txt that is not the readme).
            var entries = zip.Entries.Where(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
                                                 && !e.Name.StartsWith("readme", StringComparison.OrdinalIgnoreCase)).ToList();
            if (entries.Count == 0) throw new InvalidDataException($"{path}: no GeoNames .txt dump inside the zip");
            foreach (var entry in entries)
            {
                using var stream = entry.Open();
                foreach (var row in Read(stream, $"{path}!{entry.FullName}")) yield return row;
            }
            yield break;
        }
        using var file = File.OpenRead(path);
        using var input = lower.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        foreach (var row in Read(input, path)) yield return row;
    }

    private static IEnumerable<Row> Read(Stream stream, string name)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        var lineNumber = 0;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception e) when (e is DecoderFallbackException or InvalidDataException)
            {
                throw new InvalidDataException($"{name}:{lineNumber + 1}: not a GeoNames dump ({e.Message})");
            }
            if (line is null) yield break;
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var row = Parse(line, name, lineNumber);
            if (row is not null) yield return row;
        }
    }

    private static Row? Parse(string line, string name, int lineNumber)
    {
        var c = line.Split('\t');
        if (c.Length != Columns) throw new InvalidDataException($"{name}:{lineNumber}: {c.Length} columns, a GeoNames dump line has {Columns}");
        var featureClass = c[6].Length == 1 ? c[6][0] : ' ';
        if (featureClass != 'P' && !(KeptFeatures.TryGetValue(featureClass, out var codes) && codes.Contains(c[7]))) return null;
        if (!long.TryParse(c[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
            throw new InvalidDataException($"{name}:{lineNumber}: geonameid '{c[0]}' is not a number");
        if (!double.TryParse(c[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
            || !double.TryParse(c[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
            throw new InvalidDataException($"{name}:{lineNumber}: coordinates '{c[4]}', '{c[5]}' are not a latitude and a longitude");
        if (c[1].Trim().Length == 0) throw new InvalidDataException($"{name}:{lineNumber}: place {c[0]} has no name");
        if (c[8].Length != 2) throw new InvalidDataException($"{name}:{lineNumber}: country code '{c[8]}' is not two letters");
        long population = 0;
        if (c[14].Length > 0 && !long.TryParse(c[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out population))
            throw new InvalidDataException($"{name}:{lineNumber}: population '{c[14]}' is not a number");
        // A few rows carry broken code points in their name; the ASCII name stands in for it.
        // Some converted dumps name a city in its own script ("حلب"): news in English needs a Latin name, which the
        // ASCII name or else the first Latin alternate gives.
        var placeName = IsWellFormed(c[1]) && IsLatin(c[1]) ? c[1].Trim()
            : c[2].Trim().Length > 0 ? c[2].Trim()
            : c[3].Split(',').FirstOrDefault(a => IsLatin(a) && IsWellFormed(a))?.Trim() ?? c[1].Trim();
        return new Row(id, placeName, AltNames(placeName, c[2], c[3]), c[8].ToUpperInvariant(), c[10], c[11], lat, lon, Math.Max(0, population), c[7]);
    }

    /// <summary>The ASCII name and the alternate names in Latin script: news in English writes no other, and each
    /// spelling costs two keys in memory.</summary>
    private static string[] AltNames(string name, string ascii, string alternates)
    {
        var kept = new List<string>();
        void Add(string s)
        {
            s = s.Trim();
            if (s.Length > 1 && s != name && IsLatin(s) && IsWellFormed(s) && !kept.Contains(s, StringComparer.Ordinal)) kept.Add(s);
        }
        Add(ascii);
        foreach (var alt in alternates.Split(',', StringSplitOptions.RemoveEmptyEntries))
            if (!alt.StartsWith("http", StringComparison.Ordinal)) Add(alt);
        return [.. kept];
    }

    /// <summary>No unpaired surrogate and no noncharacter: text that Unicode normalization accepts.</summary>
    private static bool IsWellFormed(string s)
    {
        try
        {
            return s.IsNormalized(NormalizationForm.FormC) || s.Normalize(NormalizationForm.FormC).Length >= 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsLatin(string s)
    {
        var letters = 0;
        foreach (var ch in s)
        {
            // Letters beyond the basic plane (Gothic "𐌳𐌰𐌼𐌰𐍃𐌺𐍉/Damasko") come as surrogate pairs, which are no letters one by one.
            if (char.IsSurrogate(ch)) return false;
            if (!char.IsLetter(ch)) continue;
            // Basic Latin through Latin Extended Additional: accents and transliteration marks included.
            if (ch > '\u024F' && ch is < '\u1E00' or > '\u1EFF') return false;
            letters++;
        }
        return letters > 0;
    }
}
