using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>ACLED decision rules on sentences written for the tests (see docs/CODING.md).</summary>
public class CodingRuleTests
{
    private static Event Only(string text, string published = "2020-05-04") =>
        Analysis.Run(text, published).Events.ShouldHaveSingleItem();

    [Theory]
    [InlineData("On 1 May 2020, 1 soldier was killed and 1 was wounded when a roadside bomb hit their vehicle in Ghazni, Afghanistan.", 1)]
    [InlineData("On 2 May 2020, 2 Taliban militants were killed and 7 were wounded by an Afghan airstrike in Takhar.", 2)]
    [InlineData("On 2 May 2020, at least 21 militants including 2 commanders were killed in clashes in Wardak, Afghanistan.", 21)]
    [InlineData("On 2 May 2020, at least 4 policemen were killed and 5 were missing after an attack on a checkpoint in Tarinkot, Afghanistan.", 4)]
    [InlineData("On 3 May 2020, gunmen killed a farmer in Jos, Nigeria.", 1)]
    public void Fatalities_count_the_dead_only(string text, int dead)
    {
        Only(text).Fatalities.ShouldBe(dead);
    }

    [Theory]
    [InlineData("On 2 May 2020, an airstrike killed 7 civilians in Chaghcharan, Afghanistan. Fatalities coded as 0 (a local outlet reported 7).", 0)]
    [InlineData("On 5 May 2020, gunmen clashed with soldiers near Tillaberi, Niger, killing and wounding several. Unknown number of fatalities coded as 10.", 10)]
    [InlineData("On 2 May 2020, Tiv and Jukun militias clashed over land in Donga, Nigeria. 4 people were killed. Fatalities split between 2 events.", 2)]
    [InlineData("On 29 April 2020, armed men attacked a man in Hermosillo, Mexico. The victim died. 1 fatality.", 1)]
    [InlineData("On 29 April 2020, inmates clashed with guards in Freetown, Sierra Leone, killing one. 11 inmates were also killed (total of 12 fatalities).", 12)]
    public void A_coded_toll_outranks_the_counts_of_the_story(string text, int dead)
    {
        Analysis.Run(text, "2020-05-08").Events.Where(e => e.Fatalities is not null).ShouldHaveSingleItem().Fatalities.ShouldBe(dead);
    }

    [Theory]
    [InlineData("On 9 May 2023, clashes took place between two families in the city of Al Bab in Aleppo, Syria, injuring a man.", "Al Bāb Communal Militia (Syria)")]
    [InlineData("On 3 June 2021, clashes broke out between rival families in Kirkuk, Iraq, over a land dispute.", "Kirkuk Communal Militia (Iraq)")]
    public void Families_that_fight_are_the_communal_militia_of_their_town_on_both_sides(string text, string militia)
    {
        var e = Analysis.Run(text, "2023-06-10").Events.First(e => e.Codes.AcledEventType == "Battles");
        e.Actor1.ShouldNotBeNull().Name.ShouldBe(militia);
        e.Actor2.ShouldNotBeNull().Name.ShouldBe(militia);
    }

    [Theory]
    [InlineData("On 2 May 2020, in Maraba, Para, a man was shot to death by an armed man, who then fled on a motorcycle.", "Unidentified Gang (Brazil)")]
    [InlineData("On 27 April 2020, in Hermosillo, Sonora, the body of a man was found with his hands and feet tied.", "Unidentified Gang (Mexico)")]
    [InlineData("On 2 May 2020, gunmen shot dead a teacher in Kidal, Mali.", "Unidentified Armed Group (Mali)")]
    public void Unnamed_violence_is_a_gangs_where_crimes_violence_is_the_rule(string text, string author)
    {
        Only(text).Actor1.ShouldNotBeNull().Name.ShouldBe(author);
    }

    [Fact]
    public void People_counted_between_two_numbers_are_no_sides()
    {
        var e = Only("On 9 May 2020, ISWAP militants abducted between two and four people in Monguno, Nigeria.", "2020-05-10");
        e.Actor1.ShouldNotBeNull().Name.ShouldContain("Islamic State");
    }

    [Fact]
    public void Unnamed_state_forces_belong_to_the_country_of_their_sentence()
    {
        // The second sentence's towns outnumber the first's: the article's country would be Russia.
        var e = Analysis.Run("On 22 December 2019, regime forces captured the town of Saraqib in Idlib. Russian jets were later seen over Kursk, Belgorod and Voronezh.",
            "2019-12-23").Events.First(e => e.Codes.AcledEventType == "Battles");
        e.Actor1.ShouldNotBeNull().Name.ShouldBe("Military Forces of Syria");
    }

