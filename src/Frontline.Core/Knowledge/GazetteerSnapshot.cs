using System.Security.Cryptography;
using System.Text;

namespace Frontline.Core.Knowledge;

/// <summary>
/// A binary copy of <see cref="GazetteerTables"/> in the user's cache folder, so that only the first start after an
/// install or a data change pays for computing a million transliteration keys. A snapshot is named by a fingerprint of
/// the gazetteer files (name, size, time) and of the code that computes the keys (the assembly's version id), so any
/// change to either builds a new one; a snapshot that cannot be read is rebuilt, never trusted.
/// </summary>
public static class GazetteerSnapshot
{
    private const string Magic = "frontline-gazetteer";
    private const int FormatVersion = 3;

    /// <summary>Where snapshots are kept: $FRONTLINE_CACHE, else the user's local application data folder.</summary>
    public static string CacheDirectory =>
        Environment.GetEnvironmentVariable("FRONTLINE_CACHE") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify) is { Length: > 0 } local
                ? local : Path.GetTempPath(), "frontline");

    /// <summary>The tables from the snapshot for <paramref name="directory"/>'s files and the user's imported places
    /// (<see cref="ImportedGazetteer"/>), or built from them and saved.</summary>
    public static GazetteerTables LoadOrBuild(string directory)
    {
        var imported = ImportedGazetteer.PlaceFiles();
        var path = Path.Combine(CacheDirectory, $"gazetteer-{Fingerprint(directory, imported)}.bin");
        if (TryRead(path) is { } cached) return cached;
        var tables = GazetteerTables.FromTsv(directory, imported);
        TryWrite(tables, path);
        return tables;
    }

    public static string Fingerprint(string directory, IReadOnlyList<string>? importedPlaceFiles = null)
    {
        var text = new StringBuilder($"{FormatVersion}|{typeof(GazetteerTables).Assembly.ManifestModule.ModuleVersionId}");
        foreach (var file in Directory.GetFiles(directory).Order(StringComparer.Ordinal).Concat(importedPlaceFiles ?? []))
        {
            var info = new FileInfo(file);
            text.Append($"|{info.Name}:{info.Length}:{info.LastWriteTimeUtc.Ticks}");
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..20];
    }

    private static GazetteerTables? TryRead(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion) return null;
            var strings = new StringPool(reader);
            var places = new GazetteerEntry[reader.ReadInt32()];
            for (var i = 0; i < places.Length; i++)
                places[i] = new GazetteerEntry(reader.ReadInt64(), reader.ReadString(), strings.Read(), strings.Read(), strings.Read(),
                    reader.ReadDouble(), reader.ReadDouble(), reader.ReadInt64(), strings.Read());
            var plain = NameIndex.Read(reader);
            var phonetic = NameIndex.Read(reader);
            var admin1 = new Admin1Unit[reader.ReadInt32()];
            for (var i = 0; i < admin1.Length; i++)
                admin1[i] = new Admin1Unit(reader.ReadString(), strings.Read(), reader.ReadString(), reader.ReadDouble(), reader.ReadDouble(),
                    reader.ReadDouble(), reader.ReadDouble(), reader.ReadInt64());
            var admin1Keys = new (string, string, int)[reader.ReadInt32()];
            for (var i = 0; i < admin1Keys.Length; i++) admin1Keys[i] = (reader.ReadString(), reader.ReadString(), reader.ReadInt32());
            var admin2 = new Admin2Unit[reader.ReadInt32()];
            for (var i = 0; i < admin2.Length; i++)
                admin2[i] = new Admin2Unit(reader.ReadString(), strings.Read(), strings.Read(), reader.ReadString(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadInt64());
            var admin2Keys = new string[admin2.Length];
            for (var i = 0; i < admin2Keys.Length; i++) admin2Keys[i] = reader.ReadString();
            if (reader.ReadString() != Magic) return null;
            return new GazetteerTables(places, plain, phonetic, admin1, admin1Keys, admin2, admin2Keys);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    private static void TryWrite(GazetteerTables tables, string path)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new BinaryWriter(new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                var strings = new StringPool(tables);
                strings.Write(writer);
                writer.Write(tables.Places.Length);
                foreach (var p in tables.Places)
                {
                    writer.Write(p.GeonameId);
                    writer.Write(p.Name);
                    strings.Write(writer, p.CountryIso2);
                    strings.Write(writer, p.Admin1Code);
                    strings.Write(writer, p.Admin2Code);
                    writer.Write(p.Lat);
                    writer.Write(p.Lon);
                    writer.Write(p.Population);
                    strings.Write(writer, p.Feature);
                }
                tables.PlainNames.Write(writer);
                tables.PhoneticNames.Write(writer);
                writer.Write(tables.Admin1Units.Length);
                foreach (var a in tables.Admin1Units)
                {
                    writer.Write(a.Code);
                    strings.Write(writer, a.CountryIso2);
                    writer.Write(a.Name);
                    writer.Write(a.Lat);
                    writer.Write(a.Lon);
                    writer.Write(a.CenterLat);
                    writer.Write(a.CenterLon);
                    writer.Write(a.Population);
                }
                writer.Write(tables.Admin1Keys.Length);
                foreach (var (plain, phonetic, unit) in tables.Admin1Keys)
                {
                    writer.Write(plain);
                    writer.Write(phonetic);
                    writer.Write(unit);
                }
                writer.Write(tables.Admin2Units.Length);
                foreach (var a in tables.Admin2Units)
                {
                    writer.Write(a.Code);
                    strings.Write(writer, a.CountryIso2);
                    strings.Write(writer, a.Admin1Code);
                    writer.Write(a.Name);
                    writer.Write(a.Lat);
                    writer.Write(a.Lon);
                    writer.Write(a.Population);
                }
                foreach (var key in tables.Admin2Keys) writer.Write(key);
                writer.Write(Magic);
            }
            // A rename is atomic: a reader sees the old snapshot, none, or the whole new one.
            File.Move(temporary, path, overwrite: true);
            RemoveStale(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No writable cache: every start builds the tables, slower but correct.
            try { File.Delete(temporary); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Snapshots of earlier builds are removed once a day has passed without them being rewritten.</summary>
    private static void RemoveStale(string current)
    {
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(current)!, "gazetteer-*.bin"))
            if (file != current && File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddDays(-1)) File.Delete(file);
    }

    /// <summary>Codes repeated on every row (country, admin codes, feature class) are written once and referred to by number,
    /// which also makes every place share one string per code in memory.</summary>
    private sealed class StringPool
    {
        private readonly List<string> _strings = [];
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly BinaryReader? _reader;

        public StringPool(GazetteerTables tables)
        {
            foreach (var p in tables.Places) { Number(p.CountryIso2); Number(p.Admin1Code); Number(p.Admin2Code); Number(p.Feature); }
            foreach (var a in tables.Admin1Units) Number(a.CountryIso2);
            foreach (var a in tables.Admin2Units) { Number(a.CountryIso2); Number(a.Admin1Code); }
        }

        public StringPool(BinaryReader reader)
        {
            _reader = reader;
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++) _strings.Add(reader.ReadString());
        }

        private void Number(string s)
        {
            if (_numbers.TryAdd(s, _strings.Count)) _strings.Add(s);
        }

        public void Write(BinaryWriter writer)
        {
            writer.Write(_strings.Count);
            foreach (var s in _strings) writer.Write(s);
        }

        public void Write(BinaryWriter writer, string s) => writer.Write(_numbers[s]);

        public string Read() => _strings[_reader!.ReadInt32()];
    }
}
