namespace Frontline.Tests.Events;

/// <summary>A neighbour's border, a nationality before a person, people seized, the place of the act just before, how a
/// statement was read, agents counted after "by", "terrorists" and "neutralised", a past told of whom it names, the wounded
/// evacuated, people forced to flee, things set up by someone, armed youths, a region between two states, a community's
/// home, where someone fled, culprits sought, a mission's enemy, an act told in several towns and offices burned. Texts
/// written for these tests.</summary>
public class BordersClaimsAndBackgroundTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void A_neighbour_named_before_its_border_is_not_where_the_attack_was()
    {
        const string text = "Niger says 12 soldiers killed near Mali border\n\n"
                            + "NIAMEY, Oct 3 (Reuters) - Gunmen killed 12 soldiers in the Tillaberi region on Monday, the defence ministry said.";
        var events = Events(text, "2023-10-03");
        events.ShouldNotBeEmpty();
        events.ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "ML");
    }

    [Fact]
    public void A_country_before_a_word_for_a_person_is_the_person_s_nationality_not_the_scene()
    {
        const string text = "JAYAPURA, Indonesia, Feb 8 (Reuters) - Separatist rebels took a New Zealand pilot hostage on Tuesday, police said.";
        var events = Events(text, "2023-02-08");
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Abduction/forced disappearance");
        events.ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "NZ");
    }

    [Fact]
    public void Aid_workers_seized_by_rebels_were_abducted()
    {
        const string text = "BAMAKO, May 4 (Reuters) - Rebels seized two aid workers near Kidal on Sunday, the United Nations said.";
        Events(text, "2025-05-04").ShouldContain(e => e.Codes.AcledSubEventType == "Abduction/forced disappearance");
    }

    [Fact]
    public void An_act_told_right_after_the_same_people_arrived_somewhere_happened_there()
    {
        const string text = "JAYAPURA, Indonesia, Feb 8 (Reuters) - Separatist rebels in Indonesia's Papua region have taken a pilot hostage, police "
                            + "said on Wednesday.\n\n"
                            + "The rebels seized the pilot after he landed at an airstrip in Paro, in the remote Nduga regency, on Tuesday morning, a "
                            + "spokesman said.";
        Events(text, "2023-02-08").ShouldContain(e => e.Codes.AcledSubEventType == "Abduction/forced disappearance"
                                                      && e.Location != null && e.Location.Name == "Nduga");
    }

    [Fact]
    public void A_march_after_another_act_elsewhere_stays_where_it_was_told()
    {
        const string text = "WINDHOEK, Oct 10 (Reuters) - Hundreds of protesters marched in Windhoek on Saturday after the remains of a woman were "
                            + "found near Walvis Bay, witnesses said.";
        Events(text, "2020-10-10").ShouldAllBe(e => e.Location == null || e.Location.Name == "Windhoek");
    }

    [Fact]
    public void A_statement_read_on_television_dates_the_telling_and_counted_assailants_are_the_attackers()
    {
        const string text = "NIAMEY, Oct 3 (Reuters) - Twenty-nine soldiers were killed on Monday when jihadists attacked their unit near Tahoua, "
                            + "the defence ministry said.\n\n"
                            + "The soldiers were targeted by more than 100 assailants on motorbikes, the ministry said in a statement read on state "
                            + "television on Tuesday.";
        var attack = Events(text, "2023-10-03").ShouldHaveSingleItem();
        attack.Date.Start.ShouldBe(new DateOnly(2023, 10, 2));
        attack.Fatalities.ShouldBe(29);
    }

    [Fact]
    public void Attackers_said_to_have_been_neutralised_in_quotation_marks_are_the_dead()
    {
        const string text = "The army said dozens of attackers had been \"neutralised\" in the fighting near Djibo on Monday.";
        var fight = Events(text, "2023-10-03").ShouldHaveSingleItem();
        fight.Fatalities.ShouldBe(12);
        fight.Actor2.ShouldNotBeNull().Kind.ShouldNotBe(Frontline.Core.Model.ActorKind.Civilians);
    }

    [Fact]
    public void Terrorists_an_army_killed_are_an_armed_side_not_civilians()
    {
        var fight = Events("The army killed 12 terrorists near Djibo on Monday.", "2023-10-03").ShouldHaveSingleItem();
        fight.Codes.AcledSubEventType.ShouldBe("Armed clash");
        fight.Fatalities.ShouldBe(12);
    }

    [Fact]
    public void A_takeover_months_ago_told_of_the_junta_that_made_it_is_no_event()
    {
        const string text = "NIAMEY, Oct 3 (Reuters) - The junta that seized power in July has declared three days of national mourning.";
        Events(text, "2023-10-03").ShouldBeEmpty();
    }

    [Fact]
    public void An_act_told_after_that_opening_what_was_found_stays_an_event()
    {
        const string text = "An international team has determined that the government carried out a chemical attack in the north on December 23.";
        Events(text, "2021-03-01").ShouldNotBeEmpty();
    }

    [Fact]
    public void Wounded_soldiers_evacuated_to_the_capital_withdrew_from_nowhere()
    {
        const string text = "NIAMEY, Oct 3 (Reuters) - Jihadists attacked an army unit near Tahoua on Monday. Two soldiers were seriously wounded "
                            + "and evacuated to Niamey, the army said.";
        Events(text, "2023-10-03").ShouldNotContain(e => e.Codes.AcledEventType == "Strategic developments");
    }

    [Fact]
    public void People_forced_to_flee_are_not_among_the_dead()
    {
        const string text = "ERBIL, May 3 (Reuters) - Iraqi troops fought Yazidi fighters in Sinjar on Monday, killing at least one fighter and "
                            + "forcing thousands of people to flee, officials said.";
        Events(text, "2022-05-03").ShouldContain(e => e.Codes.AcledSubEventType == "Armed clash" && e.Fatalities == 1);
    }

    [Fact]
    public void Checkpoints_set_up_by_a_group_describe_the_checkpoints()
    {
        const string text = "ERBIL, May 3 (Reuters) - The army tried to remove checkpoints set up by the Sinjar Resistance Units in Sinjar on Monday.";
        Events(text, "2022-05-03").ShouldNotContain(e => e.Codes.AcledSubEventType == "Change to group/activity");
    }

    [Fact]
    public void Armed_youths_who_raided_villages_in_a_region_between_two_states_attacked_neither_state()
    {
        const string text = "JUBA, Jan 29 (Reuters) - Armed youths attacked villages in the disputed Abyei region between Sudan and South Sudan on "
                            + "Saturday, killing 52 people.";
        var attack = Events(text, "2024-01-29").ShouldHaveSingleItem();
        attack.Actor1.ShouldNotBeNull().Name.ShouldBe("Unidentified Communal Militia (South Sudan)");
        attack.Actor2.ShouldNotBeNull().Name.ShouldNotBe("Sudan");
        attack.Location.ShouldNotBeNull().CountryIso2.ShouldNotBe("SD");
    }

    [Fact]
    public void The_home_of_the_attackers_community_is_not_where_they_attacked()
    {
        const string text = "JUBA, Jan 29 (Reuters) - The attackers, from the Twic community in neighbouring Warrap state, raided three villages on "
                            + "Saturday, killing 20 people.";
        Events(text, "2024-01-29").ShouldNotContain(e => e.Location != null && e.Location.Name == "Warrap");
    }

    [Fact]
    public void The_town_regained_is_not_the_town_a_resident_fled_to()
    {
        const string text = "MAPUTO, May 13 (Reuters) - Insurgents raided the town of Macomia on Friday and looted shops.\n\n"
                            + "\"They took everything,\" said a resident who fled to Pemba. Soldiers regained control of the town on Sunday.";
        Events(text, "2024-05-13").ShouldNotContain(e => e.Location != null && e.Location.Name == "Pemba");
    }

    [Fact]
    public void A_killing_whose_culprits_are_sought_is_no_toll_of_the_blockade()
    {
        const string text = "TAIZ, Yemen, May 6 (Reuters) - On Monday, armed men reportedly cut off the road linking Aden to Taiz in the At Turbah "
                            + "area to pressure authorities for the arrest of those involved in the killing of a citizen in the area in mid-April.";
        Events(text, "2020-05-06").ShouldAllBe(e => e.Fatalities == null || e.Fatalities == 0);
    }

    [Fact]
    public void Whom_a_drone_s_mission_was_against_did_not_hit_the_residents()
    {
        const string text = "KADUNA, Nigeria, Dec 5 (Reuters) - A military drone killed 85 civilians in Tudun Biri on Sunday.\n\n"
                            + "The army said the drone had been on a routine mission against \"terrorists\" and had \"inadvertently\" hit the residents.";
        Events(text, "2023-12-05").ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name.StartsWith("Unidentified Armed Group", StringComparison.Ordinal));
    }

    [Fact]
    public void The_peacekeeping_force_in_Abyei_is_a_named_actor()
    {
        const string text = "JUBA, Jan 29 (Reuters) - Gunmen attacked UNISFA peacekeepers near Agok on Sunday, killing one of them.";
        Events(text, "2024-01-29").ShouldContain(e => e.Actor2 != null && e.Actor2.Name == "UNISFA");
    }

    [Fact]
    public void A_town_of_an_act_told_in_several_towns_is_an_event_of_its_own()
    {
        const string text = "SULAYMANIYAH, Iraq, Dec 8 (Reuters) - Protesters set fire to party offices in several towns on Monday, witnesses said.\n\n"
                            + "In the town of Ranya, demonstrators set fire to the offices of the Patriotic Union of Kurdistan, local officials said.";
        var events = Events(text, "2020-12-08");
        events.Count.ShouldBe(2);
        events.ShouldContain(e => e.Location != null && e.Location.Precision == Frontline.Core.Model.PlacePrecision.Country);
    }

    [Fact]
    public void Offices_demonstrators_burned_were_destroyed()
    {
        const string text = "ERBIL, Iraq, Dec 8 (Reuters) - Demonstrators burned the offices of the ruling party in Ranya on Monday, officials said.";
        Events(text, "2020-12-08").ShouldContain(e => e.Codes.AcledEventType == "Riots");
    }

    [Fact]
    public void A_minister_whose_surname_is_a_group_s_name_is_no_group()
    {
        const string text = "WASHINGTON, June 28 (Reuters) - Congo's Therese Kayikwamba Wagner and Rwanda's Olivier Nduhungirehe signed a peace "
                            + "agreement in Washington on Friday.";
        Events(text, "2025-06-28").ShouldNotContain(e => (e.Actor1 != null && e.Actor1.Name == "Wagner Group") || (e.Actor2 != null && e.Actor2.Name == "Wagner Group"));
    }

    [Fact]
    public void Killings_from_one_year_to_another_years_ago_are_the_report_s_background()
    {
        const string text = "MANILA, March 11 (Reuters) - Police arrested former President Rodrigo Duterte at Manila's airport on Tuesday.\n\n"
                            + "Thousands of people were killed in police operations during his war on drugs from 2016 to 2022.";
        Events(text, "2025-03-11").ShouldAllBe(e => e.Fatalities == null || e.Fatalities < 1000);
    }

    [Fact]
    public void Homes_found_destroyed_were_not_destroyed_then_but_an_airstrip_found_and_destroyed_was()
    {
        Events("Thousands of displaced Palestinians walked back to their homes in northern Gaza on Sunday, only to find them destroyed.", "2025-01-20")
            .ShouldBeEmpty();
        Events("Soldiers found and destroyed a clandestine airstrip in Brus Laguna, Gracias a Dios, on Tuesday.", "2020-05-01").ShouldNotBeEmpty();
    }

    [Fact]
    public void A_place_a_distance_is_measured_from_after_a_known_town_is_not_the_scene()
    {
        const string text = "KYIV, Sept 6 (Reuters) - A Russian missile struck a crowded market in the eastern Ukrainian town of Kostiantynivka on "
                            + "Wednesday, killing 16 people, officials said.\n\n"
                            + "The strike hit shops, a pharmacy and an open-air market in the centre of the town, about 20 km (12 miles) from the front "
                            + "line near Bakhmut, the interior minister said.";
        var events = Events(text, "2023-09-06");
        events.ShouldNotBeEmpty();
        events.ShouldNotContain(e => e.Location != null && e.Location.Name == "Bakhmut");
    }

    [Fact]
    public void Fighting_told_after_a_deal_signed_abroad_is_where_the_next_sentence_puts_it()
    {
        const string text = "WASHINGTON, June 28 (Reuters) - Congo and Rwanda signed a peace deal in Washington on Friday.\n\n"
                            + "Fighting continued on the ground. M23 fighters and Wazalendo militiamen clashed on Thursday in South Kivu province, "
                            + "killing at least eight people, local officials said.";
        Events(text, "2025-06-28").ShouldContain(e => e.Codes.AcledSubEventType == "Armed clash" && e.Location != null && e.Location.CountryIso2 == "CD");
    }

    [Fact]
    public void A_city_retaken_from_a_group_a_word_describes_is_retaken_from_that_group_and_its_withdrawal_is_the_same_event()
    {
        const string text = "KHARTOUM, Jan 12 (Reuters) - Sudan's army and allied fighters recaptured the city of Wad Madani from the paramilitary "
                            + "Rapid Support Forces on Saturday, the army said.\n\n"
                            + "Videos showed soldiers celebrating in the streets of the city, which the RSF seized in December 2023. The RSF said its "
                            + "forces had withdrawn.";
        var events = Events(text, "2025-01-12");
        var retaken = events.ShouldHaveSingleItem();
        retaken.Actor2.ShouldNotBeNull().Name.ShouldBe("Rapid Support Forces");
        retaken.Actor1.ShouldNotBeNull().Name.ShouldBe("Military Forces of Sudan");
    }

    [Fact]
    public void A_suicide_bomber_named_with_his_group_set_off_a_suicide_bomb()
    {
        const string text = "KABUL, Oct 9 (Reuters) - An Islamic State suicide bomber killed 46 people at a Shi'ite mosque in Kunduz on Friday.";
        Events(text, "2021-10-09").ShouldContain(e => e.Codes.AcledSubEventType == "Suicide bomb" && e.Fatalities == 46);
    }

    [Fact]
    public void Strikes_told_elsewhere_are_another_event_than_the_lead_s()
    {
        const string text = "BEIRUT, Oct 10 (Reuters) - Israeli tank fire struck the headquarters of the U.N. peacekeeping force in southern Lebanon "
                            + "on Thursday, wounding two peacekeepers, the mission said.\n\n"
                            + "Elsewhere in southern Lebanon, Israeli air strikes killed at least 10 people in the town of Nabatieh on Thursday, the "
                            + "health ministry said.";
        Events(text, "2024-10-10").Count(e => e.Codes.AcledEventType == "Explosions/Remote violence").ShouldBe(2);
    }

    [Fact]
    public void Fire_a_sentence_dates_to_the_day_before_is_not_the_lead_s_fire()
    {
        const string text = "BEIRUT, Oct 10 (Reuters) - Israeli tank fire struck the main base of the U.N. force in southern Lebanon on Thursday, "
                            + "wounding two peacekeepers, the mission said.\n\n"
                            + "The mission said an Israeli tank fired at a watchtower at its base in Naqoura, hitting it directly. Israeli soldiers had "
                            + "also fired at a UN position in Labbouneh on Wednesday, damaging cameras, it said.";
        Events(text, "2024-10-10").ShouldContain(e => e.Location != null && e.Location.Precision == Frontline.Core.Model.PlacePrecision.Place
                                                      && e.Date.Start == new DateOnly(2024, 10, 10));
    }
}
