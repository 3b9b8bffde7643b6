using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Frontline.Core.Knowledge;

/// <summary>
/// The places a user imported from GeoNames dumps (`frontline gazetteer import`), kept in the cache folder beside the
/// snapshots: one table per source file ("SY" for SY.zip), in the layout of data/gazetteer/places.tsv, and a list of
/// sources. The gazetteer loads them with its built-in places; an imported place replaces a built-in one of the same
/// GeoNames id (it carries more spellings).
/// </summary>
public static class ImportedGazetteer
{
    public static string Directory => Path.Combine(GazetteerSnapshot.CacheDirectory, "imported");

    private const string SourcesFile = "sources.tsv";

    public const string PlacesHeader = "geonameid\tname\talt_names\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation\tfeature";

    /// <summary>The imported place tables, in a stable order.</summary>
    public static IReadOnlyList<string> PlaceFiles() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetFiles(Directory, "*.places.tsv").Order(StringComparer.Ordinal).ToList()
            : [];

    public sealed record Source(string Name, string File, int Places, int Names, IReadOnlyList<string> Countries, string Sha256, string ImportedAt);

    public sealed record ImportResult(Source Source, bool Changed);

    /// <summary>Imports each file. Every file is read whole before anything is written, so a malformed line stops the
    /// import (naming file and line) with the previous gazetteer untouched; importing a file again writes nothing new.</summary>
    public static IReadOnlyList<ImportResult> Import(IReadOnlyList<string> paths)
    {
        var tables = new List<(string Name, string Path, byte[] Bytes, int Places, int Names, List<string> Countries)>();
        foreach (var path in paths)
        {
            var text = new StringBuilder(PlacesHeader).Append('\n');
            int places = 0, names = 0;
            var countries = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var row in GeoNamesDump.Read(path))
            {
                places++;
                names += 1 + row.AltNames.Length;
                countries.Add(row.Country);
                text.Append(row.GeonameId.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(Clean(row.Name)).Append('\t')
                    .AppendJoin('|', row.AltNames.Select(Clean).Where(a => a.Length > 0)).Append('\t')
                    .Append(row.Country).Append('\t').Append(Clean(row.Admin1)).Append('\t').Append(Clean(row.Admin2)).Append('\t')
                    .Append(row.Lat.ToString("R", CultureInfo.InvariantCulture)).Append('\t').Append(row.Lon.ToString("R", CultureInfo.InvariantCulture)).Append('\t')
                    .Append(row.Population.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(Clean(row.Feature)).Append('\n');
            }
            if (places == 0) throw new InvalidDataException($"{path}: no places of the kept classes (is it a GeoNames dump?)");
            tables.Add((SourceName(path), Path.GetFullPath(path), Encoding.UTF8.GetBytes(text.ToString()), places, names, [.. countries]));
        }
        var duplicate = tables.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidDataException($"two inputs are both source '{duplicate.Key}': import one of them");
        System.IO.Directory.CreateDirectory(Directory);
        var sources = ReadSources().ToDictionary(s => s.Name, StringComparer.Ordinal);
        var results = new List<ImportResult>();
        foreach (var t in tables)
        {
            var target = Path.Combine(Directory, $"{t.Name}.places.tsv");
            var hash = Convert.ToHexStringLower(SHA256.HashData(t.Bytes));
            var changed = !(File.Exists(target) && sources.TryGetValue(t.Name, out var known) && known.Sha256 == hash);
            // Unchanged content is not rewritten: the snapshot, named by the files' times, stays valid.
            if (changed) WriteAtomically(target, t.Bytes);
            var source = changed || !sources.TryGetValue(t.Name, out var previous)
                ? new Source(t.Name, t.Path, t.Places, t.Names, t.Countries, hash, DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))
                : previous;
            sources[t.Name] = source;
            results.Add(new ImportResult(source, changed));
        }
        WriteSources(sources.Values.OrderBy(s => s.Name, StringComparer.Ordinal));
        return results;
    }

    /// <summary>What has been imported, as the list of sources says.</summary>
    public static IReadOnlyList<Source> ReadSources()
    {
        var path = Path.Combine(Directory, SourcesFile);
        if (!File.Exists(path)) return [];
        return DataFiles.ReadTable(path).Select(r => new Source(r["source"], r["file"], int.Parse(r["places"], CultureInfo.InvariantCulture),
            int.Parse(r["names"], CultureInfo.InvariantCulture), r["countries"].Split(' ', StringSplitOptions.RemoveEmptyEntries), r["sha256"], r["imported_at"]))
            .Where(s => File.Exists(Path.Combine(Directory, $"{s.Name}.places.tsv"))).ToList();
    }

    private static void WriteSources(IEnumerable<Source> sources)
    {
        var text = new StringBuilder("source\tfile\tplaces\tnames\tcountries\tsha256\timported_at\n");
        foreach (var s in sources)
            text.Append(CultureInfo.InvariantCulture, $"{s.Name}\t{Clean(s.File)}\t{s.Places}\t{s.Names}\t{string.Join(' ', s.Countries)}\t{s.Sha256}\t{s.ImportedAt}\n");
        WriteAtomically(Path.Combine(Directory, SourcesFile), Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>"SY" for SY.zip, SY.txt or SY.txt.gz; "allCountries" for allCountries.zip.</summary>
    private static string SourceName(string path)
    {
        var name = Path.GetFileName(path);
        var dot = name.IndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }

    /// <summary>A reader sees the old table or the whole new one, never half of it.</summary>
    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Tabs, newlines and the alternate-name separator cannot stand inside a cell.</summary>
    private static string Clean(string s) =>
        s.IndexOfAny(['\t', '\n', '\r', '|']) < 0 ? s : new string(s.Where(c => c is not ('\t' or '\n' or '\r' or '|')).ToArray());
}
