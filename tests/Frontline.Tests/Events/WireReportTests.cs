using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>How a wire report is built: a headline line before the dateline, a second paragraph that goes on with the
/// lead, patrons and bases named beside the sides, capitals standing for governments, and the acts of a raid told
/// together. Texts written for these tests.</summary>
public class WireReportTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    private const string Blockade =
        "Bolivia police clear blockades by Morales supporters\n\n"
        + "LA PAZ, Nov 2 (AFP) - Bolivian police cleared roadblocks set up by supporters of former president Evo Morales in the central Cochabamba department on Friday, arresting 66 people.\n\n";

    [Fact]
    public void A_dateline_after_a_headline_line_is_where_the_report_was_filed()
    {
        var (_, ann) = Analysis.Annotate("Militias clash in eastern Syria\n\nBEIRUT, Sept 1 (Reuters) - Tribal gunmen attacked checkpoints in Dhiban on Thursday.", "2023-09-01");
        ann.Actors.ShouldNotContain(a => a.Actor != null && a.Actor.Name == "Lebanon");
        var events = Events("Militias clash in eastern Syria\n\nBEIRUT, Sept 1 (Reuters) - Heavy fighting erupted on Thursday.", "2023-09-01");
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.Location == null || e.Location.Name != "Beirut");
    }

    [Fact]
    public void The_second_paragraph_opens_on_the_lead_day_and_place()
    {
        // (Not the day the relative clause's "for nearly three weeks" tells: that dates the blockade.)
        Events(Blockade + "Police fired tear gas to disperse hundreds of protesters who had blocked the highway at Parotani for nearly three weeks, and protesters threw stones.",
                "2024-11-02")
            .ShouldContain(e => e.Codes.AcledEventType == "Riots" && e.Date == DateInterval.Day(Analysis.Day("2024-11-01")) && e.Location!.Admin1 == "Cochabamba");
    }

    [Fact]
    public void Only_the_opening_of_the_second_paragraph_goes_on_with_the_lead()
    {
        var riot = Events(Blockade + "Morales' supporters began the blockades last month. Protesters threw stones at police.", "2024-11-02")
            .Single(e => e.Codes.AcledEventType == "Riots");
        riot.Date.ShouldNotBe(DateInterval.Day(Analysis.Day("2024-11-01")));
        riot.Location!.Precision.ShouldBe(PlacePrecision.Country);
    }

    [Fact]
    public void An_act_that_names_no_place_happened_in_the_one_town_of_the_lead()
    {
        const string rest = "\n\nThe clashes broke out late on Saturday.\n\nDozens of residents gathered outside the municipality building on Sunday to protest the violence.";
        Events("TRIPOLI, May 26 (AP) - Heavy fighting between rival armed groups in the western Libyan city of Zawiya killed at least five people on Sunday." + rest, "2024-05-26")
            .Single(e => e.Codes.AcledEventType == "Protests").Location!.Name.ShouldBe("Zawiya");
        // A war's name is no town of the story: "the deadliest attack since the start of the Gaza war".
        Events("JERUSALEM, July 28 (Reuters) - A rocket strike on a football pitch in the Golan Heights killed 12 children on Saturday, the deadliest attack "
               + "since the start of the Gaza war.", "2024-07-28")
            .ShouldAllBe(e => e.Location == null || e.Location.Name != "Gaza");
        // A lead that names two towns names no one town of the story.
        Events("TRIPOLI, May 26 (AP) - Heavy fighting between rival armed groups in Zawiya and Sabratha killed at least five people on Sunday." + rest, "2024-05-26")
            .Single(e => e.Codes.AcledEventType == "Protests").Location!.Precision.ShouldBe(PlacePrecision.Country);
    }

    [Fact]
    public void A_patron_before_a_side_is_neither_the_place_nor_keeps_the_side_from_being_named()
    {
        var e = Events("Fighting between Arab tribal fighters and the U.S.-backed Syrian Democratic Forces (SDF) spread across Syria's Deir ez-Zor province on Thursday.",
            "2023-09-01").ShouldHaveSingleItem();
        e.Location!.Name.ShouldBe("Deir ez Zor");
        e.Actor2!.Name.ShouldBe("Syrian Democratic Forces");
    }

    [Fact]
    public void A_monitor_based_in_a_country_is_no_actor_and_no_scene()
    {
        var events = Events("The Syrian Observatory for Human Rights, a Britain-based war monitor, said the dead included 54 SDF members, 27 tribal fighters "
                            + "and nine civilians, among them two children killed by sniper fire in Dhiban on Wednesday.", "2023-09-01");
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.Location!.CountryIso2 == "SY");
        events.ShouldAllBe(e => e.Actor1!.Name != "United Kingdom" && (e.Actor2 == null || e.Actor2.Name != "United Kingdom"));
    }

    [Fact]
    public void A_capital_a_government_addresses_or_deals_with_is_no_scene()
    {
        Events("Putin accused Kyiv of firing indiscriminately at civilian buildings.", "2024-08-08")
            .ShouldAllBe(e => e.Location == null || e.Location.Name != "Kyiv");
        Events("The SDF arrested the commander on charges of drug trafficking and contacts with Damascus.", "2023-09-01")
            .ShouldAllBe(e => e.Location == null || e.Location.Name != "Damascus");
        // A capital where something happened stays the scene.
        Events("Russian missiles struck Kyiv on Monday, killing three people.", "2024-08-08")
            .ShouldContain(e => e.Location != null && e.Location.Name == "Kyiv");
    }

    [Fact]
    public void A_crime_someone_is_accused_of_is_no_event_told()
    {
        Events("Morales' supporters began the blockades to protest against an investigation into the former leader, who is accused of statutory rape, a charge he denies.", "2024-11-02")
            .ShouldNotContain(e => e.Codes.AcledSubEventType == "Sexual violence" || e.Codes.AcledEventType == "Riots");
    }

    [Fact]
    public void War_materiel_an_armed_side_destroys_is_lost_in_a_fight()
    {
        Events("Russian forces destroyed 54 armoured vehicles near Sudzha on Wednesday.", "2024-08-08")
            .ShouldHaveSingleItem().Codes.AcledEventType.ShouldBe("Battles");
        // A state said to have destroyed them fought with its forces.
        var e = Events("Russia's defence ministry said its forces had destroyed 54 armoured vehicles near Sudzha.", "2024-08-08").ShouldHaveSingleItem();
        e.Codes.AcledEventType.ShouldBe("Battles");
        e.Actor1!.Name.ShouldBe("Military Forces of Russia");
        Events("Russian forces destroyed 54 houses near Sudzha on Wednesday.", "2024-08-08")
            .ShouldHaveSingleItem().Codes.AcledSubEventType.ShouldBe("Looting/property destruction");
    }

    [Fact]
    public void An_abduction_in_which_people_were_killed_is_an_attack()
    {
        var e = Events("Bandits killed at least 38 villagers and abducted more than 50 others in Bukkuyum on Monday.", "2024-03-13").ShouldHaveSingleItem();
        e.Codes.AcledSubEventType.ShouldBe("Attack");
        e.Fatalities.ShouldBe(38);
        e.Actor1!.Name.ShouldBe("Unidentified Armed Group (Nigeria)");
        Events("Bandits abducted more than 50 villagers in Bukkuyum on Monday.", "2024-03-13")
            .ShouldHaveSingleItem().Codes.AcledSubEventType.ShouldBe("Abduction/forced disappearance");
    }

    [Fact]
    public void The_owner_of_the_weapon_that_struck_is_the_author()
    {
        var e = Events("The Nigerian Air Force said its jets struck a bandit camp in Zamfara state on Tuesday.", "2024-03-13").ShouldHaveSingleItem();
        e.Codes.AcledSubEventType.ShouldBe("Air/drone strike");
        e.Actor1!.Name.ShouldBe("Military Forces of Nigeria");
    }

    [Fact]
    public void Rival_armed_groups_fight_and_a_named_highway_blocked_is_a_protest()
    {
        Events("Heavy fighting between rival armed groups in the western Libyan city of Zawiya killed at least five people on Sunday.", "2024-05-26")
            .ShouldHaveSingleItem().Codes.AcledSubEventType.ShouldBe("Armed clash");
        Events("Hundreds of women blocked the Gusau-Sokoto highway on Wednesday to demand better security.", "2024-03-13")
            .ShouldHaveSingleItem().Codes.AcledEventType.ShouldBe("Protests");
    }

    [Fact]
    public void A_local_government_area_is_a_place_not_the_government()
    {
        var (_, ann) = Analysis.Annotate("Gunmen stormed two villages in Bukkuyum local government area on Monday, setting fire to houses.", "2024-03-13");
        ann.Actors.ShouldNotContain(a => a.Actor != null && a.Actor.Name == "Government of Nigeria");
        // The government that speaks is still the government.
        Analysis.Annotate("The Nigerian government said bandits attacked two villages in Bukkuyum local government area.", "2024-03-13").Ann.Actors
            .Count(a => a.Actor != null && a.Actor.Name == "Government of Nigeria").ShouldBe(1);
    }

    [Fact]
    public void Taking_a_site_a_side_holds_is_a_capture_and_no_shot_fired_makes_it_a_transfer()
    {
        Events("Forces loyal to the TPLF took control of the mayor's office and a radio station in Mekelle on Tuesday.", "2025-03-12")
            .ShouldHaveSingleItem().Codes.AcledEventType.ShouldBe("Battles");
        Events("Forces loyal to the TPLF took control of the mayor's office and a radio station in Mekelle on Tuesday.\n\nNo shots were fired, witnesses said.", "2025-03-12")
            .ShouldHaveSingleItem().Codes.AcledSubEventType.ShouldBe("Non-violent transfer of territory");
        // Goods are seized, not taken and held.
        Events("Police seized 3 tons of cannabis in a truck on Tuesday.", "2025-03-12").ShouldNotContain(e => e.Codes.AcledEventType == "Battles");
    }

    [Fact]
    public void A_relative_clause_of_what_came_before_neither_dates_nor_places_the_act()
    {
        var e = Events("GOMA, Feb 16 (Reuters) - M23 rebels entered Bukavu on Sunday.\n\nThe rebels seized the main prison, from which hundreds of inmates had escaped on Friday.", "2025-02-16")
            .Single(x => x.Codes.AcledEventType == "Battles");
        e.Date.ShouldBe(DateInterval.Day(Analysis.Day("2025-02-16")));
        var arrest = Events("MAGDEBURG, Germany, Dec 21 (Reuters) - A man drove a car into a crowd in Magdeburg on Friday, killing five people.\n\n"
                            + "Police arrested the driver, a doctor from Saudi Arabia who had lived in Germany since 2006, at the scene.", "2024-12-21")
            .Single(x => x.Codes.AcledSubEventType == "Arrests");
        arrest.Location!.Name.ShouldBe("Magdeburg");
        arrest.Actor1!.Name.ShouldBe("Police Forces of Germany");
        // A relative clause in the simple past tells the act's own time: "the fighting, which began on Wednesday".
        Events("Fighting along the border has killed nearly 100 people. The dead died in the fighting, which began on Wednesday near the town of Isfara.", "2022-09-17")
            .ShouldContain(x => x.Date == DateInterval.Day(Analysis.Day("2022-09-14")));
    }

    [Fact]
    public void The_name_a_judge_gives_an_act_is_no_act_of_its_own()
    {
        Events("Sudan's army-aligned government condemned the killings as a \"massacre\" and called on the world to act.", "2024-06-06")
            .ShouldNotContain(e => e.Codes.AcledEventType == "Violence against civilians");
        Events("Gunmen carried out a massacre in the village on Monday.", "2024-06-06")
            .ShouldContain(e => e.Codes.AcledEventType == "Violence against civilians");
    }

    [Fact]
    public void People_described_as_jailed_were_not_arrested_in_the_story()
    {
        Events("The president pardoned about 60 jailed activists last week.", "2021-02-22").ShouldNotContain(e => e.Codes.AcledSubEventType == "Arrests");
        Events("Police jailed 60 activists last week.", "2021-02-22").ShouldContain(e => e.Codes.AcledSubEventType == "Arrests");
    }

    [Fact]
    public void Acts_told_also_are_on_the_lead_day_and_toppling_a_ruler_is_no_riot()
    {
        var events = Events("ALGIERS, Feb 22 (AP) - Thousands of protesters marched in Algiers on Monday to mark the anniversary of the movement that toppled former "
                            + "President Abdelaziz Bouteflika.\n\nThe committee said arrests were made.\n\nLarge marches were also held in Oran.", "2021-02-24");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Riots");
        events.Single(e => e.Location!.Name == "Oran").Date.ShouldBe(DateInterval.Day(Analysis.Day("2021-02-22")));
        Events("Protesters marched in Caracas on Monday and toppled a statue of the former president.", "2024-07-31").ShouldContain(e => e.Codes.AcledEventType == "Riots");
    }

    [Fact]
    public void Stun_grenades_fired_at_a_crowd_break_up_its_protest()
    {
        var e = Events("Belarusian police fired stun grenades and rubber bullets at thousands of protesters in Minsk overnight, witnesses said.", "2020-08-10").ShouldHaveSingleItem();
        e.Codes.AcledEventType.ShouldBe("Protests");
        e.Actor1!.Name.ShouldBe("Protesters (Belarus)");
    }

    [Fact]
    public void Supporters_who_storm_the_seats_of_government_riot_in_the_capital()
    {
        var e = Events("Thousands of supporters of former Brazilian President Jair Bolsonaro stormed Congress, the Supreme Court and the presidential palace on Sunday, "
                       + "smashing windows and furniture.", "2023-01-09").ShouldHaveSingleItem();
        e.Codes.AcledEventType.ShouldBe("Riots");
        e.Actor1!.Name.ShouldBe("Rioters (Brazil)");
        e.Location!.Name.ShouldBe("Brasília");
        // The governor's palace is a province's.
        Events("Protesters stormed the governor's palace in Brazil on Sunday, smashing windows.", "2023-01-09")
            .ShouldAllBe(x => x.Location == null || x.Location.Name != "Brasília");
    }

    [Fact]
    public void A_protest_camp_dismantled_is_a_protest_broken_up()
    {
        var e = Events("Soldiers dismantled a protest camp outside the army headquarters in Brasilia on Monday and detained about 1,200 people.", "2023-01-09").ShouldHaveSingleItem();
        e.Codes.AcledSubEventType.ShouldBe("Protest with intervention");
        e.Actor1!.Name.ShouldBe("Protesters (Brazil)");
    }

    [Fact]
    public void Sounds_heard_are_the_fight_told()
    {
        var events = Events("ADDIS ABABA, Aug 8 (Reuters) - Fano militiamen clashed with federal troops in Bahir Dar on Monday, residents said.\n\n"
                            + "Gunfire and explosions were heard in the city for several hours, and at least four civilians were killed by stray bullets.", "2023-08-08");
        var e = events.ShouldHaveSingleItem();
        e.Codes.AcledSubEventType.ShouldBe("Armed clash");
        e.Fatalities.ShouldBe(4);
        // Explosions told as news of their own stay an event.
        Events("Explosions hit Bahir Dar on Monday, killing four civilians.", "2023-08-08").ShouldContain(x => x.Codes.AcledEventType != "Battles");
    }
}

