using Frontline.Core.Text;
using Frontline.Core.Model;

namespace Frontline.Tests.Annotators;

public class PlaceAnnotatorTests
{
    private static Place Place(string text, string surface)
    {
        var (_, ann) = Analysis.Annotate(text);
        return ann.Places.Single(p => p.Surface == surface).Place;
    }

    [Theory]
    [InlineData("Fighters entered Syria via the Bou Kamal crossing.", "Bou Kamal", 34.45, 40.92)]
    [InlineData("Turkish-backed rebels captured Tel Rifaat in Syria.", "Tel Rifaat", 36.47, 37.09)]
    [InlineData("Syrian troops shelled Deir ez-Zor.", "Deir ez-Zor", 35.34, 40.14)]
    [InlineData("Russian missiles hit Kharkov overnight.", "Kharkov", 49.98, 36.25)]
    [InlineData("Turkish drones struck near Kobani in Syria.", "Kobani", 36.89, 38.35)]
    [InlineData("Israeli strikes hit Rafah in Gaza.", "Rafah", 31.30, 34.25)]
    public void Spelling_variants_resolve_to_the_right_town(string text, string surface, double lat, double lon)
    {
        var p = Place(text, surface);
        Geo.HaversineKm(p.Lat, p.Lon, lat, lon).ShouldBeLessThan(25);
    }

    [Fact]
    public void A_patron_named_by_its_short_name_is_no_scene_but_the_country_after_a_locative_is()
    {
        var (_, ann) = Analysis.Annotate("Fighting between tribes and the U.S.-backed SDF spread across Deir ez-Zor, and the US-backed forces withdrew.");
        ann.Places.Select(p => p.Surface).ShouldBe(["Deir ez-Zor"]);
        Analysis.Annotate("The commander flew to the U.S. on Monday.").Ann.Places.Select(p => p.Surface).ShouldBe(["U.S."]);
    }

    [Fact]
    public void A_province_named_as_a_towns_container_is_the_one_in_the_towns_country()
    {
        // India and Pakistan both have a Punjab; Bahawalpur is in Pakistan's.
        Place("Missiles hit a mosque in the city of Bahawalpur in Punjab province on Wednesday.", "Punjab").CountryIso2.ShouldBe("PK");
    }

    [Fact]
    public void A_province_after_in_may_open_with_a_lower_case_article()
    {
        // Ceylanpinar, across the border in Turkey, has "Ras al-Ayn" among its names.
        var (_, ann) = Analysis.Annotate("On 8 May 2020, Turkish forces captured 2 QSD operatives attempting to infiltrate into Ras al Ain in al-Hasakeh.");
        ann.Places.Single(p => p.Surface == "Ras al Ain").Place.CountryIso2.ShouldBe("SY");
    }

    [Fact]
    public void A_place_the_text_puts_in_a_province_is_not_a_namesake_abroad()
    {
        // Karak is a Pakistani district seat; "Karak area in Dar'a" is a Syrian village the built-in gazetteer lacks.
        var (_, ann) = Analysis.Annotate("On 8 May 2020, an IED planted by an unidentified armed group in Karak area in Dar'a detonated targeting a regime's 4th Division member's vehicle.");
        ann.Places.ShouldNotContain(p => p.Place.CountryIso2 == "PK");
        ann.Places.ShouldContain(p => p.Surface == "Dar'a" && p.Place.CountryIso2 == "SY");
    }

    [Fact]
    public void A_name_in_brackets_after_a_place_is_another_name_of_it_but_an_acronym_is_not()
    {
        var (_, ann) = Analysis.Annotate("Turkish jets struck PKK targets in Avasin (Mergasur) region of Dahuk, Northern Iraq.");
        ann.Places.ShouldContain(p => p.Surface == "Mergasur" && p.Place.CountryIso2 == "IQ");
        ann.Places.ShouldNotContain(p => p.Place.CountryIso2 == "TR");
        Analysis.Annotate("The African Leaders Malaria Alliance (ALMA), consisting of leaders of 26 African countries, began a drive.").Ann.Places.ShouldBeEmpty();
    }

    [Fact]
    public void A_feature_named_after_a_place_is_not_near_a_namesake_abroad()
    {
        // The gazetteer lacks the Salinas Valley; its Salinas outside the article's countries is Puerto Rico's.
        var (_, ann) = Analysis.Annotate("The E. coli outbreak that sickened nearly 200 people in the United States and Canada has been linked to cattle. "
                                         + "The contaminated spinach had been traced to the Salinas Valley region of California.");
        ann.Places.ShouldNotContain(p => p.Place.CountryIso2 == "PR");
        ann.Places.ShouldContain(p => p.Surface == "California");
    }

