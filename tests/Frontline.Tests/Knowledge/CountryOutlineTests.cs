using System.Text.Json;

namespace Frontline.Tests.Knowledge;

/// <summary>The base map's country outlines (data/geo/countries.geojson, built by tools/geo/build.mjs).</summary>
public sealed class CountryOutlineTests
{
    [Fact]
    public void No_outline_edge_crosses_the_antimeridian_the_long_way_round()
    {
        // An edge from +179.9 to -180 is drawn across the whole map as a horizontal band; the build makes such rings
        // continuous. Russia, Fiji and Antarctica cross the line.
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Analysis.RepositoryDirectory, "data", "geo", "countries.geojson")));
        var jumps = new List<string>();
        var crossing = new HashSet<string>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var name = feature.GetProperty("properties").GetProperty("name").GetString()!;
            var geometry = feature.GetProperty("geometry");
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
                ? geometry.GetProperty("coordinates").EnumerateArray().ToList()
                : [geometry.GetProperty("coordinates")];
            foreach (var ring in polygons.SelectMany(p => p.EnumerateArray()))
            {
                var lons = ring.EnumerateArray().Select(c => c[0].GetDouble()).ToList();
                if (lons.Any(l => l is > 180 or < -180)) crossing.Add(name);
                for (var i = 1; i < lons.Count; i++)
                    if (Math.Abs(lons[i] - lons[i - 1]) > 180) jumps.Add($"{name}: {lons[i - 1]} -> {lons[i]}");
            }
        }
        jumps.ShouldBeEmpty();
        crossing.ShouldContain("Russia");
        crossing.ShouldContain("Fiji");
    }
}
