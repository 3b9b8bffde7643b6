using Frontline.Core.Annotators;
using Frontline.Core.Model;
using Frontline.Core.Pipeline;

namespace Frontline.Tests.Annotators;

/// <summary>A town the gazetteer lacks, placed by its distance and bearing from one it has. Texts written for these tests;
/// the made-up town names are in no gazetteer.</summary>
public class EstimatedPlacesTests
{
    private static readonly Geoparser Parser = new(Analysis.Kb);

    private static IReadOnlyList<Toponym> Parse(string text) => Parser.Parse(new Article("t", Analysis.Day("2025-03-20"), text));

    [Fact]
    public void A_town_told_by_its_distance_and_bearing_from_a_known_one_lies_there_at_every_mention()
    {
        const string text = "Rebels took the town of Kobumbira on Wednesday. Fighters entered the centre of Kobumbira, about 100 km west of Goma, "
                            + "after heavy clashes.";
        var towns = Parse(text).Where(t => t.Text == "Kobumbira").ToList();
        towns.Count.ShouldBe(2);
        var goma = Parse(text).Single(t => t.Text == "Goma").Place;
        foreach (var town in towns)
        {
            town.Place.Id.ShouldStartWith(EstimatedPlaces.IdPrefix);
            town.Place.CountryIso2.ShouldBe("CD");
            town.Place.DistanceKm(goma).ShouldBe(100, tolerance: 1);
            town.Place.Lon.ShouldBeLessThan(goma.Lon);
            town.Why.ShouldContain(w => w.Contains("distance and bearing"));
        }
    }

    [Theory]
    [InlineData("Kobumbira lies some 40 kilometres (25 miles) north of Goma.", 40, 0)]
    [InlineData("Clashes broke out in the village of Kobumbira, a small town 30 miles southeast of Goma.", 48.3, 135)]
    public void The_other_unit_in_brackets_and_miles_are_read(string text, double km, double bearing)
    {
        var found = Parse(text);
        var town = found.Single(t => t.Text == "Kobumbira").Place;
        var goma = found.Single(t => t.Text == "Goma").Place;
        town.DistanceKm(goma).ShouldBe(km, tolerance: 1);
        var (lat, lon) = Geo.PointAt(goma.Lat, goma.Lon, km, bearing);
        town.Lat.ShouldBe(lat, tolerance: 0.001);
        town.Lon.ShouldBe(lon, tolerance: 0.001);
    }

    [Theory]
    [InlineData("Fighters entered Kobumbira, about 100 km from Goma, on Wednesday.")]
    [InlineData("On Monday, about 100 km west of Goma, rebels ambushed a convoy.")]
    [InlineData("Fighters entered Kobumbira, about 900 km west of Goma, on Wednesday.")]
    public void A_distance_with_no_bearing_a_day_or_a_far_distance_places_nothing(string text) =>
        Parse(text).ShouldNotContain(t => t.Place.Id.StartsWith(EstimatedPlaces.IdPrefix));

    [Fact]
    public void The_point_on_a_bearing_is_on_the_sphere()
    {
        var (lat, lon) = Geo.PointAt(0, 0, 111.195, 90);
        lat.ShouldBe(0, tolerance: 0.001);
        lon.ShouldBe(1, tolerance: 0.001);
        var (north, _) = Geo.PointAt(10, 20, 111.195, 0);
        north.ShouldBe(11, tolerance: 0.001);
    }
}
