using Frontline.Core.Knowledge;

namespace Frontline.Tests.Knowledge;

/// <summary>The cached snapshot of the gazetteer's tables answers exactly as the tables built from the TSV files, and a
/// damaged snapshot is rebuilt rather than read. The class points the process's FRONTLINE_CACHE at a cache of its own,
/// so it runs alone: a test running beside it (or a `frontline` process it starts) would write its snapshot there.</summary>
[Collection(ProcessEnvironment.Name)]
public sealed class GazetteerSnapshotTests : IDisposable
{
    private static readonly string GazetteerDirectory = Path.Combine(DataFiles.DefaultDirectory, "gazetteer");
    private readonly string _cache = Directory.CreateTempSubdirectory("frontline-cache-").FullName;
    private readonly string? _previous = Environment.GetEnvironmentVariable("FRONTLINE_CACHE");

    public GazetteerSnapshotTests() => Environment.SetEnvironmentVariable("FRONTLINE_CACHE", _cache);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("FRONTLINE_CACHE", _previous);
        Directory.Delete(_cache, recursive: true);
    }

    [Fact]
    public void A_snapshot_answers_as_the_tables_built_from_the_files()
    {
        var built = new Gazetteer(GazetteerDirectory, GazetteerTables.FromTsv(GazetteerDirectory));
        _ = GazetteerSnapshot.LoadOrBuild(GazetteerDirectory);
        var snapshotFile = Directory.GetFiles(_cache, "gazetteer-*.bin").ShouldHaveSingleItem();
        var read = new Gazetteer(GazetteerDirectory, GazetteerSnapshot.LoadOrBuild(GazetteerDirectory));
        File.GetLastWriteTimeUtc(snapshotFile).ShouldBe(File.GetLastWriteTimeUtc(Directory.GetFiles(_cache, "gazetteer-*.bin").Single()));
        foreach (var name in new[] { "Aleppo", "Tall Rif'at", "Bou Kamal", "Hodeidah", "Kharkov", "Goma", "Springfield", "Qwxzvbnm" })
        {
            var (exact, phonetic) = built.FindPlaces(name);
            var (exactRead, phoneticRead) = read.FindPlaces(name);
            exactRead.Select(p => p.GeonameId).ShouldBe(exact.Select(p => p.GeonameId), name);
            phoneticRead.Select(p => p.GeonameId).ShouldBe(phonetic.Select(p => p.GeonameId), name);
        }
        foreach (var unit in new[] { "Idlib", "Rural Damascus", "Donetsk", "North Darfur" })
            read.FindAdmin1(unit).ShouldBe(built.FindAdmin1(unit), unit);
        read.FindAdmin2("Beni").ShouldBe(built.FindAdmin2("Beni"));
    }

    [Fact]
    public void A_damaged_snapshot_is_rebuilt_not_read()
    {
        _ = GazetteerSnapshot.LoadOrBuild(GazetteerDirectory);
        var file = Directory.GetFiles(_cache, "gazetteer-*.bin").Single();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        var tables = GazetteerSnapshot.LoadOrBuild(GazetteerDirectory);
        new Gazetteer(GazetteerDirectory, tables).FindPlaces("Aleppo").Exact.ShouldContain(p => p.CountryIso2 == "SY");
        new FileInfo(file).Length.ShouldBe(bytes.Length);
    }

    [Fact]
    public void Changed_gazetteer_files_change_the_fingerprint()
    {
        var copy = Directory.CreateTempSubdirectory("frontline-gazetteer-").FullName;
        try
        {
            foreach (var f in Directory.GetFiles(GazetteerDirectory)) File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
            var before = GazetteerSnapshot.Fingerprint(copy);
            File.AppendAllText(Path.Combine(copy, "place-aliases.tsv"), "# a reviewed comment\n");
            GazetteerSnapshot.Fingerprint(copy).ShouldNotBe(before);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