    [Fact]
    public void A_battle_whose_other_side_is_not_named_is_fought_against_an_unidentified_group()
    {
        var e = Only("On 2 May 2021, Syrian regime forces captured the village of Qasr Ibn Wardan in eastern Hama, Syria.", "2021-05-03");
        e.Codes.AcledEventType.ShouldBe("Battles");
        e.Actor1!.Name.ShouldBe("Military Forces of Syria");
        e.Actor2!.Name.ShouldBe("Unidentified Armed Group (Syria)");
    }

    [Fact]
    public void A_raid_that_kills_civilians_is_an_attack_on_them()
    {
        var e = Only("On 8 May 2021, ADF rebels killed 4 civilians during an incursion in the village of Kisima near Oicha, DR Congo.", "2021-05-09");
        e.Codes.AcledEventType.ShouldBe("Violence against civilians");
        e.Actor2!.Name.ShouldStartWith("Civilians");
        e.Fatalities.ShouldBe(4);
    }

    [Fact]
    public void A_demonstration_that_clashes_with_police_is_one_violent_demonstration()
    {
        var e = Only("On 27 April 2021, rioters demonstrating against rising prices gathered in a square in Sidon, Lebanon, and clashed with Police forces.", "2021-04-28");
        e.Codes.AcledSubEventType.ShouldBe("Violent demonstration");
        e.Actor1!.Name.ShouldBe("Rioters (Lebanon)");
        e.Actor2!.Name.ShouldBe("Police Forces of Lebanon");
    }

    [Fact]
    public void Modifiers_before_the_victims_noun_keep_them_counted()
    {
        Only("On 23 September 2022, HTS members clashed with regime forces and killed 6 regime soldiers near Atareb, Syria.").Fatalities.ShouldBe(6);
    }

    [Fact]
    public void A_coded_toll_belongs_to_the_event_the_report_opens_with()
    {
        var events = Analysis.Run("On 17 January 2020, HTS captured Tall Khatra in Idlib, Syria, following clashes with regime forces. " +
                                  "During the clashes near Saraqib, 24 regime fighters were killed. Total fatalities coded to 42.", "2020-01-24").Events;
        events.Single(e => e.Fatalities is not null).Codes.AcledSubEventType.ShouldBe("Non-state actor overtakes territory");
    }

    [Fact]
    public void The_wounded_are_counted_apart_as_a_plover_magnitude()
    {
        const string text = "On 30 April 2020, 5 militia members were killed and 7 were wounded in an attack by Taliban militants in Takhar, Afghanistan.";
        var e = Only(text);
        e.Fatalities.ShouldBe(5);
        e.Injured.ShouldBe(7);
        var dto = Frontline.Core.Output.AnalysisMapper.ToDto(e, text);
        dto.Plover!.Dead.ShouldBe(5);
        dto.Plover.Injured.ShouldBe(7);
    }

    [Fact]
    public void Violence_by_an_unnamed_author_is_by_an_unidentified_armed_group_of_the_country()
    {
        Only("On 8 May 2020, an IED exploded near a checkpoint in Dathinah, Yemen, killing 1 soldier.").Actor1!.Name.ShouldBe("Unidentified Armed Group (Yemen)");
    }

    /// <summary>A count of the dead and wounded told before the act that caused them ("were killed ... after security
    /// forces opened fire on protesters") is that act's toll: one event, named by the act.</summary>
    [Fact]
    public void A_toll_told_before_its_act_is_the_acts_toll()
    {
        var events = Analysis.Run("At least six people have been killed and dozens wounded after security forces opened fire on peaceful protesters in Basra, police said.", "2019-10-05").Events;
        var e = events.ShouldHaveSingleItem();
        e.Codes.AcledSubEventType.ShouldBe("Excessive force against protesters");
        e.Fatalities.ShouldBe(6);
    }

    /// <summary>A toll told before its cause "as a result of" an attack on protesters is that attack's: excessive force;
    /// protesters who died are no crowd doing violence.</summary>
    [Theory]
    [InlineData("A Palestinian civilian was killed and 65 others injured as a result of Israeli attacks against peaceful protestors near Khan Younis on Friday.", "Excessive force against protesters")]
    [InlineData("Four protesters died from gunfire overnight during a demonstration outside the consulate in Karbala.", null)]
    public void Those_who_died_did_not_do_the_violence(string text, string? subType)
    {
        var first = Analysis.FirstSubType(text, "2019-10-05");
        if (subType is not null) first.ShouldBe(subType);
        first.ShouldNotBe("Mob violence");
        first.ShouldNotBe("Violent demonstration");
    }

