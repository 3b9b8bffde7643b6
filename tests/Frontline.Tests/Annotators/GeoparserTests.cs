using Frontline.Core.Model;
using Frontline.Core.Pipeline;

namespace Frontline.Tests.Annotators;

/// <summary>Every toponym of a text, with its span and place: countries by any of their names, provinces at their
/// middle, world regions, and names that are two things at once read by the rest of the article.</summary>
public class GeoparserTests
{
    private static readonly Geoparser Parser = new(Analysis.Kb);

    private static IReadOnlyList<Toponym> Parse(string text) =>
        Parser.Parse(new Article("t", Analysis.Day("2020-01-01"), text));

    private static Toponym At(IReadOnlyList<Toponym> found, string text) => found.Single(t => t.Text == text);

    [Fact]
    public void Spans_quote_the_text_and_demonyms_are_no_toponyms()
    {
        const string text = "Syrian troops entered Manbij, and Turkish officials in Ankara said the town lies in Syria.";
        var found = Parse(text);
        found.Select(t => t.Text).ShouldBe(["Manbij", "Ankara", "Syria"]);
        foreach (var t in found) text[t.Start..t.End].ShouldBe(t.Text);
        At(found, "Ankara").Place.CountryIso2.ShouldBe("TR");
        found.ShouldAllBe(t => t.Confidence > 0 && t.Confidence < 1 && t.Why.Count > 0);
    }

    [Fact]
    public void Short_country_names_are_places_even_before_a_noun()
    {
        var found = Parse("The virus spread from the U.S. to the UK, and US health officials urged calm.");
        found.Select(t => (t.Text, t.Place.CountryIso2)).ShouldBe([("U.S.", "US"), ("UK", "GB"), ("US", "US")]);
    }

    [Fact]
    public void Continents_seas_and_regions_are_found_and_a_village_of_the_name_gives_way()
    {
        var found = Parse("Cases were reported in Asia, the Middle East and the Americas, and a ship was held in the Black Sea.");
        found.Select(t => t.Text).ShouldBe(["Asia", "Middle East", "Americas", "Black Sea"]);
        found.ShouldAllBe(t => t.Place.Id.StartsWith("region:"));
        At(found, "Asia").Place.Feature.ShouldBe("CONT");
    }

    [Fact]
    public void A_province_named_as_such_stands_at_its_middle_not_its_capital()
    {
        var texas = At(Parse("Floods hit Texas and Oklahoma in the United States."), "Texas").Place;
        texas.Precision.ShouldBe(PlacePrecision.Admin1);
        // Austin, the capital and the province's place for events, lies some 250 km from the middle of the state.
        Geo.HaversineKm(texas.Lat, texas.Lon, 31.0, -100.0).ShouldBeLessThan(100);
    }

    [Fact]
    public void A_demonym_may_open_a_longer_name()
    {
        var bc = At(Parse("Wildfires spread across British Columbia in Canada."), "British Columbia").Place;
        bc.CountryIso2.ShouldBe("CA");
        bc.Precision.ShouldBe(PlacePrecision.Admin1);
    }

    [Theory]
    [InlineData("Health officials in Georgia and Alabama reported cases across the United States.", "Georgia", "US")]
    [InlineData("Russian troops crossed into Georgia near Tbilisi.", "Georgia", "GE")]
    [InlineData("Refugees from Nigeria crossed into Niger, officials in Abuja said.", "Niger", "NE")]
    public void A_name_that_is_a_country_and_a_state_is_read_by_the_article(string text, string name, string country)
    {
        At(Parse(text), name).Place.CountryIso2.ShouldBe(country);
    }

    [Fact]
    public void A_large_province_outranks_a_small_town_of_its_name_elsewhere_but_a_provincial_capital_stays_the_town()
    {
        var california = At(Parse("Wildfires burned in California, in the United States."), "California").Place;
        california.Precision.ShouldBe(PlacePrecision.Admin1);
        var aleppo = At(Parse("Rebels entered Aleppo in northern Syria."), "Aleppo").Place;
        aleppo.Precision.ShouldBe(PlacePrecision.Place);
    }

    [Fact]
    public void A_country_named_before_its_capital_is_the_country()
    {
        var kenya = Parse("Protesters gathered in Kenya's capital on Monday.").ShouldHaveSingleItem();
        kenya.Text.ShouldBe("Kenya");
        kenya.Place.Precision.ShouldBe(PlacePrecision.Country);
    }
}
