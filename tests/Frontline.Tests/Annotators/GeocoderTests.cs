using System.Text.Json;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Pipeline;
using Frontline.Tests.Cli;

namespace Frontline.Tests.Annotators;

/// <summary>`frontline geocode`: spelling variants, unit words and context decide the place, and the reasons are shown.</summary>
public class GeocoderTests
{
    private static readonly Geocoder Geocoder = new(KnowledgeBase.Default);

    [Theory]
    [InlineData("Abu Kamal", null, 34.45, 40.92)]
    [InlineData("Albu Kamal", null, 34.45, 40.92)]
    [InlineData("Dayr az Zawr", null, 35.33, 40.14)]
    [InlineData("Kharkov", null, 49.99, 36.23)]
    [InlineData("Hodeidah", null, 14.80, 42.95)]
    [InlineData("Tripoli", "Protesters blocked roads in northern Lebanon.", 34.43, 35.84)]
    [InlineData("Tripoli", "The Libyan National Army shelled the capital.", 32.89, 13.19)]
    public void A_name_resolves_to_its_place_in_context(string name, string? context, double lat, double lon)
    {
        var chosen = Geocoder.Geocode(name, context).Single(c => c.Chosen).Place;
        Geo.HaversineKm(chosen.Lat, chosen.Lon, lat, lon).ShouldBeLessThan(25, $"{name} -> {chosen.Name} ({chosen.CountryIso2})");
    }

    /// <summary>The test list (tests/Frontline.Tests/Data/place-mentions.tsv, built by tools/eval/build_place_mentions.py):
    /// 420 mentions as the news spells them, across 30 countries, 168 of them transliteration variants; each is geocoded
    /// with a one-sentence context naming its country, and must land within 25 km of the true place.</summary>
    [Fact]
    public void The_place_mention_list_resolves_within_25_km()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "place-mentions.tsv"))
            .Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).ToList();
        rows.Count.ShouldBeGreaterThanOrEqualTo(400);
        rows.Count(r => r[5] == "yes").ShouldBeGreaterThanOrEqualTo(100);
        rows.Select(r => r[1]).Distinct().Count().ShouldBeGreaterThanOrEqualTo(25);
        var misses = new List<string>();
        foreach (var r in rows)
        {
            var country = KnowledgeBase.Default.Gazetteer.CountryByCode(r[1])!.Name;
            var chosen = Geocoder.Geocode(r[0], $"Fighting was reported in {country}.").SingleOrDefault(c => c.Chosen)?.Place;
            var lat = double.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture);
            var lon = double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture);
            if (chosen is null || Geo.HaversineKm(chosen.Lat, chosen.Lon, lat, lon) > 25)
                misses.Add($"{r[0]} ({r[1]}) -> {chosen?.Name ?? "nothing"} ({chosen?.CountryIso2})");
        }
        var accuracy = 1.0 - (double)misses.Count / rows.Count;
        accuracy.ShouldBeGreaterThanOrEqualTo(0.95, $"{misses.Count} of {rows.Count} missed: {string.Join("; ", misses)}");
    }

    [Fact]
    public void A_unit_word_chooses_the_unit()
    {
        var chosen = Geocoder.Geocode("Idlib province", null).Single(c => c.Chosen);
        chosen.Place.Precision.ShouldBe(PlacePrecision.Admin1);
        chosen.Why.ShouldContain("named as a province");
    }

    [Theory]
    [InlineData("Damascus", "Regime security forces, accompanied by Russian forces, arrested 28 managers.", "SY")]
    [InlineData("Beirut", "Protesters demonstrating against the high US dollar exchange rate blocked roads.", "LB")]
    public void A_world_city_by_its_own_name_beats_a_namesake_in_an_actors_country(string name, string context, string country)
    {
        Geocoder.Geocode(name, context).Single(c => c.Chosen).Place.CountryIso2.ShouldBe(country);
    }

    [Theory]
    [InlineData("Idlib province", "Idleb")]
    [InlineData("Taiz governorate", "Taizz")]
    [InlineData("Hasakah province", "Al Hasakeh")]
    [InlineData("North Kivu province", "Nord-Kivu")]
    [InlineData("Diyarbakir province", "Diyarbakir")]
    public void Provinces_carry_the_humanitarian_spelling_of_their_name(string mention, string admin1)
    {
        Geocoder.Geocode(mention, null).Single(c => c.Chosen).Place.Admin1.ShouldBe(admin1);
    }

    [Fact]
    public void An_unknown_name_has_no_candidate()
    {
        Geocoder.Geocode("Qwxzvbnm", null).ShouldBeEmpty();
    }

    [Fact]
    public void The_command_prints_ranked_candidates_as_json()
    {
        var r = CliRunner.Run(null, "geocode", "Aleppo", "--context", "Fighting in northern Syria", "--format", "json");
        r.ExitCode.ShouldBe(0, r.Stderr);
        var first = JsonDocument.Parse(r.Stdout).RootElement[0];
        first.GetProperty("chosen").GetBoolean().ShouldBeTrue();
        first.GetProperty("location").GetProperty("country").GetString().ShouldBe("SY");
        first.GetProperty("why").EnumerateArray().Select(w => w.GetString()).ShouldContain("country named in the context");
    }

    [Fact]
    public void The_command_fails_clearly_for_an_unknown_name()
    {
        var r = CliRunner.Run(null, "geocode", "Qwxzvbnm");
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain("no place found");
    }
}