    [Fact]
    public void A_province_the_article_is_in_is_read_as_the_province_not_a_village_of_its_name_inside_it()
    {
        // GeoNames codes a village called Xinjiang to Xinjiang; the article about Urumqi means the region.
        var xinjiang = Place("Attackers struck a market in Urumqi on Thursday. Police in Xinjiang detained dozens of suspects.", "Xinjiang");
        xinjiang.Precision.ShouldBe(PlacePrecision.Admin1);
    }

    [Fact]
    public void A_town_before_airbase_is_a_place()
    {
        var (_, ann) = Analysis.Annotate("On 5 May 2020, a drone launched by an unidentified military group targeted Hama Airbase.");
        ann.Places.ShouldContain(p => p.Surface == "Hama" && p.Place.CountryIso2 == "SY");
    }

    [Fact]
    public void Spanish_articles_join_a_name()
    {
        var (_, ann) = Analysis.Annotate("On 28 April 2020, in Amatlan de los Reyes, Veracruz, a man was abducted by armed individuals.");
        ann.Places.Select(p => p.Surface).ShouldBe(["Amatlan de los Reyes", "Veracruz"]);
    }

    [Fact]
    public void An_institution_named_federal_is_no_federal_district()
    {
        var (_, ann) = Analysis.Annotate("On 8 May 2020, in Seropedica, Rio de Janeiro, the Federal Highway Police seized 1 ton of marijuana.");
        ann.Places.Select(p => p.Surface).ShouldBe(["Seropedica", "Rio de Janeiro"]);
    }

    [Fact]
    public void A_village_read_by_sound_far_from_the_other_places_named_is_no_place()
    {
        // The gazetteer's only sound-alike of "Tall Hums" is Tall Hamis, 440 km away in Al-Hasakah.
        var (_, ann) = Analysis.Annotate("On 22 December 2019, regime forces captured Tall Hums in the countryside of Ma'arrat An Nu'man in Idleb following clashes.");
        ann.Places.ShouldNotContain(p => p.Surface == "Tall Hums");
        ann.Places.ShouldContain(p => p.Surface == "Ma'arrat An Nu'man" && p.Place.Admin1 == "Idleb");
    }

    [Theory]
    [InlineData("Gunmen attacked a checkpoint in rural Kandahar, killing two farmers.", "Kandahar")]
    [InlineData("Rebels shelled a school in rural Hama on Monday.", "Hama")]
    public void A_place_after_rural_is_a_place(string text, string surface)
    {
        var (_, ann) = Analysis.Annotate(text);
        ann.Places.ShouldContain(p => p.Surface == surface);
    }

    [Fact]
    public void A_capitalized_rural_of_a_name_gives_no_locative_reading()
    {
        // "Rural Affairs" names a ministry; without "rural" as a locative word nothing reads "Affairs" as a French village.
        var (_, ann) = Analysis.Annotate("The Department for Environment, Food and Rural Affairs says the virus could spread.");
        ann.Places.ShouldNotContain(p => p.Surface == "Affairs");
    }

    [Fact]
    public void A_town_put_in_another_town_lies_near_it()
    {
        // The gazetteer's only Mirpur readings lie in Pakistan and Bangladesh, hundreds of km from Jalalabad.
        var (_, ann) = Analysis.Annotate("Militants attacked Mirpur in rural Jalalabad, killing two farmers.");
        ann.Places.ShouldNotContain(p => p.Surface == "Mirpur");
        ann.Places.ShouldContain(p => p.Surface == "Jalalabad" && p.Place.CountryIso2 == "AF");
    }

    [Theory]
    [InlineData("On 8 May 2020, civilians in Al Bab in Aleppo protested demanding the return of the displaced to their homes.", "Al Bab")]
    [InlineData("On 2 May 2020, Russian military police blocked an American patrol in Quamishli in Al-Hasakeh.", "Qamishli")]
    // Where someone comes from is not where the event is.
    [InlineData("On 29 April 2020, HTS executed an individual from Afrin in Idleb after a period of detention.", "Idlib")]
    public void Of_two_towns_the_one_the_text_puts_in_the_other_is_where_it_happened(string text, string town)
    {
        var e = Analysis.Run(text, "2020-05-10").Events.First();
        TransliterationKey.Plain(e.Location!.Name).ShouldContain(TransliterationKey.Plain(town));
    }

    [Fact]
    public void A_town_outside_the_province_its_chain_names_gives_way_to_the_province()
    {
        // The gazetteer knows a Kamyanka only in Cherkasy oblast; the report places it in Donetsk oblast.
        var e = Analysis.Run("On 1 May 2020, the NAF rebel forces fired mortars at the governmental positions near Kamyanka, Donetsk.", "2020-05-03").Events.First();
        e.Location!.Admin1.ShouldBe("Donetsk");
        e.Location.Precision.ShouldBe(PlacePrecision.Admin1);
    }

