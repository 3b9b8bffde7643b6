namespace Frontline.Tests.Events;

/// <summary>An army's word of a repelled attack and a source's of the same fight, a group's spoils, a government news
/// agency's "encounter" in "this city", arms recovered and listed, a district placed by a bearing from a city, an incident
/// set apart, and a village opened as its own scene. Texts written for these tests.</summary>
public class EncountersSpoilsAndSeparateIncidentsTests
{
    private static IReadOnlyList<Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void An_army_that_said_on_a_day_it_had_repelled_an_attack_fought_the_group_the_detail_names_on_the_detail_day()
    {
        var fight = Events("Burkina Faso's army said Wednesday it had repelled a terrorist attack on the town of Djibo, killing dozens of "
                           + "assailants, while a local official said 10 soldiers died in the fighting.\n\nHundreds of fighters on motorbikes "
                           + "attacked the army camp in Djibo early on Monday, the official said. The fighting lasted several hours.\n\nJNIM "
                           + "claimed the attack in a statement, saying it had seized weapons and vehicles.", "2025-06-04").ShouldHaveSingleItem();
        fight.Date.Start.ShouldBe(Analysis.Day("2025-06-02"));
        new[] { fight.Actor1!.Name, fight.Actor2!.Name }.ShouldBe(["Military Forces of Burkina Faso", "Jama'at Nusrat al-Islam wal-Muslimin"]);
    }

    [Fact]
    public void An_encounter_in_this_city_is_at_the_datelines_town_between_troops_and_the_named_group_and_arms_recovered_are_no_attack()
    {
        var encounter = Events("2 NPA rebels killed in Samar clash\n\nCATBALOGAN CITY, Samar, March 4 (PNA) -- Two suspected members of the "
                               + "New People's Army (NPA) were killed "
                               + "in an encounter with government troops in a village of this city on Monday, the Army said.\n\nSoldiers on "
                               + "patrol were fired upon by about 20 armed men, prompting a firefight.\n\nRecovered from the encounter site "
                               + "were three rifles, a hand grenade, and documents.", "2025-03-04").ShouldHaveSingleItem();
        encounter.Codes.AcledSubEventType.ShouldBe("Armed clash");
        encounter.Location!.Name.ShouldBe("Catbalogan");
        new[] { encounter.Actor1!.Name, encounter.Actor2!.Name }.ShouldBe(["Military Forces of Philippines", "New People's Army"]);
    }

    [Fact]
    public void Explosive_belts_listed_after_weapons_are_arms_found_not_a_suicide_bombing()
    {
        Events("Troops found the bodies of four militants along with weapons and explosive belts in a hideout near Tuz Khurmatu on Sunday, "
               + "the army said.", "2025-03-10")
            .ShouldNotContain(e => e.Codes.AcledSubEventType == "Suicide bomb");
    }

    [Fact]
    public void A_district_north_of_a_city_is_the_scene_not_the_city()
    {
        Events("Two soldiers were wounded on Tuesday when a roadside bomb exploded near their patrol in the Tarmiyah district north of "
               + "Baghdad, a security source said.", "2025-03-12")
            .ShouldHaveSingleItem().Location!.Name.ShouldNotBe("Baghdad");
    }

    [Fact]
    public void An_incident_told_as_separate_is_another_event()
    {
        var events = Events("Gunmen shot dead a shepherd near Kirkuk on Monday, police said.\n\nIn a separate incident, a roadside bomb "
                            + "wounded two soldiers near Kirkuk on Monday.", "2025-03-11");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Remote explosive/landmine/IED");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Attack");
    }

    [Fact]
    public void A_village_opened_as_its_own_scene_is_another_strike_than_the_town_before()
    {
        var strikes = Events("BELGOROD, June 23 (TASS) - A Ukrainian drone hit a minibus in the town of Shebekino on Sunday, killing its "
                             + "driver, the governor said.\n\nIn the village of Novaya Tavolzhanka, a man was wounded when a drone dropped "
                             + "explosives on his yard.", "2025-06-23");
        strikes.Select(e => e.Location!.Name).ShouldBe(["Shebekino", "Novaya Tavolzhanka"], ignoreOrder: true);
    }
}
