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

    [Theory]
    [InlineData("Nine people died of Ebola in the Republic of Congo this month. The government of Congo said Congo would act.", "CG")]
    [InlineData("Rebels seized Goma in the Democratic Republic of Congo. The government of Congo said Congo would act.", "CD")]
    public void A_name_two_countries_go_by_is_the_one_the_article_names_in_full(string text, string iso2)
    {
        var congos = Parse(text).Where(t => t.Text == "Congo").ToList();
        congos.Count.ShouldBe(2);
        congos.ShouldAllBe(t => t.Place.CountryIso2 == iso2);
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
    public void A_province_middle_is_not_moved_by_a_few_towns_the_gazetteer_codes_to_it_far_away()
    {
        // GeoNames codes a few Tibetan villages to Hebei; the box around all of Hebei's towns would reach 87 E.
        var hebei = At(Parse("Another child died in Hebei province, Xinhua said."), "Hebei").Place;
        hebei.Precision.ShouldBe(PlacePrecision.Admin1);
        hebei.Lon.ShouldBeInRange(113.0, 120.0);
        hebei.Lat.ShouldBeInRange(36.0, 42.0);
    }

    [Fact]
    public void A_nation_by_its_own_name_outranks_a_village_of_it_in_the_country_the_report_is_about()
    {
        var found = Parse("A cow born in Alberta tested positive, and a second was found in Texas in 2005. The later case was diagnosed in England.");
        var england = At(found, "England").Place;
        england.CountryIso2.ShouldBe("GB");
        england.Precision.ShouldBe(PlacePrecision.Admin1);
        // Where the report names the village's own state, the village is meant.
        At(Parse("The fire spread from Little Rock, Arkansas to England, Arkansas, where a farm burned."), "England").Place.CountryIso2.ShouldBe("US");
    }

    [Fact]
    public void The_first_half_of_a_hyphenated_units_name_is_no_place_but_a_road_between_two_towns_names_both()
    {
        Parse("The assailants stormed Mozogo, in Mayo-Tsanaga department, on Thursday.").ShouldNotContain(t => t.Text == "Mayo");
        Parse("Rioters blocked the Tripoli-Beirut highway in Lebanon.").ShouldContain(t => t.Text == "Tripoli" && t.Place.CountryIso2 == "LB");
    }

    [Theory]
    [InlineData("Taliban fighters attacked a checkpoint in Mazar-e Sharif on Monday.", "Mazar-e Sharif")]
    [InlineData("Taliban fighters attacked a checkpoint in Mazar-i-Sharif on Monday.", "Mazar-i-Sharif")]
    [InlineData("Taliban fighters attacked a checkpoint in Pul-e-Khumri on Monday.", "Pul-e-Khumri")]
    public void A_name_joined_by_the_persian_e_or_i_is_one_name(string text, string name)
    {
        At(Parse(text), name).Place.CountryIso2.ShouldBe("AF");
    }

    [Fact]
    public void The_first_word_of_an_unknown_name_joined_by_e_is_no_place_of_its_own()
    {
        Parse("Workers in Kut e Abdollah protested against unpaid salaries on Monday.").ShouldNotContain(t => t.Text == "Kut");
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

    [Fact]
    public void A_longer_name_wins_over_a_country_inside_it()
    {
        var found = Parse("The WHO said the People's Republic of China withheld data; cases rose in North America and in sub-Saharan Africa.");
        found.Select(t => t.Text).ShouldBe(["People's Republic of China", "North America", "sub-Saharan Africa"]);
        At(found, "People's Republic of China").Place.CountryIso2.ShouldBe("CN");
        At(found, "North America").Place.Feature.ShouldBe("CONT");
    }

    [Fact]
    public void A_country_of_several_words_before_a_noun_is_still_the_country()
    {
        var found = Parse("The result came from a United States military laboratory in Cairo.");
        At(found, "United States").Place.Precision.ShouldBe(PlacePrecision.Country);
    }

    [Fact]
    public void The_United_States_stands_at_the_centre_of_the_contiguous_states()
    {
        var us = At(Parse("Cases were confirmed in the United States."), "United States").Place;
        // GeoNames' point for the country (39.76 N, 98.5 W); the factbook's 38 N, 97 W lies 235 km from it.
        Geo.HaversineKm(us.Lat, us.Lon, 39.76, -98.5).ShouldBeLessThan(25);
    }

    [Theory]
    [InlineData("Two tourists drowned off Waiheke Island on Sunday.", "Island")]
    [InlineData("Birds died on the shore of Lake Pontchartrain.", "Lake")]
    public void A_features_generic_word_is_no_place_of_its_own(string text, string word)
    {
        Parse(text).ShouldNotContain(t => t.Text == word);
    }

    [Theory]
    [InlineData("Grenade attacks hit 11 districts of Pattani on Friday, said the Bangkok Post.", "Bangkok")]
    [InlineData("Drones struck Odesa overnight, the Kyiv Independent reported.", "Kyiv")]
    public void A_place_naming_a_newspaper_is_no_place_of_the_story(string text, string word)
    {
        var places = Parse(text);
        places.ShouldNotContain(t => t.Text == word);
        places.ShouldNotBeEmpty();
    }

    [Fact]
    public void An_acronym_that_reaches_a_town_only_by_another_name_is_no_place()
    {
        // "Fao" is an English name of Al Faw in Iraq; "FAO" in capitals is the UN agency.
        var places = Parse("Test results from a joint mission of FAO and the World Animal Health Organization were released in Manila.");
        places.ShouldNotContain(t => t.Text == "FAO");
        places.ShouldContain(t => t.Text == "Manila");
    }

    [Fact]
    public void A_county_is_read_in_the_state_the_article_names()
    {
        var clark = At(Parse("He died in Las Vegas. An autopsy was carried out by the Clark County, Nevada coroner's office."), "Clark").Place;
        clark.Precision.ShouldBe(PlacePrecision.Admin2);
        clark.Admin1.ShouldBe("Nevada");
    }

    [Fact]
    public void A_state_by_its_own_name_beats_a_sound_alike_town()
    {
        var minnesota = At(Parse("Cases were found in 42 U.S. states. In Minnesota, the state's Health Department announced tests."), "Minnesota").Place;
        minnesota.Precision.ShouldBe(PlacePrecision.Admin1);
    }

    [Fact]
    public void A_surname_after_in_that_is_a_town_is_the_town()
    {
        var found = Parse("With the concerns in Dallas, officials acted. A nurse at a senior center in Austin told media she was worried.");
        At(found, "Austin").Place.CountryIso2.ShouldBe("US");
    }

    [Theory]
    [InlineData("A patient was admitted to a hospital in Rockville, Maryland on Monday.", "Rockville", "US")]
    [InlineData("Flu was reported in Arkansas, Colorado, Georgia and Idaho.", "Colorado", "US")]
    [InlineData("Few cases were seen in Delaware, Idaho, Maine, Montana and Vermont.", "Maine", "US")]
    public void A_town_followed_by_its_province_is_that_provinces_town(string text, string name, string country)
    {
        At(Parse(text), name).Place.CountryIso2.ShouldBe(country);
    }

    [Fact]
    public void A_town_the_text_puts_in_a_province_is_no_namesake_on_another_continent()
    {
        // The gazetteer has no Stroud in Ontario, only England's: the name stays unresolved.
        var found = Parse("The man was arrested on Highway 11 in Stroud, Ontario, Canada on Sunday.");
        found.ShouldNotContain(t => t.Text == "Stroud" && t.Place.CountryIso2 != "CA");
    }

    [Theory]
    [InlineData("Three people died in a caravan park in South West England on Saturday.", "GB")]
    [InlineData("Gunmen abducted 40 villagers in North West Nigeria last week.", "NG")]
    public void Compass_words_before_a_country_say_where_in_it_and_are_no_region_of_another(string text, string country)
    {
        var found = Parse(text);
        found.ShouldNotContain(t => t.Place.CountryIso2 != country);
        found.ShouldContain(t => t.Place.CountryIso2 == country);
    }

    [Fact]
    public void A_compass_named_province_is_read_only_in_the_articles_countries()
    {
        // Iceland has a "Northwest" region too; a report from Cameroon means Cameroon's.
        var place = At(Parse("Gunmen attacked a village in Cameroon's English-speaking Northwest region on Monday."), "Northwest").Place;
        place.CountryIso2.ShouldBe("CM");
    }

    [Fact]
    public void The_tail_of_a_Romance_name_is_no_place_of_its_own()
    {
        // "Sur" is Tyre's Arabic name; "Maguindanao del Sur" is a Philippine province.
        Parse("The army said 11 militants were killed in Maguindanao del Sur province in the Philippines.").ShouldNotContain(t => t.Place.CountryIso2 == "LB");
    }

    [Fact]
    public void A_province_of_a_country_the_article_never_names_needs_a_unit_word()
    {
        // Salah al-Din is an Iraqi province and a district of Tripoli.
        Parse("Gunfire rang out in several districts of Tripoli, Libya, including Abu Salim and Salah al-Din.").ShouldNotContain(t => t.Place.CountryIso2 == "IQ");
    }

    [Fact]
    public void A_district_is_found_without_the_word_province_before_its_name()
    {
        var place = At(Parse("Troops clashed with gunmen in Piagapo in Lanao del Sur, in the southern Philippines."), "Lanao del Sur").Place;
        place.CountryIso2.ShouldBe("PH");
        place.Precision.ShouldBe(PlacePrecision.Admin2);
    }

    [Fact]
    public void A_place_the_text_gives_to_a_country_is_that_countrys()
    {
        // "Kurdistan" is also Iran's Kordestan province.
        Parse("Turkish drones struck a car in Iraq's Kurdistan region on Sunday.").ShouldNotContain(t => t.Place.CountryIso2 == "IR");
    }

    [Fact]
    public void A_province_named_for_another_event_does_not_make_a_village_a_namesake()
    {
        // Mafa lies in Borno; Zamfara, named in the next paragraph for another event, is far from it.
        var found = Parse("Gunmen killed five farmers near the village of Mafa in Nigeria on Sunday.\n\nSeparately, bandits abducted 20 people in Zamfara state on Monday.");
        At(found, "Mafa").Place.Admin1.ShouldBe("Borno");
    }

    [Fact]
    public void A_province_named_in_the_same_paragraph_still_rules_out_a_namesake_far_away()
    {
        Parse("Gunmen killed five farmers near the village of Mafa in Zamfara state on Sunday.").ShouldNotContain(t => t.Text == "Mafa");
    }

    [Theory]
    [InlineData("KYIV, May 26 - Russian troops captured several villages near the border, including Vovchansk, on Sunday.", "Vovchansk")]
    [InlineData("Shelling hit towns such as Kupiansk on Sunday.", "Kupiansk")]
    public void A_place_listed_after_a_word_for_places_is_a_place(string text, string name)
    {
        At(Parse(text), name).Place.CountryIso2.ShouldBe("UA");
    }

    [Theory]
    [InlineData("The violence forced the cancellation of Independence Day celebrations in Culiacan.", "Independence")]
    [InlineData("He was flown across the border by a son of Joaquin \"El Chapo\" Guzman.", "Joaquin")]
    public void A_holiday_or_a_first_name_before_a_nickname_is_no_place(string text, string name)
    {
        Parse(text).ShouldNotContain(t => t.Text == name);
    }

    [Fact]
    public void Cameroons_regions_keep_their_compass_names()
    {
        var place = At(Parse("Separatists clashed with soldiers in the North West region of Cameroon."), "North West").Place;
        place.CountryIso2.ShouldBe("CM");
        place.Precision.ShouldBe(PlacePrecision.Admin1);
    }

    [Theory]
    [InlineData("A patient was admitted to a hospital in Washington on Monday, officials said.", PlacePrecision.Place)]
    [InlineData("The first case was discovered in December in the state of Washington.", PlacePrecision.Admin1)]
    [InlineData("Officials are investigating cases in Washington, Pennsylvania and California.", PlacePrecision.Admin1)]
    public void Washington_is_the_capital_unless_the_text_makes_it_a_state(string text, PlacePrecision precision)
    {
        var place = At(Parse(text), "Washington").Place;
        place.CountryIso2.ShouldBe("US");
        place.Precision.ShouldBe(precision);
    }

    [Fact]
    public void One_province_after_a_town_is_its_province_not_a_list()
    {
        At(Parse("Shady Grove Hospital in Rockville, Maryland admitted another patient."), "Rockville").Place.Precision.ShouldBe(PlacePrecision.Place);
    }

    [Theory]
    [InlineData("Ebola was reported in Côte d'Ivoire on Monday.", "Côte d'Ivoire", "CI")]
    [InlineData("The outbreak began in Zaire in 1976.", "Zaire", "CD")]
    [InlineData("Tea exports from Ceylon rose.", "Ceylon", "LK")]
    public void A_country_is_found_by_its_elided_or_former_name(string text, string name, string country)
    {
        var place = At(Parse(text), name).Place;
        place.CountryIso2.ShouldBe(country);
        place.Precision.ShouldBe(PlacePrecision.Country);
    }

    [Fact]
    public void A_sea_named_in_a_report_from_elsewhere_is_the_sea_not_a_province_of_its_name()
    {
        At(Parse("Yemeni forces pushed the rebels from the Red Sea coastline."), "Red Sea").Place.Id.ShouldStartWith("region:");
        At(Parse("Tourists returned to Hurghada in Egypt's Red Sea governorate."), "Red Sea").Place.CountryIso2.ShouldBe("EG");
    }

    [Fact]
    public void A_nationality_the_text_gives_keeps_a_village_from_another_continent()
    {
        // Paracas is a Peruvian village; a report whose only nationalities are Syrian and Russian does not mean it.
        Parse("Rebels clashed with regime forces in the Paracas area amid Syrian and Russian air raids.")
            .ShouldNotContain(t => t.Text == "Paracas" && t.Place.CountryIso2 == "PE");
        At(Parse("Rebels clashed with soldiers in the Paracas area on Sunday."), "Paracas").Place.CountryIso2.ShouldBe("PE");
    }

    [Fact]
    public void A_city_by_its_own_name_beats_a_smaller_variant_in_a_named_province()
    {
        var found = Parse("Obesity rose in California, in San Diego and Los Angeles, said a doctor at Children's Hospital of Pittsburgh.");
        At(found, "Pittsburgh").Place.Admin1.ShouldBe("Pennsylvania");
    }

    [Fact]
    public void A_province_by_its_own_name_beats_a_sound_alike_province()
    {
        var found = Parse("A boy died in Hebei province, and another of the virus in Hubei province, China said.");
        At(found, "Hubei").Place.Name.ShouldBe("Hubei");
        At(found, "Hebei").Place.Name.ShouldBe("Hebei");
    }

    [Fact]
    public void Of_a_villages_namesakes_the_one_on_a_front_open_that_day_is_read()
    {
        const string text = "The monitors observed 12 explosions near Kalynove.";
        // Two villages of the name: a larger one in central Ukraine, a smaller one in Donetsk oblast, on the 2014-2022 front.
        var during = Parser.Parse(new Article("t", Analysis.Day("2019-06-01"), text, Country: "UA")).Single(t => t.Text == "Kalynove").Place;
        during.Admin1.ShouldBe("Donetsk");
        var before = Parser.Parse(new Article("t", Analysis.Day("2013-06-01"), text, Country: "UA")).Single(t => t.Text == "Kalynove").Place;
        before.Admin1.ShouldNotBe("Donetsk");
    }

    [Fact]
    public void Of_a_villages_namesakes_the_one_near_a_city_the_article_names_is_read_across_a_provincial_line()
    {
        // Two villages of the name, both without a population: one 600 km east, one 30 km from the city, in a neighbouring province.
        var narli = At(Parse("Rockets hit the village of Narli, 30 km north of Gaziantep, on Monday."), "Narli");
        Geo.HaversineKm(narli.Place.Lat, narli.Place.Lon, 37.07, 37.38).ShouldBeLessThan(75);
        narli.Why.ShouldContain("near another place named");
    }

    [Fact]
    public void A_country_before_a_currency_names_money_not_a_place()
    {
        Parse("Protesters angry at the high US dollar exchange rate and the falling Lebanese pound blocked roads.").ShouldBeEmpty();
        Parse("Prices are quoted in Syrian pounds in Syria.").Select(t => t.Text).ShouldBe(["Syria"]);
    }

    [Theory]
    [InlineData("Flu cases rose in Georgia and Alabama in the United States. Earlier this week, the Mayor of Boston declared a flu emergency.", "Boston", "Massachusetts")]
    [InlineData("Outbreaks hit farms in Georgia, in the United States, said an official of the Food and Agriculture Organization in Rome.", "Rome", "Lazio")]
    public void A_world_city_by_its_own_name_beats_a_small_namesake_in_a_province_named_elsewhere(string text, string name, string admin1)
    {
        At(Parse(text), name).Place.Admin1.ShouldBe(admin1);
    }

    [Fact]
    public void A_town_set_in_its_county_and_state_by_an_apposition_is_read_there()
    {
        var found = Parse("An HIV outbreak hit southern Indiana. The town of Austin, in Scott County, Indiana, was its epicenter.");
        At(found, "Austin").Place.CountryIso2.ShouldBe("US");
    }

    [Fact]
    public void A_district_by_its_own_name_beats_a_sound_alike_village()
    {
        var cornwall = At(Parse("Bird flu was found on a farm in Cornwall, in the south-west of England, officials in London said."), "Cornwall").Place;
        cornwall.Precision.ShouldBe(PlacePrecision.Admin2);
        cornwall.Name.ShouldBe("Cornwall");
    }
}
