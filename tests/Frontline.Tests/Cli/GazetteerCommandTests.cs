using System.Text.Json;

namespace Frontline.Tests.Cli;

/// <summary>`frontline gazetteer import/info` and `geocode` over the import, each run with a cache folder of its own.</summary>
public sealed class GazetteerCommandTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("frontline-import-").FullName;
    private Dictionary<string, string> Environment => new() { ["FRONTLINE_CACHE"] = _cache };
    private static string Dump => Analysis.FixturePath(Path.Combine("geonames", "SY.txt"));

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    private CliRunner.Result Frontline(params string[] args) => CliRunner.Run(null, Environment, args);

    private JsonElement Geocode(string name, string context)
    {
        var r = Frontline("geocode", name, "--context", context, "--format", "json");
        r.ExitCode.ShouldBe(0, r.Stderr);
        return JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().Single(c => c.GetProperty("chosen").GetBoolean());
    }

    [Fact]
    public void An_imported_village_is_found_under_its_spellings_and_info_lists_the_source()
    {
        Frontline("geocode", "Khirbet ez Zeitoun", "--context", "Idlib, Syria", "--format", "json").Stdout.ShouldNotContain("geonames:-1001");
        var import = Frontline("gazetteer", "import", Dump);
        import.ExitCode.ShouldBe(0, import.Stderr);
        import.Stderr.ShouldContain("SY: 8 places");
        foreach (var spelling in new[] { "Khirbet ez Zeitoun", "Kherbet al-Zaytoun", "Khirbat az Zaytun" })
        {
            var place = Geocode(spelling, "Government forces shelled villages in Idlib province, Syria.");
            place.GetProperty("location").GetProperty("id").GetString().ShouldBe("geonames:-1001", spelling);
        }
        var info = Frontline("gazetteer", "info");
        info.ExitCode.ShouldBe(0, info.Stderr);
        info.Stdout.ShouldContain("imported: SY");
        info.Stdout.ShouldContain("8 places");
    }

    [Fact]
    public void Importing_again_changes_nothing_and_a_bad_dump_leaves_the_previous_gazetteer_in_use()
    {
        Frontline("gazetteer", "import", Dump).ExitCode.ShouldBe(0);
        var table = Path.Combine(_cache, "imported", "SY.places.tsv");
        var written = File.GetLastWriteTimeUtc(table);
        var again = Frontline("gazetteer", "import", Dump);
        again.Stderr.ShouldContain("(unchanged)");
        File.GetLastWriteTimeUtc(table).ShouldBe(written);

        var bad = Frontline("gazetteer", "import", Analysis.FixturePath(Path.Combine("geonames", "bad.txt")));
        bad.ExitCode.ShouldBe(2);
        bad.Stderr.ShouldContain("bad.txt:3:");
        bad.Stderr.ShouldNotContain("   at ");
        File.Exists(Path.Combine(_cache, "imported", "bad.places.tsv")).ShouldBeFalse();
        Geocode("Tal Shweihat", "Clashes in Idlib, Syria.").GetProperty("location").GetProperty("id").GetString().ShouldBe("geonames:-1002");
    }

    [Fact]
    public void A_short_name_read_by_sound_is_a_village_only_in_the_province_the_text_names()
    {
        Frontline("gazetteer", "import", Dump).ExitCode.ShouldBe(0);
        // "Qoqfin" and "Quqfinah" share a three-letter skeleton, which many villages share: the province says which.
        Geocode("Qoqfin", "Regime forces shelled Qoqfin in Idlib province, Syria.").GetProperty("location").GetProperty("id").GetString().ShouldBe("geonames:-1007");
        Frontline("geocode", "Qoqfin", "--context", "Regime forces shelled Qoqfin, Syria.", "--format", "json").Stdout.ShouldNotContain("geonames:-1007");
    }

    [Fact]
    public void A_village_on_the_contact_line_of_the_day_outranks_a_namesake_spelled_as_the_text_spells_it()
    {
        var import = Frontline("gazetteer", "import", Analysis.FixturePath(Path.Combine("geonames", "UA.txt")));
        import.ExitCode.ShouldBe(0, import.Stderr);
        const string text = "Ukrainian forces reported explosions near Kryvolyske.";
        string Chosen(string day)
        {
            var r = Frontline("geocode", "Kryvolyske", "--context", text, "--published", day, "--format", "json");
            r.ExitCode.ShouldBe(0, r.Stderr);
            var chosen = JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().Single(c => c.GetProperty("chosen").GetBoolean());
            return chosen.GetProperty("location").GetProperty("id").GetString()!;
        }
        // In 2020 the Donbas contact line ran past Kryvoliske; before the war the spelling decides.
        Chosen("2020-05-01").ShouldBe("geonames:-3001");
        Chosen("2012-05-01").ShouldBe("geonames:-3002");
        Frontline("geocode", "Kryvolyske", "--published", "2020-13-01").ExitCode.ShouldNotBe(0);
    }

    /// <summary>`geoparse` over the Syrian fixture import, one output line per text (each set in 2024).</summary>
    private string[] GeoparseWithImport(params string[] texts)
    {
        Frontline("gazetteer", "import", Dump).ExitCode.ShouldBe(0);
        var input = Path.Combine(_cache, "articles.jsonl");
        File.WriteAllLines(input, texts.Select((text, i) => JsonSerializer.Serialize(new { id = $"a{i}", published = "2024-03-05", text })));
        var r = Frontline("geoparse", input, "--format", "jsonl");
        r.ExitCode.ShouldBe(0, r.Stderr);
        return r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void A_village_the_text_puts_in_a_province_is_no_namesake_in_another_province()
    {
        var lines = GeoparseWithImport("Regime forces captured Sadiyah in the countryside of Idlib, Syria.", "Regime forces captured Sadiyah in Homs, Syria.");
        // The only Sadiyah the gazetteer has lies in Homs, 200 km from Idlib.
        lines[0].ShouldNotContain("geonames:-1009");
        lines[1].ShouldContain("geonames:-1009");
    }

    [Fact]
    public void A_village_named_like_a_family_is_no_place_where_the_text_speaks_of_the_family()
    {
        var lines = GeoparseWithImport("A dispute between the Al Salih and Al Tlais families in Idlib, Syria turned into armed clashes.",
            "Government forces shelled Al Salih in Idlib, Syria.");
        lines[0].ShouldNotContain("geonames:-1008");
        lines[1].ShouldContain("geonames:-1008");
    }

    [Fact]
    public void An_admin1_code_without_its_leading_zero_still_names_the_province()
    {
        Frontline("gazetteer", "import", Analysis.FixturePath(Path.Combine("geonames", "MZ.txt"))).ExitCode.ShouldBe(0);
        var place = Geocode("Namuge Velho", "Insurgents attacked villages in Cabo Delgado, Mozambique.");
        place.GetProperty("location").GetProperty("id").GetString().ShouldBe("geonames:-2001");
        place.GetProperty("location").GetProperty("admin1").GetString().ShouldBe("Cabo Delgado");
    }
}
