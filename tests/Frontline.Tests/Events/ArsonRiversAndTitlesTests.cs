namespace Frontline.Tests.Events;

/// <summary>Houses burned in an attack on people, arrests over an attack, shots fired "sporadically" on a given night, a
/// named group before its bracketed acronym, a river named like a province, an outlet named like one, and a headline with
/// no dateline under it. Texts written for these tests.</summary>
public class ArsonRiversAndTitlesTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Houses_burned_by_gunmen_who_shot_at_residents_are_part_of_their_attack()
    {
        var events = Events("Gunmen killed four people in Bokkos, Plateau State, on Thursday, police said.\n\nWitnesses said "
                            + "the attackers arrived at midnight, opened fire on villagers and set fire to several houses.", "2025-03-08");
        var attack = events.ShouldHaveSingleItem();
        attack.Codes.AcledSubEventType.ShouldBe("Attack");
        attack.Actor1!.Name.ShouldBe("Unidentified Armed Group (Nigeria)");
    }

    [Fact]
    public void Property_burned_by_no_one_named_after_an_attack_was_burned_in_it_and_arrests_over_the_attack_stay_apart()
    {
        var events = Events("Gunmen stormed Kauru in Kaduna State late on Friday and killed nine people, residents said. Several houses "
                            + "were also burnt.\n\nPolice said two suspects had been arrested in connection with the attack.", "2025-03-09");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Looting/property destruction");
        events.Where(e => e.Codes.AcledSubEventType == "Arrests").ShouldHaveSingleItem().Actor1!.Name.ShouldBe("Police Forces of Nigeria");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Attack" && e.Fatalities == 9);
    }

    [Fact]
    public void Shots_fired_sporadically_on_a_given_night_are_that_nights_attack()
    {
        var attack = Events("Gunmen kill seven in fresh attack on Southern Kaduna community\n\nBy Musa Bello, Kaduna\n\nGunmen have killed seven "
                            + "people in an attack on Atakar community in Kaura Local Government Area of Kaduna State.\n\nResidents said the "
                            + "attackers, who came in large numbers, stormed the village at about 10pm on Sunday and shot sporadically at "
                            + "residents, killing seven and injuring several others.", "2025-03-11").ShouldHaveSingleItem();
        attack.Date.Start.ShouldBe(Analysis.Day("2025-03-09"));
        attack.Fatalities.ShouldBe(7);
    }

    [Fact]
    public void A_state_named_with_its_word_is_the_province_of_the_countrys_largest_namesake()
    {
        var attack = Events("Gunmen killed six people in Plateau State on Thursday, police said.", "2025-03-08").ShouldHaveSingleItem();
        attack.Location!.CountryIso2.ShouldBe("NG");
        attack.Location.Precision.ShouldBe(Core.Model.PlacePrecision.Admin1);
    }

    [Fact]
    public void A_group_named_before_its_bracketed_acronym_leads_the_allies_joined_to_it()
    {
        Events("The Ta'ang National Liberation Army (TNLA) and allied resistance forces captured an army base in Kyaukme on Friday, "
               + "the group said.", "2025-03-10")
            .ShouldContain(e => e.Actor1 != null && e.Actor1.Name == "Ta'ang National Liberation Army");
    }

    [Fact]
    public void A_river_is_no_province_of_its_name()
    {
        Events("Junta troops shelled villages along the Ayeyarwady River near Bhamo on Sunday, killing three civilians.", "2025-02-03")
            .ShouldHaveSingleItem().Location!.Name.ShouldBe("Bhamo");
    }

    [Fact]
    public void An_outlet_a_spokesman_told_is_no_place()
    {
        Events("A KIA spokesman told The Irrawaddy on Monday that more than 20 regime soldiers were killed in the fighting.", "2025-02-03")
            .ShouldHaveSingleItem().Location!.Precision.ShouldBe(Core.Model.PlacePrecision.Country);
    }

    [Fact]
    public void A_first_line_with_no_stop_over_a_body_is_a_headline_whose_strike_the_body_tells()
    {
        var strikes = Events("Junta Airstrike Kills Five at Village Market in Sagaing\n\nResistance forces attacked an army column near "
                             + "Monywa on Friday.\n\nThe regime responded with airstrikes. A fighter jet bombed a market in Monywa on Saturday, "
                             + "killing five civilians, residents said.", "2025-02-03")
            .Where(e => e.Codes.AcledSubEventType == "Air/drone strike").ToList();
        strikes.ShouldHaveSingleItem().Fatalities.ShouldBe(5);
    }
}
