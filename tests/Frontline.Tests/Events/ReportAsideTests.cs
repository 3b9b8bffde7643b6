using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>What a report tells around its acts: a toll counted in a protest, a list of towns, a name in quotes, a
/// question of who did it, a denial, a war's toll, a deal ended, more dead of the same clash. Texts written for these
/// tests.</summary>
public class ReportAsideTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void The_dead_of_a_protest_are_its_toll_not_an_attack_by_unknown_gunmen()
    {
        var e = Events("At least 14 people have been killed and dozens injured in protests over fuel prices in Lusaka, rights groups said on Friday.",
            "2025-03-07").ShouldHaveSingleItem();
        e.Codes.AcledSubEventType.ShouldBe("Excessive force against protesters");
        e.Actor1!.Kind.ShouldBe(ActorKind.Protesters);
        e.Fatalities.ShouldBe(14);
    }

    [Fact]
    public void A_protest_named_for_dead_of_another_cause_stays_peaceful()
    {
        var e = Events("Hundreds marched in Dhaka on Monday demanding justice for two students killed in a road accident last week.", "2025-03-07")
            .ShouldHaveSingleItem();
        e.Codes.AcledSubEventType.ShouldBe("Peaceful protest");
    }

    [Fact]
    public void A_crowd_in_each_town_of_a_list_is_an_event_in_each()
    {
        var events = Events("On Monday, hundreds of teachers marched in the port city of Mombasa, on the coast, and in Kisumu, local media reported.",
            "2025-03-10");
        events.Select(e => e.Location!.Name).Order().ShouldBe(["Kisumu", "Mombasa"]);
    }

    [Fact]
    public void A_town_and_its_province_are_one_place_and_a_march_between_towns_is_one_event()
    {
        Events("On 30 April 2020, in El Copey, Cesar department, health workers protested to demand protection.", "2020-05-07").ShouldHaveSingleItem();
        Events("Hundreds of farmers marched from Nakuru to Nairobi on Monday.", "2025-03-10").ShouldHaveSingleItem();
    }

    [Fact]
    public void A_country_at_the_end_of_a_quoted_name_is_no_place()
    {
        var e = Events("The protests, led by students calling themselves \"Gen Z Kenya\", began on Thursday in the capital Nairobi.", "2025-03-10")
            .ShouldHaveSingleItem();
        e.Location!.Name.ShouldBe("Nairobi");
    }

    [Fact]
    public void Who_asks_who_fired_is_no_author()
    {
        var events = Events("Rockets struck a market in Kidal on Saturday, killing two people.\n\nMali did not immediately say who fired the rockets, "
                            + "residents said.", "2025-03-09");
        var e = events.ShouldHaveSingleItem();
        (e.Actor1 is null || e.Actor1.Kind != ActorKind.Government).ShouldBeTrue();
    }

    [Fact]
    public void A_denial_of_the_violence_told_is_no_new_act()
    {
        var events = Events("Shells struck a camp near Kidal on Saturday, killing three civilians.\n\nA rebel spokesman denied that the group had "
                            + "targeted civilians.", "2025-03-09");
        events.ShouldHaveSingleItem().Modality.ShouldBe(Modality.Asserted);
    }

    [Fact]
    public void A_wars_toll_to_date_is_no_event_but_the_days_fighting_is()
    {
        Events("The rebels have waged an insurgency in the north since 2012. Thousands of people have been killed in the conflict.", "2025-03-09")
            .ShouldNotContain(e => e.Fatalities >= 1000);
        Events("Twelve people have been killed in the fighting in Kidal, officials said on Sunday.", "2025-03-09")
            .ShouldContain(e => e.Fatalities == 12);
    }

    [Fact]
    public void A_ceasefire_declared_over_is_no_agreement()
    {
        Events("The group has claimed attacks on army posts since it declared an end to a 2015 ceasefire in June 2023.", "2025-03-09")
            .ShouldNotContain(e => e.Codes.AcledSubEventType == "Agreement");
    }

    [Fact]
    public void More_dead_told_of_the_clash_add_to_its_toll_and_name_its_district()
    {
        var events = Events("Soldiers killed 12 suspected militants in a gunfight in a forest of Borno state on Sunday, the army said.\n\n"
                            + "Two soldiers were also killed in the clash near Konduga, an army spokesman said.", "2025-03-09");
        var e = events.ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(14);
        e.Location!.Name.ShouldBe("Konduga");
    }

    [Fact]
    public void Turkmen_in_Iraq_are_a_people_not_Turkmenistan()
    {
        var events = Events("Kurdish protesters clashed with Arab and Turkmen demonstrators in Kirkuk on Saturday.", "2023-09-02");
        events.ShouldNotContain(e => e.Actor1!.Country3 == "TKM" || (e.Actor2 != null && e.Actor2.Country3 == "TKM"));
    }

    [Fact]
    public void A_headman_shot_dead_is_a_civilian_and_what_he_was_accused_of_is_no_side()
    {
        var e = Events("Suspected rebels shot dead a village headman in Sukma district on Saturday, accusing him of being a police informer.",
            "2025-02-09").ShouldHaveSingleItem();
        e.Codes.AcledSubEventType.ShouldBe("Attack");
        e.Actor2!.Kind.ShouldBe(ActorKind.Civilians);
    }

    [Fact]
    public void A_pro_government_website_is_no_government()
    {
        var events = Events("Rockets hit Smara on Saturday, killing one person. A pro-government news website blamed the Polisario Front.", "2023-10-29");
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Kind == ActorKind.Government);
    }

    [Fact]
    public void An_order_to_arrest_in_quotes_is_no_arrest()
    {
        Events("The prime minister instructed security forces to \"arrest anyone who violates the curfew\" in Kirkuk on Saturday.", "2023-09-02")
            .ShouldNotContain(e => e.Codes.AcledSubEventType == "Arrests");
    }

    [Fact]
    public void Arms_found_at_the_scene_of_a_gunfight_are_part_of_it()
    {
        var events = Events("Police killed five suspected bandits in a gunfight in Zamfara on Sunday. Rifles and ammunition were recovered from the "
                            + "scene, a spokesman said.", "2025-03-09");
        events.ShouldHaveSingleItem().Codes.AcledEventType.ShouldBe("Battles");
    }

    [Fact]
    public void Deaths_counted_since_protests_began_are_no_event_of_their_own()
    {
        var events = Events("Protesters clashed with police in Mombasa on Tuesday.\n\nA rights group said it had recorded at least 30 deaths since "
                            + "the protests began two weeks ago.", "2024-06-26");
        events.ShouldHaveSingleItem().Location!.Name.ShouldBe("Mombasa");
    }

    [Fact]
    public void Stun_grenades_and_pepper_spray_against_protesters_are_an_intervention_not_an_explosion()
    {
        var e = Events("Police used stun grenades and pepper spray against protesters outside parliament in Tbilisi on Wednesday.", "2024-06-12")
            .ShouldHaveSingleItem();
        e.Codes.AcledEventType.ShouldBe("Protests");
        e.Codes.AcledSubEventType.ShouldNotBe("Peaceful protest");
    }

    [Fact]
    public void A_country_land_is_handed_to_is_not_where_the_crowd_gathered()
    {
        var e = Events("Thousands of people gathered in Yerevan on Sunday to demand the resignation of the prime minister over his decision "
                       + "to hand four border villages to Azerbaijan.", "2024-05-26").ShouldHaveSingleItem();
        e.Location!.CountryIso2.ShouldBe("AM");
    }

    [Fact]
    public void Where_a_group_is_based_is_not_where_it_fought()
    {
        var events = Events("Rebels attacked a border post near Bujumbura on Friday, killing a police officer.\n\nThe group, which is based in "
                            + "eastern Congo, said it had killed nine soldiers.", "2023-12-23");
        events.ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "CD");
    }

    [Fact]
    public void Arrests_counted_since_the_unrest_began_are_a_running_total()
    {
        Events("Rioters set fire to cars in Leeds on Sunday. More than 150 people have been arrested since the unrest began on Tuesday, police said.",
            "2024-08-04").ShouldNotContain(e => e.Codes.AcledSubEventType == "Arrests");
    }

    [Fact]
    public void The_riots_told_again_with_their_cause_are_no_new_riot()
    {
        var events = Events("Rioters attacked a mosque in Leeds on Sunday.\n\nThe riots were triggered by false claims spread online about a "
                            + "knife attack in Hull.", "2024-08-04");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Riots" && e.Location!.Name != "Leeds");
    }

    [Fact]
    public void A_protest_held_every_week_is_a_pattern()
    {
        Events("Retirees have protested outside Congress every Wednesday against cuts to their pensions.", "2025-03-13").ShouldBeEmpty();
    }

    [Fact]
    public void Missiles_thrown_at_officers_are_a_riot_not_artillery()
    {
        var e = Events("Rioters in Sunderland smashed the windows of cars and threw missiles at officers on Sunday.", "2024-08-04").ShouldHaveSingleItem();
        e.Codes.AcledEventType.ShouldBe("Riots");
    }

    [Fact]
    public void A_day_told_before_an_as_clause_dates_the_act_it_tells()
    {
        var e = Events("At least five people were killed in Conakry on Thursday as security forces clashed with protesters.", "2022-10-21")
            .ShouldHaveSingleItem();
        e.Date.Start.ShouldBe(new DateOnly(2022, 10, 20));
    }

    [Fact]
    public void A_toll_told_in_a_paragraph_of_its_own_after_a_crackdown_is_the_crackdowns()
    {
        var events = Events("Security forces fired tear gas and live rounds to disperse protesters in Dar es Salaam on Friday.\n\n"
                            + "About 70 people had been killed across the country, an opposition spokesman said.", "2025-10-31");
        events.ShouldHaveSingleItem().Codes.AcledEventType.ShouldBe("Protests");
    }

    [Fact]
    public void A_strike_by_drivers_is_no_air_strike()
    {
        Events("The unrest began on Monday with a strike by minibus taxi drivers in Luanda against a rise in the price of diesel.", "2025-07-30")
            .ShouldNotContain(e => e.Codes.AcledEventType == "Explosions/Remote violence");
    }

    [Fact]
    public void Deaths_in_days_of_protests_are_the_protests_toll()
    {
        var e = Events("At least 22 people were killed in two days of protests in Luanda over fuel prices, the minister said on Wednesday.", "2025-07-30")
            .ShouldHaveSingleItem();
        e.Codes.AcledEventType.ShouldBe("Protests");
        e.Fatalities.ShouldBe(22);
    }

    [Fact]
    public void An_act_of_years_ago_told_after_the_lead_is_history_unless_nothing_recent_is_told()
    {
        var events = Events("An army drone struck villagers in Kaduna state on Sunday night, killing 85 people, officials said on Tuesday.\n\n"
                            + "In January 2017, an air force jet bombed a camp in Rann, killing more than 100 people.", "2023-12-05");
        events.ShouldHaveSingleItem().Fatalities.ShouldBe(85);
        Events("In January 2017, an air force jet bombed a camp in Rann, killing more than 100 people.", "2023-12-05").ShouldHaveSingleItem();
    }

    [Fact]
    public void A_war_toll_counted_since_it_flared_is_no_event()
    {
        Events("A roadside bomb killed two rangers in Narathiwat on Saturday.\n\nMore than 7,000 people have been killed since the insurgency "
               + "in the region flared in 2004.", "2024-03-09").ShouldHaveSingleItem().Fatalities.ShouldBe(2);
    }

    [Fact]
    public void Arrests_counted_since_an_emergency_months_ago_are_a_running_total_but_those_since_Wednesday_are_news()
    {
        Events("More than 58,000 people have been arrested since the government declared a state of emergency in March.", "2022-12-04")
            .ShouldBeEmpty();
        Events("Police have arrested at least 233 opposition activists nationwide since Wednesday evening.", "2021-06-01")
            .ShouldContain(e => e.Codes.AcledSubEventType == "Arrests");
    }

    [Fact]
    public void A_car_driven_into_a_crowd_is_an_attack_on_people_not_a_riot()
    {
        var e = Events("A man drove a car into a crowd at a Christmas market in Magdeburg on Friday evening, killing five people.", "2024-12-21")
            .ShouldHaveSingleItem();
        e.Codes.AcledEventType.ShouldBe("Violence against civilians");
        e.Fatalities.ShouldBe(5);
    }

    [Fact]
    public void An_age_between_commas_after_a_name_is_no_toll()
    {
        Events("The ministry said Diubis Tejeda, 36, died during disturbances in Havana on Monday.", "2021-07-13")
            .ShouldNotContain(e => e.Fatalities == 36);
    }

    [Fact]
    public void What_a_participle_adds_to_an_act_of_years_before_is_that_acts()
    {
        var events = Events("A man drove a car into a crowd in Magdeburg on Friday, killing five people.\n\nThe attack came eight years after a "
                            + "militant drove a truck into a Christmas market in Berlin, killing 13 people.", "2024-12-21");
        events.ShouldHaveSingleItem().Location!.Name.ShouldBe("Magdeburg");
    }

    [Fact]
    public void Strikes_on_each_town_of_a_list_are_an_event_in_each()
    {
        var events = Events("Pro-Houthi forces shelled government positions in Marib and in Taiz on Saturday.", "2020-05-09");
        events.Select(e => e.Location!.Name).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void A_country_that_opens_its_sentence_with_a_past_verb_acts_and_is_no_scene()
    {
        var events = Events("HONIARA, Nov 26 (Reuters) - Crowds looted and burned shops in the Solomon Islands capital Honiara on Thursday, police "
                            + "said.\n\nAustralia sent about 100 police and soldiers to help restore order. The first of them arrived on Thursday night "
                            + "and were patrolling the streets on Friday.", "2021-11-26");
        events.ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "AU");
    }

    [Fact]
    public void The_coalition_named_before_is_the_author_of_the_strikes_and_each_port_described_is_a_place_of_the_list()
    {
        var events = Events("A Saudi-led coalition fighting the Houthis said the attack had caused no casualties.\n\nEarly on Saturday, the coalition "
                            + "carried out air strikes on the Yemeni capital Sanaa and the Red Sea port of Hodeidah, Houthi-run media said.", "2022-03-26");
        var strikes = events.Where(e => e.Codes.AcledSubEventType == "Air/drone strike").ToList();
        strikes.Count.ShouldBe(2);
        strikes.ShouldAllBe(e => e.Actor1!.Name == "Saudi-led coalition");
    }

    [Fact]
    public void Who_among_the_dead_were_foreigners_is_no_new_killing()
    {
        var events = Events("Gunmen opened fire near a mosque in Muscat late on Monday, killing six people, police said.\n\nPakistan's foreign "
                            + "ministry said four of those killed were Pakistani citizens.", "2024-07-16");
        events.ShouldHaveSingleItem().Fatalities.ShouldBe(6);
    }

    [Fact]
    public void A_capital_named_as_one_is_a_place_not_its_government()
    {
        var e = Events("Gunmen opened fire near a mosque in Oman's capital Muscat late on Monday, killing six people.", "2024-07-16")
            .ShouldHaveSingleItem();
        (e.Actor2 is null || e.Actor2.Kind != ActorKind.Government).ShouldBeTrue();
        e.Location!.Name.ShouldBe("Muscat");
    }

    [Fact]
    public void Violence_told_after_a_placed_lead_with_no_author_and_only_a_country_is_no_new_event()
    {
        var events = Events("Police shot dead at least five protesters outside parliament in Nairobi on Tuesday, rights groups said.\n\n"
                            + "A doctors' association said 31 people were wounded by gunfire.", "2024-06-26");
        events.ShouldHaveSingleItem().Location!.Name.ShouldBe("Nairobi");
        Events("A bomb exploded in Somalia on Sunday, killing two people, officials said.", "2025-03-10").ShouldHaveSingleItem();
    }

    [Fact]
    public void A_list_of_struck_towns_may_cross_a_border_when_each_has_its_word_of_place()
    {
        var events = Events("U.S. aircraft hit weapons depots near the Iraqi border town of Al-Qaim and around Deir al-Zor and Al-Mayadin in eastern Syria on Friday, the military said.",
            "2024-02-03");
        events.Select(e => e.Location!.Name).Order().ShouldBe(["Al Mayādīn", "Al Qā’im", "Deir ez-Zor"]);
        // A town of another country after a bare comma joins no list: "in Mosul, Aleppo" is no list of scenes.
        Events("U.S. aircraft hit weapons depots near Al-Qaim, Deir al-Zor on Friday, the military said.", "2024-02-03")
            .Count.ShouldBe(1);
    }

    [Fact]
    public void A_toll_since_then_counts_from_the_time_told_before_and_is_no_toll_of_the_news()
    {
        var e = Events("Boko Haram jihadists killed at least 12 civilians in an attack on a village in Cameroon's Far North region on Thursday, officials said.\n\n"
                       + "The region has suffered repeated attacks since the insurgency spread across the border in 2014. More than 2,000 people have been killed in the region since then.",
            "2025-09-05").ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(12);
    }
}
