using System.IO.Compression;
using Frontline.Core.Knowledge;

namespace Frontline.Tests.Knowledge;

/// <summary>Reading GeoNames dumps: the kept feature classes, names news can match, and malformed lines named by file
/// and line, from plain, gzipped and zipped files (tests/Fixtures/geonames, invented places).</summary>
public sealed class GeoNamesDumpTests : IDisposable
{
    private static readonly string Dump = Analysis.FixturePath(Path.Combine("geonames", "SY.txt"));
    private readonly string _dir = Directory.CreateTempSubdirectory("frontline-dump-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Villages_and_fighting_features_are_kept_and_schools_are_not()
    {
        var rows = GeoNamesDump.Read(Dump).ToList();
        rows.Select(r => r.Feature).ShouldBe(["PPL", "PPL", "DAM", "MT", "PPL", "PPL", "PPL", "PPL"]);
        rows.ShouldNotContain(r => r.Feature == "SCH");
        var village = rows[0];
        village.GeonameId.ShouldBe(-1001);
        village.Country.ShouldBe("SY");
        village.Admin1.ShouldBe("12");
        village.Lat.ShouldBe(35.7012);
        village.AltNames.ShouldContain("Khirbet ez Zeitoun");
        village.AltNames.ShouldContain("Khirbat az Zaytun");
        // Arabic script is no spelling an English report uses.
        village.AltNames.ShouldNotContain(a => a.Contains('خ'));
    }

    [Fact]
    public void A_name_in_another_script_gives_way_to_its_ascii_name_and_letters_beyond_the_basic_plane_are_dropped()
    {
        var row = GeoNamesDump.Read(Dump).Single(r => r.GeonameId == -1006);
        row.Name.ShouldBe("Qaryat al Ward");
        row.AltNames.ShouldBe(["Qaryat al-Ward"]);
    }

    [Fact]
    public void A_malformed_line_is_named_by_file_and_line()
    {
        var e = Should.Throw<InvalidDataException>(() => GeoNamesDump.Read(Analysis.FixturePath(Path.Combine("geonames", "bad.txt"))).ToList());
        e.Message.ShouldContain("bad.txt:3:");
        e.Message.ShouldContain("18 columns");
    }

    [Theory]
    [InlineData("2000", "coordinates")]
    [InlineData("x", "geonameid")]
    public void A_bad_value_is_named(string value, string what)
    {
        var cells = File.ReadLines(Dump).First().Split('\t');
        if (what == "coordinates") cells[4] = "95.5"; else cells[0] = value;
        var path = Path.Combine(_dir, "XX.txt");
        File.WriteAllText(path, string.Join('\t', cells) + "\n");
        Should.Throw<InvalidDataException>(() => GeoNamesDump.Read(path).ToList()).Message.ShouldContain($"XX.txt:1: {what}");
    }

    [Fact]
    public void Gzipped_and_zipped_dumps_read_as_the_plain_file()
    {
        var plain = GeoNamesDump.Read(Dump).Select(r => r.GeonameId).ToList();
        var gz = Path.Combine(_dir, "SY.txt.gz");
        using (var output = new GZipStream(File.Create(gz), CompressionLevel.Fastest)) File.OpenRead(Dump).CopyTo(output);
        GeoNamesDump.Read(gz).Select(r => r.GeonameId).ShouldBe(plain);
        var zip = Path.Combine(_dir, "SY.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(Dump, "SY.txt");
            using var readme = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            readme.Write("not a dump");
        }
        GeoNamesDump.Read(zip).Select(r => r.GeonameId).ShouldBe(plain);
    }

    [Fact]
    public void A_file_that_is_not_a_dump_says_so()
    {
        var path = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(path, "just some words\n");
        Should.Throw<InvalidDataException>(() => GeoNamesDump.Read(path).ToList()).Message.ShouldContain("notes.txt:1:");
        Should.Throw<InvalidDataException>(() => GeoNamesDump.Read(Path.Combine(_dir, "missing.zip")).ToList()).Message.ShouldContain("no such file");
    }
}