    [Theory]
    // Boston and Malaga carry these Arabic spellings as alternate names; Saham is a town in Oman.
    [InlineData("Gunmen attacked a checkpoint on the Ghadir al Bostan road in Quneitra.", "Bostan")]
    [InlineData("Gunmen attacked a checkpoint on the al Malaqa road in Quneitra.", "Malaqa")]
    [InlineData("Gunmen clashed with soldiers in the town of Sahm El Golan in Daraa.", "Sahm")]
    [InlineData("Rebels destroyed a bulldozer on the Jabal al-Zawiya front in Idleb.", "Zawiya")]
    public void Part_of_an_unknown_Arabic_name_is_no_town_abroad(string text, string part)
    {
        var (_, ann) = Analysis.Annotate(text);
        ann.Places.ShouldNotContain(p => p.Surface.Contains(part));
        ann.Places.ShouldAllBe(p => p.Place.CountryIso2 == "SY");
    }

    [Fact]
    public void The_head_of_a_longer_name_read_only_by_sound_is_no_town()
    {
        // A town near Saint Petersburg carries "Syriatel" as a sound-alike; the Russian forces put Russia in the context.
        var (_, ann) = Analysis.Annotate("Police, escorted by Russian forces, raided the offices of Syriatel Telecom in Latakia, Syria.");
        ann.Places.ShouldNotContain(p => p.Surface.Contains("Syriatel"));
        ann.Places.ShouldAllBe(p => p.Place.CountryIso2 == "SY");
    }

    [Theory]
    [InlineData("Rioters clashed with police in Tripoli, Lebanon, on Monday.", "Tripoli", "LB")]
    [InlineData("Gunmen attacked a checkpoint near Tripoli, Libya, on Monday.", "Tripoli", "LY")]
    public void A_town_followed_by_its_country_is_that_countrys_town(string text, string town, string country)
    {
        var (_, ann) = Analysis.Annotate(text);
        ann.Places.ShouldContain(p => p.Surface == town && p.Place.CountryIso2 == country);
    }

    [Fact]
    public void A_peoples_name_is_no_city()
    {
        var (_, ann) = Analysis.Annotate("Young men set fire to a Roma camp in the Holosiivskyi district of Kyiv, Ukraine.");
        ann.Places.ShouldAllBe(p => p.Place.CountryIso2 == "UA");
    }

    [Fact]
    public void Aleppo_in_a_Syria_report_is_the_Syrian_city()
    {
        var p = Place("Syrian jets struck Aleppo.", "Aleppo");
        p.CountryIso2.ShouldBe("SY");
        p.Admin1.ShouldBe("Aleppo");
    }

    [Fact]
    public void Province_word_makes_an_admin1_place()
    {
        var (_, ann) = Analysis.Annotate("Airstrikes targeted rebel positions in Hama and Idlib provinces of Syria.");
        ann.Places.Where(p => p.Surface is "Hama" or "Idlib").ShouldAllBe(p => p.Place.Precision == PlacePrecision.Admin1);
    }

    [Fact]
    public void Direction_and_province_name_is_the_province()
    {
        var (_, ann) = Analysis.Annotate("Syrian forces dug in along a line in northern Hama.");
        var hama = ann.Places.Single(p => p.Surface == "Hama");
        hama.Place.Precision.ShouldBe(PlacePrecision.Admin1);
        hama.Direction.ShouldBe("northern");
    }

    [Fact]
    public void Country_names_are_country_places()
    {
        Place("Iraqi militias moved into Syria.", "Syria").Precision.ShouldBe(PlacePrecision.Country);
    }

    [Fact]
    public void Demonyms_and_common_words_are_not_places()
    {
        var (_, ann) = Analysis.Annotate("On Sunday, President Biden said Israeli and Syrian officials met. Meanwhile, talks continued.");
        ann.Places.ShouldBeEmpty();
    }

    [Fact]
    public void A_countrys_capital_is_the_capital_city()
    {
        var (_, ann) = Analysis.Annotate("Fighters attacked the airport in Mali's capital on Tuesday.");
        var capital = ann.Places.Single();
        capital.Place.Name.ShouldBe("Bamako");
        capital.Place.Precision.ShouldBe(PlacePrecision.Place);
    }

