using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>How a full report is told: a lead in broad strokes and paragraphs of detail, claims and denials, witnesses,
/// requests, background. Texts written for these tests; each names what the rule under test decides.</summary>
public class ReportStructureTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_lead_told_again_in_detail_is_one_event_at_the_detail_place()
    {
        var events = Events(
            "BAMAKO, May 4 - Gunmen killed at least 20 soldiers in an attack on an army camp in central Mali on Saturday, security sources said.\n\n" +
            "Dozens of fighters on motorbikes stormed the camp in Douentza shortly before dawn, the sources said.", "2025-05-04");
        var e = events.ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(20);
        e.Location!.Name.ShouldBe("Douentza");
        e.Date.Start.ShouldBe(Analysis.Day("2025-05-03"));
        e.Actor2!.Name.ShouldBe("Military Forces of Mali");
    }

    [Fact]
    public void A_new_event_in_a_later_paragraph_stays_apart_from_the_lead()
    {
        var events = Events(
            "BAMAKO, May 4 - Gunmen killed at least 20 soldiers in an attack on an army camp in central Mali on Saturday.\n\n" +
            "On Friday, protesters marched in Bamako to demand elections.", "2025-05-04");
        events.Count.ShouldBe(2);
    }

    [Fact]
    public void The_verb_before_in_an_attack_names_its_author()
    {
        // Before the rule, the soldiers (the victims, named before "attack") were read as the attack's author.
        var e = Events("Islamist fighters killed 12 soldiers in an attack on a military post in Niger on Monday.", "2025-03-12").Events0();
        e.Actor2!.Name.ShouldBe("Military Forces of Niger");
        e.Actor1!.Kind.ShouldNotBe(ActorKind.StateMilitary);
    }

    [Fact]
    public void The_group_that_claimed_an_attack_is_its_author()
    {
        var e = Events("A car bomb exploded near a police station in Mogadishu on Sunday, killing six people, in an attack claimed by al Shabaab.", "2024-03-04").Events0();
        e.Actor1!.Name.ShouldBe("Al-Shabaab");
        e.Modality.ShouldBe(Modality.Asserted);
    }

    [Fact]
    public void A_group_led_by_a_named_one_is_that_group()
    {
        var e = Events("Hamas-led fighters attacked an army post near Gaza on Tuesday, killing two soldiers.", "2024-01-10").Events0();
        e.Actor1!.Name.ShouldBe("Hamas");
    }

    [Fact]
    public void The_military_is_the_force_last_named_with_a_country()
    {
        var events = Events(
            "The Israeli military said it struck a weapons depot in southern Lebanon on Monday.\n\n" +
            "The military said it had killed three fighters in the area over the past week.", "2024-10-08");
        events.ShouldAllBe(e => e.Actor1 == null || e.Actor1.Country3 != "LBN" || e.Actor1.Kind != ActorKind.StateMilitary);
        events.ShouldContain(e => e.Fatalities == 3 && e.Actor1!.Name == "Military Forces of Israel");
    }

    [Fact]
    public void The_capital_in_a_report_datelined_in_a_country_is_its_capital()
    {
        var events = Events("DHAKA, Aug 5 - Thousands of students protested on Monday. Soldiers patrolled the streets of the capital on Tuesday.", "2024-08-06");
        events.ShouldContain(e => e.Location!.Name == "Dhaka" && e.Codes.AcledSubEventType == "Change to group/activity");
    }

    [Fact]
    public void The_capital_of_a_named_country_is_not_read_from_the_dateline()
    {
        var events = Events("DHAKA, Aug 5 - Soldiers patrolled the capital of Myanmar on Tuesday.", "2024-08-06");
        events.ShouldNotContain(e => e.Location != null && e.Location.Name == "Dhaka");
    }

    [Fact]
    public void People_fleeing_violence_already_told_are_no_event()
    {
        var events = Events("Gunmen killed 12 villagers in Ngala on Sunday. About 3,000 residents fled to Maiduguri.", "2024-06-03");
        events.ShouldNotContain(e => e.Summary.Contains("fled", StringComparison.Ordinal));
    }

    [Fact]
    public void Flight_told_first_is_the_news()
    {
        var events = Events("Some 5,000 people have fled villages around Goma because of attacks by rebels, the IOM said.", "2024-06-03");
        events[0].Summary.ShouldContain("fled");
    }

    [Fact]
    public void What_a_request_asks_for_is_no_event()
    {
        var events = Events("Egypt called on both sides to stop the shelling and resume talks in Cairo.", "2024-06-03");
        var e = events.ShouldHaveSingleItem();
        e.Codes.Cameo.ShouldStartWith("02");
    }

    [Fact]
    public void What_since_governs_dates_the_sentence()
    {
        var events = Events("Rights groups said 25 people had died in custody since the protests began in March.", "2024-06-03");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
    }

    [Fact]
    public void A_witness_quoted_on_a_blast_tells_the_bombing_reported()
    {
        var events = Events(
            "A bomb exploded at a market in Kabul on Friday, killing four people, police said.\n\n" +
            "\"I heard a loud blast and people started running,\" said a shopkeeper.", "2024-06-08");
        events.ShouldHaveSingleItem().Fatalities.ShouldBe(4);
    }

    [Fact]
    public void The_town_in_a_later_paragraph_is_the_town_the_report_is_about()
    {
        var events = Events(
            "Rebels attacked the town of Butembo on Sunday, killing eight civilians.\n\n" +
            "Residents said the fighters also looted the town's pharmacy.", "2024-06-03");
        events.ShouldAllBe(e => e.Location!.Name == "Butembo");
    }

    [Fact]
    public void A_side_withdrawing_from_the_fight_its_sentence_tells_ends_that_fight()
    {
        var events = Events("Fighting lasted for hours in Kidal on Sunday before the rebels withdrew.", "2024-06-03");
        events.ShouldHaveSingleItem().Codes.AcledEventType.ShouldBe("Battles");
    }

    [Fact]
    public void Police_repelling_an_attack_on_residents_fought_an_event_of_their_own()
    {
        var events = Events(
            "Gang members attacked the Solino neighbourhood of Port-au-Prince on Monday, killing nine residents.\n\n" +
            "Police repelled the assault after hours of gunfire, a spokesman said.", "2024-10-22");
        events.ShouldContain(e => e.Codes.AcledEventType == "Violence against civilians");
        events.ShouldContain(e => e.Codes.AcledEventType == "Battles" && e.Actor1!.Kind == ActorKind.Police);
    }

    [Fact]
    public void Another_act_of_the_lead_scene_told_with_its_place_places_the_lead()
    {
        var events = Events(
            "QUETTA, Pakistan, May 2 - A suicide car bomb exploded at the gate of a paramilitary base in southwestern Pakistan on Thursday, killing nine people, officials said.\n\n" +
            "Gunmen then tried to enter the base in Turbat and were killed in a gunfight with troops, the military said.", "2024-05-02");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Suicide bomb" && e.Location!.Name == "Turbat" && e.Fatalities == 9);
    }

    [Fact]
    public void A_claim_of_responsibility_names_the_author_of_the_lead()
    {
        var events = Events(
            "A bomb exploded near a bus station in Quetta on Monday, killing five people, police said.\n\n" +
            "The Balochistan Liberation Army claimed responsibility for the attack.", "2024-05-07");
        var e = events.ShouldHaveSingleItem();
        e.Actor1!.Name.ShouldBe("Balochistan Liberation Army");
        e.Fatalities.ShouldBe(5);
    }

    [Fact]
    public void What_someone_is_accused_of_is_the_accusation_not_an_event()
    {
        var events = Events("Pakistan accused Afghanistan of sheltering militants who carry out attacks in Pakistan.", "2024-05-07");
        events.ShouldNotContain(e => e.Codes.AcledEventType != null);
    }

    [Fact]
    public void A_person_accused_of_a_crime_makes_no_accusation()
    {
        var events = Events("A man accused of theft was beaten to death by a mob in Kano on Sunday.", "2024-05-07");
        events.ShouldContain(e => e.Codes.AcledEventType == "Riots");
    }

    [Fact]
    public void What_the_text_says_was_not_done_is_no_event()
    {
        var events = Events("Israeli jets struck a depot near Tyre on Monday. Hezbollah has not fired at Israel since the truce.", "2025-04-02");
        events.ShouldHaveSingleItem().Actor1!.Name.ShouldBe("Military Forces of Israel");
    }

    [Fact]
    public void Acts_that_describe_someone_are_no_event()
    {
        var events = Events("The strike killed a commander responsible for rocket attacks on northern Israel, the army said.", "2025-04-02");
        events.ShouldHaveSingleItem().Fatalities.ShouldBe(1);
    }

    [Fact]
    public void A_weekday_naming_a_market_dates_nothing()
    {
        var e = Events("A drone strike hit the crowded Saturday market in Bahir Dar on Monday, killing 12 people.", "2025-01-15").Events0();
        e.Date.Start.ShouldBe(Analysis.Day("2025-01-13"));
    }

    [Fact]
    public void A_past_year_before_a_noun_dates_what_it_names()
    {
        var events = Events("Relatives of the victims of the 2020 port explosion marched in Beirut on Wednesday.", "2025-04-02");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Explosions/Remote violence");
    }

    [Fact]
    public void A_mention_in_an_aside_is_not_who_they_are()
    {
        var e = Events("Rwandan troops, deployed in Cabo Delgado since 2021 to help Mozambique's army, said they had killed eight insurgents on Sunday.", "2025-09-23").Events0();
        e.Actor1!.Name.ShouldBe("Military Forces of Rwanda");
    }

    [Fact]
    public void A_town_near_which_a_province_is_named_places_the_event()
    {
        var e = Events("Russian warplanes struck a depot in the Idlib countryside, near the town of Saraqib, on Tuesday.", "2020-02-05").Events0();
        e.Location!.Name.ShouldBe("Sarāqib");
    }

    [Fact]
    public void The_dateline_is_not_the_town_a_later_paragraph_means()
    {
        var events = Events(
            "BANGKOK, Feb 10 - Rebels said on Monday they had captured the town of Paletwa in Chin State.\n\n" +
            "A resident said troops had retreated to a base on the edge of the town on Sunday night.", "2025-02-10");
        events.ShouldNotContain(e => e.Location != null && e.Location.Name == "Bangkok");
    }

    [Fact]
    public void A_war_toll_counted_to_date_is_no_event()
    {
        var events = Events("Russian drones struck Odesa overnight, killing two people. The invasion, launched in February 2022, has killed tens of thousands of soldiers.", "2024-12-21");
        events.ShouldHaveSingleItem().Fatalities.ShouldBe(2);
    }

    [Fact]
    public void A_building_named_after_a_town_abroad_is_no_place()
    {
        // The United States is named, so its town Justice would be read but for the building's noun after it.
        var events = Events("BEIRUT, April 2 - The president urged the United States to press Israel. Dozens of relatives protested outside the Justice Palace on Wednesday.", "2025-04-02");
        events.ShouldContain(e => e.Codes.AcledEventType == "Protests");
        events.ShouldNotContain(e => e.Location != null && e.Location.Name == "Justice");
    }

    [Fact]
    public void A_community_named_with_a_capital_is_civilians()
    {
        var e = Events("Islamist insurgents beheaded at least 11 Christians in a village of Cabo Delgado on Friday.", "2025-09-23").Events0();
        e.Codes.AcledEventType.ShouldBe("Violence against civilians");
        e.Fatalities.ShouldBe(11);
    }

    [Fact]
    public void A_conflicts_toll_to_date_is_background_however_it_is_dated()
    {
        var events = Events(
            "YAOUNDE, Nov 7 - Separatist fighters killed 12 villagers in an attack near Mamfe on Monday, officials said.\n\n" +
            "The conflict between the separatists and the government has killed more than 6,000 people and forced over 700,000 from their homes.",
            "2023-11-07");
        events.ShouldHaveSingleItem().Fatalities.ShouldBe(12);
    }

    [Fact]
    public void Drones_of_an_army_are_that_armys()
    {
        var e = Events("Drones of the Malian army struck a town in the north on Sunday, killing at least seven civilians, residents said.", "2024-07-29").Events0();
        e.Actor1!.Name.ShouldBe("Military Forces of Mali");
        e.Actor2!.Kind.ShouldBe(ActorKind.Civilians);
    }

    [Fact]
    public void Residents_telling_the_report_with_other_sources_are_no_side_of_the_fight()
    {
        var e = Events("Heavy fighting erupted on Friday on the outskirts of Sake as M23 rebels pressed their advance, residents and military sources said.",
            "2025-01-26").Events0();
        e.Actor2?.Kind.ShouldNotBe(ActorKind.Civilians);
    }

    [Fact]
    public void A_named_square_of_no_named_town_is_in_the_dateline_town()
    {
        var e = Events("TRIPOLI, May 17 - Hundreds of protesters gathered in Martyrs' Square on Friday to demand the government's resignation.", "2025-05-17")
            .Events0();
        e.Location!.Name.ShouldBe("Tripoli");
        e.Location.CountryIso2.ShouldBe("LY");
    }

    [Fact]
    public void A_toll_dated_before_the_event_told_is_another_events()
    {
        var events = Events(
            "A bomb exploded at a church in Marawi on Sunday, killing four people.\n\n" +
            "Officials linked it to an operation on Friday that killed 11 militants.", "2023-12-04");
        events.ShouldContain(e => e.Fatalities == 4);
        events.ShouldNotContain(e => e.Fatalities == 15);
    }

    [Fact]
    public void Bodies_recovered_from_an_area_are_no_capture_of_it()
    {
        var events = Events("Clashes broke out in Tripoli on Monday night. The ministry said six bodies had been recovered from the Abu Salim area.", "2025-05-17");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType != null && e.Codes.AcledSubEventType.Contains("territory"));
    }

    [Fact]
    public void What_a_group_holds_in_a_relative_clause_is_no_capture()
    {
        var events = Events("Fresh clashes erupted in Tripoli on Wednesday between government forces and the Radaa force, which controls Mitiga airport.", "2025-05-17");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Armed clash");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType != null && e.Codes.AcledSubEventType.Contains("territory"));
    }

    [Fact]
    public void The_day_a_toll_was_said_dates_it_but_a_clause_of_the_past_does_not()
    {
        var e = Events("An air strike by government forces killed 29 soldiers in the northeast, an official said Friday, the largest toll since the army intervened in 2016.",
            "2020-02-29").Events0();
        e.Date.Start.ShouldBe(Analysis.Day("2020-02-28"));
        e.Fatalities.ShouldBe(29);
    }

    [Fact]
    public void The_fighting_as_the_circumstance_of_something_else_is_the_fighting_told()
    {
        var events = Events(
            "TRIPOLI, May 17 - Heavy clashes broke out in Tripoli on Monday night, leaving at least six people dead, the health ministry said.\n\n" +
            "The emergency centre said it had evacuated families trapped by the fighting.", "2025-05-17");
        var e = events.ShouldHaveSingleItem();
        e.Codes.AcledSubEventType.ShouldBe("Armed clash");
        e.Actor1?.Kind.ShouldNotBe(ActorKind.Rioters);
    }

    [Fact]
    public void What_someone_was_doing_when_wounded_is_no_event()
    {
        var events = Events("The provincial governor died of wounds he sustained on Thursday while visiting the front line near Sake, the army said.", "2025-01-26");
        events.ShouldNotContain(e => e.Codes.Cameo != null && e.Codes.Cameo.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void A_toll_since_the_operation_began_is_that_operations()
    {
        var events = Events(
            "JENIN, Jan 22 - Israeli forces pressed on with a large-scale raid on the city of Jenin on Wednesday.\n\n" +
            "At least 10 Palestinians have been killed since the operation began on Tuesday, the ministry said.", "2025-01-22");
        var e = events.ShouldHaveSingleItem();
        e.Actor1!.Name.ShouldBe("Military Forces of Israel");
        e.Fatalities.ShouldBe(10);
    }

    [Fact]
    public void Its_forces_are_the_speakers()
    {
        var e = Events("The Israeli military said its forces had arrested dozens of wanted suspects overnight.", "2025-01-22").Events0();
        e.Actor1!.Name.ShouldBe("Military Forces of Israel");
    }

    [Fact]
    public void A_capital_that_acts_is_no_place_of_the_event()
    {
        var events = Events(
            "ERBIL, Iraq, July 8 - Turkish drone strikes killed three militants in a car near Sidakan on Sunday, officials said, as Ankara pressed its campaign.\n\n" +
            "The mayor said the vehicle was hit on a road outside the town.", "2025-07-08");
        events.ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "TR");
    }

    [Fact]
    public void Armed_groups_are_no_crowd()
    {
        var events = Events("Bulldozers tore up roads leading to the camp in Jenin, a bastion of armed groups, as gunfire echoed from inside on Wednesday.", "2025-01-22");
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Kind == ActorKind.Rioters);
    }

    [Fact]
    public void A_tally_over_a_week_is_no_detail_of_the_leads_strike()
    {
        var events = Events(
            "ERBIL, Iraq, July 8 - Turkish drone strikes killed three militants in a car near Zakho on Sunday, officials said.\n\n" +
            "Turkey's defence ministry said on Monday its forces had killed 12 militants in northern Iraq over the past week.", "2025-07-08");
        var strike = events.Single(e => e.Codes.AcledSubEventType == "Air/drone strike");
        strike.Fatalities.ShouldBe(3);
        strike.Location!.Precision.ShouldBe(PlacePrecision.Place);
    }

    [Theory]
    [InlineData("Troops clashed with about 30 gunmen near Piagapo on Monday, killing three of them.", 3)]
    [InlineData("Gunmen killed 12 people in a village near Kano on Monday, four of them children.", 12)]
    [InlineData("The clashes near Idlib on Monday resulted in 9 fatalities, 6 of them fighters of one faction.", 9)]
    public void A_count_taken_up_by_of_them_is_either_the_group_or_the_toll(string text, int dead)
    {
        Events(text, "2023-12-05").Events0().Fatalities.ShouldBe(dead);
    }

    [Fact]
    public void Weapons_backing_a_side_are_no_act_of_their_own()
    {
        var e = Events("On Monday, troops backed by helicopter gunships clashed with gunmen near Piagapo, killing three of them.", "2023-12-05").Events0();
        e.Codes.AcledSubEventType.ShouldBe("Armed clash");
    }

    [Fact]
    public void A_sentence_going_on_with_a_past_years_story_is_background()
    {
        var events = Events(
            "A bomb exploded in Marawi on Sunday, killing four people.\n\n" +
            "Islamist fighters besieged Marawi for five months in 2017. More than 1,100 people were killed before the army retook the city.", "2023-12-04");
        events.ShouldHaveSingleItem().Fatalities.ShouldBe(4);
    }

    [Fact]
    public void Another_strike_is_another_event()
    {
        var events = Events(
            "KYIV, May 26 - Russian guided bombs struck a hardware store in Kharkiv on Saturday, killing at least 16 people.\n\n" +
            "Another strike on the city centre on Saturday evening wounded 25 people, officials said.", "2024-05-26");
        events.Count(e => e.Location?.Name == "Kharkiv").ShouldBe(2);
        events.ShouldContain(e => e.Fatalities == 16 && e.Actor1 != null && e.Actor1.Name == "Military Forces of Russia");
    }

    [Fact]
    public void Who_judges_a_strike_is_no_side_of_it()
    {
        var events = Events(
            "KYIV, May 26 - Russian guided bombs struck a hardware store in Kharkiv on Saturday, killing at least 16 people.\n\n" +
            "President Volodymyr Zelenskiy called the strike another manifestation of Russian madness.", "2024-05-26");
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name.Contains("Ukraine", StringComparison.Ordinal));
    }

    [Fact]
    public void What_came_under_fire_suffered_it()
    {
        var e = Events("A United Nations helicopter came under fire near Juba on Friday, killing a crew member.", "2025-03-08").Events0();
        e.Actor1?.Name.ShouldNotBe("United Nations");
        e.Actor2!.Name.ShouldBe("United Nations");
    }

    [Fact]
    public void Attackers_from_a_named_group_are_that_group()
    {
        var e = Events("The attackers, from the Islamic State in the Greater Sahara (ISGS), opened fire on worshippers near Tillaberi on Friday, killing 44.", "2024-03-16")
            .Events0();
        e.Actor1!.Kind.ShouldNotBe(ActorKind.Unidentified);
    }

    [Fact]
    public void A_trend_of_violence_is_no_event()
    {
        Events("Jihadists linked to al Qaeda have stepped up attacks in the area since the coup.", "2024-03-16")
            .ShouldNotContain(e => e.Codes.AcledEventType == "Violence against civilians" || e.Codes.AcledEventType == "Battles");
    }

    [Fact]
    public void A_time_in_a_since_clause_after_the_act_dates_that_clause()
    {
        var events = Events(
            "DHAKA, July 19 - Police fired tear gas at a march by thousands of students in Dhaka on Friday.\n\n" +
            "The protests are the biggest challenge to her rule since she won a fourth straight term in January.", "2024-07-19");
        events.ShouldNotContain(e => e.Date.Start.Month == 1);
    }

    [Fact]
    public void A_claimants_account_is_the_attack_told_before_with_its_own_figures_aside()
    {
        var events = Events(
            "NIAMEY, Jan 9 - Twenty soldiers were killed in an attack by jihadist fighters on an army post in western Niger on Wednesday, the government said.\n\n" +
            "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed responsibility in a statement, saying it had killed more than 40 soldiers.", "2025-01-09");
        var e = events.ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(20);
        e.Actor1!.Name.ShouldBe("Jama'at Nusrat al-Islam wal-Muslimin");
    }

    [Fact]
    public void People_placed_among_the_dead_belong_to_the_toll_told_before()
    {
        var e = Events("Rioters torched police stations in Beira on Monday night, killing 9 people. Two police officers were among the dead.", "2024-12-24")
            .ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(9);
    }

    [Fact]
    public void A_toll_counted_since_a_season_of_protest_began_is_background_whoever_killed()
    {
        Events("A rights group says more than 130 people have been killed by police since the protests began in October.", "2024-12-24")
            .ShouldBeEmpty();
    }

    [Fact]
    public void What_a_crowd_did_in_one_sentence_is_one_violent_demonstration()
    {
        var e = Events("Protesters set up barricades, torched a police station and looted shops in Beira on Monday night.", "2024-12-24")
            .ShouldHaveSingleItem();
        e.Codes.AcledSubEventType.ShouldBe("Violent demonstration");
    }

    [Fact]
    public void A_fight_told_from_both_sides_in_one_sentence_is_one_event()
    {
        var e = Events("Security forces shot dead 8 suspected militants in a gunfight in Manipur on Monday after the gunmen attacked a police station in Jiribam district.", "2024-11-11")
            .ShouldHaveSingleItem();
        (e.Fatalities, e.Location!.Name).ShouldBe((8, "Jiribam"));
    }

    [Fact]
    public void A_capital_that_speaks_is_not_where_it_happened()
    {
        Events("Ukrainian forces pushed Russian troops back near the border on Saturday, after Moscow said on Friday it had captured a village there.", "2025-04-13")
            .ShouldNotContain(e => e.Location != null && e.Location.Name == "Moscow");
    }

    [Fact]
    public void Attackers_leaving_and_a_bare_toll_told_later_are_the_attack()
    {
        var events = Events(
            "N'DJAMENA, Oct 28 - About 30 soldiers were killed when Boko Haram militants attacked a military base in Lac province late on Sunday, the presidency said.\n\n" +
            "The militants seized weapons and set fire to vehicles before withdrawing towards Nigeria, a security source said. Several soldiers were wounded.", "2024-10-28");
        var e = events.ShouldHaveSingleItem();
        (e.Fatalities, e.Location!.CountryIso2).ShouldBe((30, "TD"));
    }

    /// <summary>A claim about the lead's own town is the lead; a toll since an offensive began does not raise a strike's own.</summary>
    [Theory]
    [InlineData("KYIV, April 13 - Two Russian ballistic missiles struck the centre of Sumy on Sunday, killing at least 30 people, officials said.",
        "Russia's defence ministry said it had struck a meeting of Ukrainian commanders in Sumy, a claim Kyiv rejected.", "2025-04-13", 30)]
    [InlineData("BEIRUT, Nov 30 - Warplanes struck the town of Saraqeb in Idlib province on Saturday, killing four civilians, rescuers said.",
        "A war monitor said more than 300 people had been killed since the offensive began.", "2024-11-30", 4)]
    public void A_later_paragraph_about_the_lead_keeps_its_toll(string lead, string detail, string published, int toll)
    {
        Events(lead + "\n\n" + detail, published).ShouldHaveSingleItem().Fatalities.ShouldBe(toll);
    }

    [Fact]
    public void A_lead_told_in_vague_counts_takes_the_precise_larger_toll_of_its_detail()
    {
        var events = Events(
            "OUAGADOUGOU, Aug 27 - Jihadist fighters killed scores of civilians near the town of Kaya in Burkina Faso on Saturday, residents said.\n\n" +
            "Gunmen on motorbikes opened fire on villagers digging trenches, and a security source said at least 120 people had been killed.", "2024-08-27");
        events.ShouldHaveSingleItem().Fatalities.ShouldBe(120);
    }

    [Theory]
    [InlineData("Boko Haram has carried out repeated attacks around Lake Chad, where the borders of four countries meet.")]
    [InlineData("He was the uncle of the interior minister, whose network carried out some of the deadliest attacks of the war.")]
    public void How_often_or_how_badly_someone_struck_is_no_event(string text)
    {
        Events(text, "2024-12-11").ShouldNotContain(e => e.Codes.AcledEventType == "Battles" || e.Codes.AcledEventType == "Violence against civilians");
    }

    [Fact]
    public void The_object_of_at_is_no_subject_of_the_next_verb()
    {
        var e = Events("Protesters threw fireworks at police and set fire to barricades in Tbilisi on Sunday.", "2024-12-01").Events0();
        e.Actor1!.Kind.ShouldNotBe(ActorKind.Police);
    }
}

file static class EventListExtensions
{
    /// <summary>The first (most salient) event, which must exist.</summary>
    public static Event Events0(this IReadOnlyList<Event> events)
    {
        events.ShouldNotBeEmpty();
        return events[0];
    }
}
