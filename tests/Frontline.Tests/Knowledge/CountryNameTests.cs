namespace Frontline.Tests.Knowledge;

/// <summary>Country names in any common spelling, and which words can open one (the actor scan asks of every capitalized word).</summary>
public class CountryNameTests
{
    [Theory]
    [InlineData("United States", "US")]
    [InlineData("Democratic Republic of the Congo", "CD")]
    [InlineData("Türkiye", "TR")]
    [InlineData("U.S.", "US")]
    public void A_common_spelling_finds_its_country(string name, string iso2)
    {
        Analysis.Kb.Gazetteer.FindCountry(name)!.Iso2.ShouldBe(iso2);
    }

    [Theory]
    [InlineData("United")]
    [InlineData("Democratic")]
    [InlineData("Syria")]
    [InlineData("TÜRKIYE")]
    [InlineData("U.S.")]
    [InlineData("-")]
    public void A_word_that_opens_some_country_name_may_start_one(string word)
    {
        Analysis.Kb.Gazetteer.MayStartCountryName(word).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Idlib")]
    [InlineData("Kharkiv")]
    [InlineData("Hezbollah")]
    public void A_word_that_opens_no_country_name_starts_none(string word)
    {
        Analysis.Kb.Gazetteer.MayStartCountryName(word).ShouldBeFalse();
        Analysis.Kb.Gazetteer.FindCountry(word).ShouldBeNull();
    }

    [Theory]
    [InlineData("Protesters marched in Ankara, Turkey.", "Ankara", "Turkey")]
    [InlineData("Rebels entered Goma in eastern Democratic Republic of Congo.", "Goma", "Democratic Republic of Congo")]
    public void A_location_names_its_country_as_ACLED_data_does(string text, string surface, string countryName)
    {
        var (_, ann) = Analysis.Annotate(text);
        ann.Places.Single(p => p.Surface == surface).Place.CountryName.ShouldBe(countryName);
    }
}