    [Fact]
    public void A_village_namesake_far_from_the_province_the_report_names_is_left_unread()
    {
        // The gazetteer has a Suran in Hama and one in Aleppo, none in Quneitra: neither is the village meant here.
        var (_, far) = Analysis.Annotate("Shelling hit the village of Suran in Quneitra province on Sunday.");
        far.Places.ShouldNotContain(p => p.Surface == "Suran");
        far.Places.ShouldContain(p => p.Place.Precision == PlacePrecision.Admin1 && p.Place.CountryIso2 == "SY");
        var (_, near) = Analysis.Annotate("Shelling hit the village of Suran in Hama province on Sunday.");
        near.Places.Single(p => p.Surface == "Suran").Place.Admin1Code.ShouldBe("SY.10");
    }

    [Fact]
    public void A_towns_own_first_reading_does_not_vouch_for_its_country()
    {
        // Read alone, "Tripoli" is Libya's capital; beside Sidon it is Lebanon's, and Libya was only its own reading.
        var (_, ann) = Analysis.Annotate("On 29 April 2020, rioters hurled rocks at soldiers in Tripoli. In Tripoli and Sidon combined, 23 soldiers were injured.");
        ann.Places.Where(p => p.Surface == "Tripoli").ShouldAllBe(p => p.Place.CountryIso2 == "LB");
    }

    [Theory]
    [InlineData("On 29 April 2020, Turkish forces closed all of Afrin's entrances until further notice.", "Afrin", "SY")]
    [InlineData("Russian forces escorted a convoy through Manbij on Sunday.", "Manbij", "SY")]
    [InlineData("Turkish troops entered Jarabulus on Sunday.", "Jarabulus", "SY")]
    public void Forces_abroad_do_not_pull_a_district_seat_into_their_country(string text, string town, string country) =>
        Place(text, town).CountryIso2.ShouldBe(country);

    [Theory]
    // Read one by one, "Nawa" is nearest Naha in Japan; with Dar'a beside it, both are Syria's.
    [InlineData("Clashes took place in Jasim and Nawa, west of Dar'a.", "Nawa")]
    [InlineData("Gunmen killed a teacher in Mzeireb near Tafas, in the west of Daraa.", "Mzeireb")]
    public void A_report_naming_no_country_is_read_where_its_names_agree(string text, string town)
    {
        var (_, ann) = Analysis.Annotate(text);
        ann.Places.ShouldContain(p => p.Surface == town);
        ann.Places.ShouldAllBe(p => p.Place.CountryIso2 == "SY");
    }

    [Fact]
    public void The_head_of_a_persons_name_is_no_town_by_its_other_name()
    {
        // "Riad" is one of Riyadh's other names; here it opens a man's name.
        var (_, ann) = Analysis.Annotate("Protesters in Nabatiyeh chanted slogans against Riad Salame, the Governor of Lebanon's central bank.");
        ann.Places.ShouldNotContain(p => p.Surface.Contains("Riad"));
        ann.Places.ShouldAllBe(p => p.Place.CountryIso2 == "LB");
    }

    [Fact]
    public void A_town_described_as_a_capital_names_no_province_that_excludes_other_towns()
    {
        // "Luanda, Angola's capital" is an apposition, not "town, province": Uige, 250 km away, stays.
        var (_, ann) = Analysis.Annotate(
            "Health teams in Uige were unable to work, the WHO said in Angola. Two deaths had been confirmed in Luanda, Angola's capital.");
        ann.Places.Single(p => p.Surface == "Uige").Place.CountryIso2.ShouldBe("AO");
    }

    [Theory]
    [InlineData("Gunmen killed 12 villagers in Niger State on Sunday.", "Niger", "NG", PlacePrecision.Admin1)]
    [InlineData("Protests spread in Georgia state on Monday.", "Georgia", "US", PlacePrecision.Admin1)]
    [InlineData("Cholera hit Mali, Niger and Senegal.", "Niger", "NE", PlacePrecision.Country)]
    [InlineData("Protests spread in Georgia on Monday.", "Georgia", "GE", PlacePrecision.Country)]
    public void A_countrys_name_before_a_provinces_word_is_the_province_of_that_name(string text, string surface, string country, PlacePrecision precision)
    {
        var p = Place(text, surface);
        p.CountryIso2.ShouldBe(country);
        p.Precision.ShouldBe(precision);
    }

    [Fact]
    public void A_district_of_the_articles_country_outranks_a_small_namesake_elsewhere_in_it()
    {
        // Katagum is a local government area of Bauchi of 115,000 people; the village of the name lies in another one.
        Place("Gunmen attacked a village in Katagum, Nigeria, on Monday.", "Katagum").Precision.ShouldBe(PlacePrecision.Admin2);
        // Cavite is a province of Calabarzon; a district named after its seat is read as that town, not a village in
        // Central Luzon.
        Place("Police raided a house in Cavite in the Philippines on Monday.", "Cavite").Admin1.ShouldBe("Calabarzon");
    }
}