    /// <summary>Full wire reports name countries that are neither actors nor places: a dateline ("GOMA, Democratic Republic
    /// of Congo -"), a patron after "backed by" (not the antecedent of "they"), the owners of embassies, where peacekeepers
    /// come from; and a group that speaks ("humanitarian groups said") is no crowd.</summary>
    [Fact]
    public void Countries_named_in_passing_are_neither_actors_nor_places()
    {
        var events = Analysis.Run("""
            GOMA, Democratic Republic of Congo - M23 rebels backed by Rwanda said on Monday they had captured Goma, the largest city in eastern Congo.

            At least 17 peacekeepers have been killed in the fighting in recent days, including 13 from South Africa, Malawi and Uruguay, according to the United Nations.

            In Kinshasa, hundreds of protesters attacked the embassies of Rwanda, France and the United States on Tuesday.

            Humanitarian groups said hospitals in Goma were overwhelmed with wounded.
            """, "2025-01-29").Events;
        var capture = events.Single(e => e.Codes.AcledSubEventType == "Non-state actor overtakes territory");
        capture.Actor1!.Name.ShouldBe("M23");
        events.ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 != "CD");
        var riot = events.Single(e => e.Codes.AcledEventType == "Riots");
        riot.Codes.AcledSubEventType.ShouldBe("Violent demonstration");
        riot.Location!.Name.ShouldBe("Kinshasa");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Mob violence");
    }

    /// <summary>A war's toll to date, fighting told as past background ("who fled earlier fighting"), a month after "in"
    /// and a denied attack are no events of the report, and a denied attack hosts no fight told after it.</summary>
    [Fact]
    public void Background_of_a_report_is_no_event()
    {
        var events = Analysis.Run("""
            The paramilitary Rapid Support Forces shelled a displacement camp near El Fasher on Friday, killing at least 40 people, a local rights group said.

            The RSF denied targeting civilians. The army said its forces had repelled an RSF ground assault on the city's southern edge on Thursday, killing dozens of the attackers.

            Since the war between the army and the RSF broke out in April 2023, tens of thousands of people have been killed, according to the United Nations.

            In Khartoum, which the army retook in March, people who fled earlier fighting were returning.
            """, "2025-05-05").Events;
        events.ShouldNotContain(e => e.Fatalities >= 1000);
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
        var fight = events.Single(e => e.Codes.AcledSubEventType == "Armed clash");
        fight.Fatalities.ShouldBe(12);
        fight.Modality.ShouldBe(Frontline.Core.Model.Modality.Asserted);
    }

    /// <summary>A tally of fights ("143 clashes along the front over the past day") is no fight; an event told in a
    /// province's clause happened in the province's town the sentence names.</summary>
    [Fact]
    public void A_tally_is_no_event_and_a_provinces_town_places_the_event()
    {
        Analysis.Run("Ukraine's General Staff reported 143 clashes along the front over the past day, the heaviest near Pokrovsk.", "2025-06-12").Events
            .ShouldNotContain(e => e.Codes.AcledEventType == "Battles");
        var strike = Analysis.Run("In Kursk region, a Ukrainian drone attack killed a woman and damaged several houses in the town of Rylsk, the governor said.", "2025-06-12").Events.Single();
        strike.Location!.Precision.ShouldBe(Frontline.Core.Model.PlacePrecision.Place);
        strike.Location.Admin1.ShouldBe("Kursk");
    }

    [Fact]
    public void Arrests_told_right_after_a_protest_are_an_intervention()
    {
        Analysis.FirstSubType("Hundreds of residents protested in Khartoum on Saturday against power cuts. Police arrested at least 15 people, witnesses said.", "2025-05-05")
            .ShouldBe("Protest with intervention");
    }

    /// <summary>What is only readied or aimed at is not what happened: forces "ready to counter an airstrike" were
    /// reinforced; people mobilised "to protest" were mobilised.</summary>
    [Theory]
    [InlineData("Crimean troops have been reinforced due to the drills, and air defense forces are now ready to counter an airstrike, the minister said.", "Change to group/activity")]
    [InlineData("The Presidency said on Thursday that the sect's backers are mobilising about two thousand men and women to protest against service chiefs in Abuja.", "Change to group/activity")]
    public void What_is_readied_or_aimed_at_did_not_happen(string text, string subType)
    {
        Analysis.FirstSubType(text).ShouldBe(subType);
    }

    /// <summary>A crowd as the agent of a passive act did it: a mob makes mob violence, protesters a violent demonstration.</summary>
    [Theory]
    [InlineData("Two vigilantes have been beaten up by a mob in Njikoka on Monday.", "Mob violence")]
    [InlineData("Two policemen were attacked by protesters in Lagos on Monday.", "Violent demonstration")]
    public void A_crowd_after_by_did_the_act(string text, string subType)
    {
        Analysis.FirstSubType(text).ShouldBe(subType);
    }

    /// <summary>What an act answers ("in retaliation for", "because of") is its motive, not the clause's event; people
    /// counted by a demonym ("15,000 Egyptians have fled") are a count.</summary>
    [Theory]
    [InlineData("Houthi forces launched an airstrike against an oil facility in Abha in retaliation for Saudi military operations on Monday.", "Air/drone strike")]
    [InlineData("Almost 15,000 Egyptians have fled Libya via a single border crossing in the wake of the murder of 21 Coptic Christians.", "Other")]
    [InlineData("Some 7,000 people have fled from villages around Chibok because of Boko Haram attacks, the IOM said on Monday.", "Other")]
    public void A_motive_does_not_name_the_event(string text, string subType)
    {
        Analysis.FirstSubType(text).ShouldBe(subType);
    }

    /// <summary>An attack on property that hurts no one destroys property; shooting at houses stays an attack. A force
    /// "tasked with fighting" a group is not told fighting it.</summary>
    [Theory]
    [InlineData("On 3 May 2020, gunmen attacked shops owned by foreigners in Pretoria, residents said.", "Looting/property destruction")]
    [InlineData("On 7 May 2020, armed men started shooting at two houses in Puebla. Neither fatalities nor injuries reported.", "Attack")]
    public void An_attack_on_property_alone_destroys_it(string text, string subType)
    {
        Analysis.FirstSubType(text).ShouldBe(subType);
    }

    [Fact]
    public void A_mandate_to_fight_is_no_fight()
    {
        Analysis.Run("The coalition tasked with fighting Daesh withdrew from the Abu Ghraib base on Monday.", "2020-03-20").Events
            .ShouldNotContain(e => e.Codes.AcledEventType == "Battles");
    }

    /// <summary>Whoever found or handled the remains did not kill: the author stays unidentified.</summary>
    [Theory]
    [InlineData("On 3 May 2020, police found the body of a man in Kirkuk city.", "Unidentified Armed Group (Iraq)")]
    [InlineData("On 3 May 2020, villagers found three corpses near the river in Bunia.", "Unidentified Armed Group (DR Congo)")]
    public void Those_who_find_the_dead_are_not_their_killers(string text, string author)
    {
        var e = Only(text);
        e.Codes.AcledEventType.ShouldBe("Violence against civilians");
        e.Actor1!.Name.ShouldBe(author);
    }

    [Fact]
    public void The_killers_count_is_not_the_toll()
    {
        Only("On 5 May 2020, a man was shot to death by two armed men in Foz do Iguacu, Brazil.").Fatalities.ShouldBe(1);
    }

    [Fact]
    public void One_sentence_read_by_two_triggers_is_counted_once()
    {
        Only("On 6 May 2020, Afghan forces repelled a Taliban attack on their convoy in Chaki Wardak, Afghanistan, and 21 militants and 4 soldiers were killed.")
            .Fatalities.ShouldBe(25);
    }

    [Fact]
    public void Snipers_killing_a_soldier_is_a_battle_even_when_unnamed()
    {
        Only("On 14 April 2023, snipers shot and killed 1 regime soldier near Saraqib, Syria.").Codes.AcledEventType.ShouldBe("Battles");
    }

    [Fact]
    public void Civilians_killed_in_crossfire_leave_the_fight_a_battle()
    {
        Only("On 4 May 2020, 2 civilians were killed in indiscriminate shooting during clashes between two armed clans in Deir ez-Zor, Syria.")
            .Codes.AcledEventType.ShouldBe("Battles");
    }

    [Fact]
    public void Fire_in_both_directions_is_an_armed_clash()
    {
        Only("On 2 May 2020, monitors observed 19 explosions in both directions of the frontline near Zaitseve, Ukraine.")
            .Codes.AcledSubEventType.ShouldBe("Armed clash");
    }

    [Theory]
    [InlineData("On 30 April 2020, militia forces forcibly disappeared a street vendor in Taiz, Yemen.", "Abduction/forced disappearance")]
    [InlineData("On 5 May 2020, coalition forces fired heavy and medium weapons at Ad Dahfash village near Hodeidah, Yemen.", "Shelling/artillery/missile attack")]
    [InlineData("On 1 May 2020, government forces thwarted an incursion by rebels near Hays, Yemen.", "Armed clash")]
    [InlineData("On 7 May 2020, security forces confiscated a shopping mall from its owner in Sanaa, Yemen.", "Looting/property destruction")]
    [InlineData("On 1 May 2020, police forces seized eight hundred military munitions in a house near Thala, Tunisia.", "Disrupted weapons use")]
    [InlineData("On 9 May 2020, the government began enforcing a 2-day curfew in 24 provinces of Turkey.", "Change to group/activity")]
    [InlineData("On 4 May 2020, employees of a hospital gathered in Basra, Iraq, demanding salaries.", "Peaceful protest")]
    [InlineData("On 4 May 2020, employees of a hospital in front of its building in Basra, Iraq, demanding salaries.", "Peaceful protest")]
    public void Less_common_wordings_still_name_their_event(string text, string subEventType)
    {
        Only(text).Codes.AcledSubEventType.ShouldBe(subEventType);
    }

    [Fact]
    public void Clashes_between_two_sides_name_both()
    {
        var e = Only("On 28 June 2019, clashes took place between the Syrian army and the Islamic State near Palmyra, Syria.");
        e.Actor1!.Name.ShouldBe("Military Forces of Syria");
        e.Actor2!.Name.ShouldBe("Islamic State");
    }

    [Fact]
    public void An_anti_group_force_is_not_that_group()
    {
        Only("On 1 May 2020, anti-Houthi National Resistance forces thwarted an attack near Hays, Yemen.").Actor1!.Name.ShouldBe("National Resistance Forces");
    }

    [Fact]
    public void Villagers_vandalizing_a_shop_is_a_riot_by_rioters()
    {
        var e = Only("On 2 May 2020, hundreds of villagers vandalized a ration shop in Murshidabad, India.");
        e.Codes.AcledEventType.ShouldBe("Riots");
        e.Actor1!.Name.ShouldBe("Rioters (India)");
    }

    [Fact]
    public void What_a_protest_is_against_is_its_content()
    {
        Only("On 6 May 2020, people protested in Kharkiv, Ukraine, against the possible arrest of an activist.").Codes.AcledEventType.ShouldBe("Protests");
    }

    [Theory]
    [InlineData("On 7 April 2018, a chlorine gas attack by government helicopters hit Douma, Syria, killing dozens.", "Chemical weapon")]
    [InlineData("On 3 May 2020, militiamen raped two women in a village near Kalehe, DR Congo.", "Sexual violence")]
    [InlineData("On 1 May 2020, hundreds of workers protested in Ankara, Turkey. Police intervened and dispersed the crowd with tear gas.", "Protest with intervention")]
    [InlineData("On 5 May 2020, students protested in Khartoum, Sudan. Security forces opened fire, killing 3 protesters.", "Excessive force against protesters")]
    [InlineData("On 3 May 2020, teachers protested peacefully outside the ministry in Beirut, Lebanon, demanding unpaid salaries.", "Peaceful protest")]
    [InlineData("On 3 May 2020, the government freed 30 rebels in exchange for the release of 16 soldiers in Gao, Mali.", "Agreement")]
    [InlineData("On 4 May 2020, the government and the SPLM-IO started peace talks in Juba, South Sudan.", "Agreement")]
    public void Every_sub_event_type_has_its_rule(string text, string subEventType)
    {
        Analysis.Run(text, "2020-05-08").Events.Select(e => e.Codes.AcledSubEventType).ShouldContain(subEventType);
    }

    [Fact]
    public void A_killing_of_protesters_by_the_state_is_the_protest_event()
    {
        var e = Only("On 5 May 2020, students protested in Khartoum, Sudan. Security forces opened fire, killing 3 protesters.");
        e.Fatalities.ShouldBe(3);
        e.Actor1!.Name.ShouldBe("Protesters (Sudan)");
    }

    [Fact]
    public void Two_groups_of_a_community_clashing_is_mob_violence()
    {
        Only("On 4 May 2020, two groups of a farming community clashed over land in Larkana, Pakistan, injuring two men.")
            .Codes.AcledSubEventType.ShouldBe("Mob violence");
    }

    [Fact]
    public void Killing_soldiers_is_a_battle()
    {
        Only("On 3 May 2020, IS militants killed a soldier by sniping near Kirkuk, Iraq.").Codes.AcledEventType.ShouldBe("Battles");
    }

    [Fact]
    public void Killing_a_civilian_is_violence_against_civilians()
    {
        Only("On 3 May 2020, a man was shot to death by armed men in Maraba, Brazil.").Codes.AcledEventType.ShouldBe("Violence against civilians");
    }

    [Fact]
    public void Villagers_assaulting_someone_is_mob_violence()
    {
        Only("On 1 May 2020, local villagers assaulted three persons in Hajo, India.").Codes.AcledSubEventType.ShouldBe("Mob violence");
    }

    [Fact]
    public void Rioters_blocking_a_road_is_a_violent_demonstration()
    {
        Only("On 28 April 2020, rioters blocked the main road in Beirut, Lebanon.").Codes.AcledSubEventType.ShouldBe("Violent demonstration");
    }

    [Theory]
    [InlineData("Rioters set fire to cars in central Paris on Saturday.", "Violent demonstration", "Rioters (France)", "Civilians (France)")]
    [InlineData("Protesters threw bottles at police in Istanbul on Sunday.", "Violent demonstration", "Rioters (Türkiye)", "Police Forces of Türkiye")]
    [InlineData("A mob lynched a man accused of theft in Kano on Sunday.", "Mob violence", "Rioters (Nigeria)", "Civilians (Nigeria)")]
    [InlineData("Youths attacked a police station in Kano on Sunday.", "Mob violence", "Rioters (Nigeria)", "Police Forces of Nigeria")]
    public void Rioters_and_protesters_turning_violent_demonstrate_where_a_mob_or_youths_riot(string text, string subType, string actor1, string actor2)
    {
        // ACLED names the crowd of both "rioters"; the word "rioters" tells a demonstration's crowd, "a mob" or "youths" a
        // crowd outside any demonstration.
        var e = Only(text);
        (e.Codes.AcledSubEventType, e.Actor1?.Name, e.Actor2?.Name).ShouldBe((subType, actor1, actor2));
    }

    [Theory]
    [InlineData("Israeli forces detained 12 Palestinians in overnight raids across the West Bank on Wednesday.", "Arrests")]
    [InlineData("Soldiers abducted dozens of villagers in a series of raids near Tanout on Sunday.", "Abduction/forced disappearance")]
    [InlineData("Troops killed five militants in a raid on a hideout in Kandahar on Monday.", "Armed clash")]
    [InlineData("Security forces raided a house in Mosul on Monday and clashed with gunmen.", "Armed clash")]
    public void A_raid_is_when_its_arrests_were_made_and_a_fight_when_it_kills(string text, string subType) =>
        Analysis.FirstSubType(text).ShouldBe(subType);

    [Fact]
    public void Two_sides_clashing_are_the_clash_and_the_people_it_killed_its_toll()
    {
        var e = Only("Government forces and Kurdish fighters clashed in Qamishli on Saturday, killing several people.");
        (e.Codes.AcledSubEventType, e.Actor1?.Name, e.Actor2?.Name).ShouldBe(("Armed clash", "Military Forces of Syria", "Kurdish fighters"));
    }

    [Fact]
    public void Fighter_jets_are_aircraft_not_fighters()
    {
        var e = Only("Saudi fighter jets hit residential areas in Saada province on Saturday, killing 19 people.");
        (e.Codes.AcledSubEventType, e.Actor1?.Name).ShouldBe(("Air/drone strike", "Military Forces of Saudi Arabia"));
    }

    [Theory]
    [InlineData("Two suicide bombers blew themselves up at a market in Baghdad on Monday, in explosions that killed at least 38 people.", "Suicide bomb")]
    [InlineData("Helicopters dropped barrel bombs amid artillery shelling on Kafr Nabl on Monday, killing 3 civilians.", "Air/drone strike")]
    [InlineData("A suicide bombing at a mosque in Quetta on Friday killed 12 worshippers.", "Suicide bomb")]
    public void A_named_tactic_outweighs_a_generic_word_for_its_kind_of_event(string text, string subType) =>
        Analysis.FirstSubType(text).ShouldBe(subType);

    [Theory]
    [InlineData("A suicide bomber set off a blast near the U.S. Embassy in Tunis on Friday.", "Tunis")]
    [InlineData("A car bomb exploded outside the Turkish embassy in Mogadishu on Monday, killing 4 people.", "Mogadishu")]
    public void A_countrys_embassy_is_where_it_stands_not_in_that_country(string text, string place) =>
        Only(text).Location.ShouldNotBeNull().Name.ShouldBe(place);

    [Theory]
    [InlineData("Youths clashed on Sunday with traders originating from the northern regions of Cameroon, in a market of Douala city.", "Douala")]
    [InlineData("In Barquisimeto, Lara state, police beat 20 migrants who had returned from Ecuador on Thursday.", "Barquisimeto")]
    public void Where_people_came_from_is_not_where_it_happened(string text, string place) =>
        Only(text).Location.ShouldNotBeNull().Name.ShouldBe(place);

    [Fact]
    public void A_village_the_text_puts_in_a_district_is_no_namesake_of_another_province()
    {
        // The gazetteer's only Hamidiyah lies in Tartus; Manbij district is in Aleppo.
        var place = Only("Gunmen attacked a checkpoint near Hamidiyah village in Manbij district on Monday, killing 2 soldiers.").Location.ShouldNotBeNull();
        (place.Name, place.Admin1).ShouldBe(("Manbij", "Aleppo"));
    }

    [Fact]
    public void Police_dispersing_a_crowd_is_the_crowds_protest_with_intervention()
    {
        var e = Only("Police fired tear gas to disperse hundreds of protesters in Nampula on Tuesday.");
        (e.Codes.AcledSubEventType, e.Actor1!.Kind, e.Actor2!.Kind).ShouldBe(("Protest with intervention", ActorKind.Protesters, ActorKind.Police));
    }

    [Fact]
    public void A_protest_called_violent_is_a_violent_demonstration()
    {
        Only("At least 6 people were killed in violent protests in Maputo on Monday.").Codes.AcledSubEventType.ShouldBe("Violent demonstration");
    }

    [Fact]
    public void People_gathered_for_a_holiday_are_no_protest()
    {
        Analysis.Run("Residents gathered for Palm Sunday services in the centre of the city.", "2025-04-13").Events.ShouldBeEmpty();
    }

    [Fact]
    public void A_country_across_the_border_is_not_where_it_happened()
    {
        Only("Jihadist fighters killed 12 soldiers in an attack on a military post in northern Benin near the borders with Niger and Burkina Faso on Wednesday.")
            .Location.ShouldNotBeNull().CountryIso2.ShouldBe("BJ");
    }

    [Fact]
    public void A_country_name_that_ends_a_longer_place_name_is_no_country()
    {
        var e = Only("A truck bomb exploded at a military base in the rural area of Puerto Jordan on Tuesday, killing 2 soldiers.");
        e.Location?.CountryIso2.ShouldNotBe("JO");
        e.Actor1?.Country3.ShouldNotBe("JOR");
    }

    [Fact]
    public void A_place_that_names_a_war_is_not_where_the_event_is()
    {
        Only("A rocket strike on a football pitch killed 12 children on Saturday, the deadliest attack since the start of the Gaza war.", "2024-07-28")
            .Location?.Name.ShouldNotBe("Gaza");
    }

    [Fact]
    public void A_day_another_noun_owns_does_not_date_the_event()
    {
        var e = Only("At least 11 people were killed in protests across Venezuela after Maduro was declared the winner of Sunday's election, a rights group said on Tuesday.", "2024-07-30");
        e.Date.Start.ShouldNotBe(Analysis.Day("2024-07-28"));
    }

    [Fact]
    public void Jihadist_fighters_are_one_armed_group()
    {
        Only("Jihadist fighters killed 20 civilians near Djibo on Saturday.", "2024-08-27").Actor1!.Kind.ShouldBe(ActorKind.Rebel);
    }

    [Theory]
    [InlineData("Protesters poured into the streets of Minsk on Sunday, denouncing the election result.")]
    [InlineData("Demonstrators demanded the release of detained activists in Khartoum on Monday.")]
    [InlineData("Thousands of protesters chanted anti-government slogans in Baghdad on Friday.")]
    public void What_a_crowd_says_it_says_by_protesting(string text)
    {
        var e = Only(text);
        (e.Codes.AcledSubEventType, e.Actor2).ShouldBe(("Peaceful protest", null));
    }

    [Theory]
    [InlineData("Police continue to arrest activists in Cairo, in anticipation of mass protests on the anniversary.")]
    [InlineData("Security forces arrested 20 opposition members in Kampala on Monday ahead of planned protests.")]
    public void Arrests_before_a_protest_that_has_not_happened_are_arrests(string text) =>
        Analysis.FirstSubType(text, "2020-05-04").ShouldBe("Arrests");

    [Fact]
    public void Protestors_spelt_either_way_are_protesters()
    {
        var e = Only("Police fired tear gas at protestors in Nairobi on Tuesday.");
        (e.Codes.AcledSubEventType, e.Actor1?.Name).ShouldBe(("Protest with intervention", "Protesters (Kenya)"));
    }

    [Fact]
    public void A_capital_inside_a_longer_name_is_no_government()
    {
        // "Praia" is Cape Verde's capital; in "Mocimboa da Praia" it ends the name of a Mozambican town.
        var e = Only("Mozambican troops recovered several villages near Mocimboa da Praia on Monday.");
        e.Codes.AcledSubEventType.ShouldBe("Government regains territory");
        new[] { e.Actor1, e.Actor2 }.ShouldAllBe(a => a == null || a.Country3 != "CPV");
    }

    [Fact]
    public void Fighters_captured_alive_are_no_territory_taken()
    {
        Analysis.Run("Ten militants were killed and two others were captured alive when they attacked the AMISOM base in Mogadishu on Thursday.", "2020-05-04")
            .Events.ShouldNotContain(e => e.Codes.AcledEventType == "Battles" && e.Codes.AcledSubEventType != "Armed clash");
    }

    [Theory]
    [InlineData("Warplanes hit a base of the YPG in Hasakah province on Sunday, killing several fighters.", "Air/drone strike")]
    [InlineData("Three tanks attacked army positions in Rutshuru on Sunday.", "Shelling/artillery/missile attack")]
    [InlineData("Drones have struck a fuel depot in Belgorod on Monday.", "Air/drone strike")]
    [InlineData("The Syrian Air Force destroyed a number of vehicles near Zardana in Idlib on Monday.", "Air/drone strike")]
    [InlineData("Russian missiles destroyed a power plant in Kharkiv on Friday.", "Shelling/artillery/missile attack")]
    public void A_weapon_as_the_subject_names_the_tactic_though_no_one_owns_it(string text, string subType) =>
        Analysis.FirstSubType(text, "2020-05-04").ShouldBe(subType);

    [Fact]
    public void A_weapon_set_off_by_spaced_dashes_still_names_the_attack()
    {
        // "Turkish-backed" is a compound; " - mostly using grenades - " is an aside, and its weapon names the tactic.
        Analysis.Run("Gunmen attacked police posts in Yala on Friday night - mostly using grenades - officials said.", "2020-03-01").Events
            .ShouldContain(e => e.Codes.AcledSubEventType == "Grenade");
    }

    [Theory]
    [InlineData("Gunmen killed three villagers in Zamfara on Sunday, bringing the death toll from attacks this month to 45.", 3)]
    [InlineData("An airstrike killed 4 civilians in Maarat al-Numan on Monday, raising the total killed in the town this week to 19.", 4)]
    [InlineData("The death toll from Sunday's airstrike on Idlib rose to 12, rescuers said.", 12)]
    public void A_running_total_is_no_events_toll_unless_the_sentence_gives_none(string text, int dead) =>
        Only(text).Fatalities.ShouldBe(dead);

    [Theory]
    [InlineData("A man molested a schoolgirl in Lahore on Monday, police said.", "Sexual violence")]
    [InlineData("Turkish-backed militants stole the old railway of Afrin on Sunday.", "Looting/property destruction")]
    public void Molesting_is_sexual_violence_and_stealing_is_looting(string text, string subType) =>
        Analysis.FirstSubType(text, "2020-05-04").ShouldBe(subType);

    [Fact]
    public void Exchanging_shelling_is_an_armed_clash()
    {
        Only("On 1 April 2021, regime forces exchanged shelling with rebels near Idlib, Syria.").Codes.AcledSubEventType.ShouldBe("Armed clash");
    }

    [Fact]
    public void Small_arms_fire_at_positions_is_a_clash_and_mortars_alone_are_shelling()
    {
        Only("On 28 April 2020, Ukrainian forces fired small arms at positions near Avdiivka, Ukraine.").Codes.AcledEventType.ShouldBe("Battles");
        Only("On 28 April 2020, Ukrainian forces fired 82mm mortars at positions near Avdiivka, Ukraine.").Codes.AcledSubEventType.ShouldBe("Shelling/artillery/missile attack");
    }

    [Fact]
    public void Warplanes_carrying_out_raids_are_airstrikes()
    {
        Only("On 4 May 2020, Israeli warplanes carried out 15 raids on militia positions near Al Mayadin, Syria.").Codes.AcledSubEventType.ShouldBe("Air/drone strike");
    }

    [Fact]
    public void Troop_movements_are_a_change_to_group_activity()
    {
        Only("On 4 May 2020, Turkish forces brought military reinforcements to their positions in Idlib, Syria.").Codes.AcledSubEventType.ShouldBe("Change to group/activity");
    }

    [Fact]
    public void A_protesters_demands_are_part_of_the_protest()
    {
        Only("On 30 April 2020, traders organized a protest in Rustavi, Georgia. They demanded that the market reopen.").Codes.AcledEventType.ShouldBe("Protests");
    }

    [Fact]
    public void Displacement_with_a_count_is_an_event_and_without_one_is_context()
    {
        Only("Thousands of residents fled toward Goma in Congo on Monday.").Codes.AcledSubEventType.ShouldBe("Other");
        Analysis.Run("Syrian Kurds in Syria are fleeing the violence.").Events.ShouldBeEmpty();
    }
}
