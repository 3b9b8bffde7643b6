namespace Frontline.Tests.Events;

/// <summary>One more person joined before a count of the dead or named before others counted, the attackers' own dead told
/// after a fight, a district of the city named before it, soldiers in what a state's force says, factions a patron backs, an
/// entry after a fight, an unknown town told in its own paragraph, what a relative clause says someone has been doing, more
/// missiles and what they hit, and a place that names a war. Texts written for these tests.</summary>
public class EntriesFactionsAndJoinedDeadTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Theory]
    [InlineData("UVIRA, Dec 10 - On Tuesday, a shell hit a house in Uvira, killing a woman and her two children, a local leader said.", 3)]
    [InlineData("ADEN, Aug 10 - A roadside bomb struck a vehicle carrying a local commander in Lawdar, killing him and two of his guards, officials said.", 3)]
    public void One_person_joined_before_a_count_of_the_dead_is_counted_once(string text, int dead)
    {
        Events(text, "2025-12-10").ShouldContain(e => e.Fatalities == dead);
    }

    [Fact]
    public void A_person_of_a_count_told_before_is_not_one_more()
    {
        const string text = "KARAK, Dec 19 - Gunmen attacked a police patrol in Karak, killing five people, a woman and four children, police said.";
        Events(text, "2025-12-19").ShouldNotContain(e => e.Fatalities == 10);
    }

    [Fact]
    public void The_attackers_own_dead_told_after_the_fight_add_to_the_soldiers_killed()
    {
        const string text = "ADEN, Aug 10 - Al Qaeda militants attacked a military post in Yemen's Abyan province on Sunday, killing 16 soldiers, "
                            + "an official said.\n\n"
                            + "The militants used a car bomb in the assault on the post in the Ahwar district before clashing with the troops "
                            + "for two hours, the official said. Five of the attackers were killed.";
        Events(text, "2025-08-10").ShouldHaveSingleItem().Fatalities.ShouldBe(21);
    }

    [Fact]
    public void A_district_of_the_city_named_before_is_in_that_city()
    {
        const string text = "KYIV, Aug 14 - Russian drones attacked a city bus and a private car in Kherson on Thursday, killing three people, "
                            + "including the bus driver, and wounding nine, the regional governor said.\n\n"
                            + "Oleksandr Prokudin said on Telegram that a drone struck the bus as it stopped near a market in the city's "
                            + "Dniprovskyi district. Two passengers died at the scene and seven were taken to hospital.\n\n"
                            + "Russian forces withdrew to the east bank of the Dnipro river in November 2022.";
        Events(text, "2025-08-14").ShouldAllBe(e => e.Location != null && e.Location.Name == "Kherson");
    }

    [Fact]
    public void Soldiers_killed_in_what_a_state_s_military_says_are_its_own()
    {
        const string text = "CAIRO, July 10 - The Israeli military said two soldiers were killed in fighting in the northern Gaza Strip on Wednesday.";
        var fight = Events(text, "2025-07-10").ShouldHaveSingleItem();
        new[] { fight.Actor1?.Name, fight.Actor2?.Name }.ShouldContain("Military Forces of Israel");
    }

    [Fact]
    public void Factions_a_patron_backs_are_the_group_the_report_names_so()
    {
        const string text = "BEIRUT, Jan 8 - Fighting between the Kurdish-led Syrian Democratic Forces and Turkey-backed Syrian factions near "
                            + "Manbij has killed at least 37 fighters, a war monitor said.\n\n"
                            + "The monitor said 32 of the dead were from the Turkey-backed Syrian National Army.";
        Events(text, "2025-01-08").ShouldContain(e => e.Actor2 != null && e.Actor2.Name == "Syrian National Army");
    }

    [Fact]
    public void Fighters_of_a_country_a_patron_backs_are_the_one_group_it_backs_there()
    {
        const string text = "MARIB, Jan 8 - Iran-backed Yemeni fighters attacked government positions near Marib on Tuesday, killing five "
                            + "soldiers, officials said.";
        Events(text, "2025-01-08").ShouldHaveSingleItem().Actor1.ShouldNotBeNull().Name.ShouldBe("Houthis");
    }

    [Fact]
    public void A_group_s_entry_into_a_city_after_days_of_fighting_is_a_capture()
    {
        const string text = "GOMA, Dec 10 - Rwanda-backed M23 rebels entered the city of Uvira on Wednesday after several days of fighting with "
                            + "the army, residents said.";
        Events(text, "2025-12-10").ShouldHaveSingleItem().Codes.AcledSubEventType.ShouldBe("Non-state actor overtakes territory");
    }

    [Fact]
    public void A_group_s_entry_told_beside_its_fight_stays_the_fight()
    {
        const string text = "ADDIS ABABA, Aug 8 - Fighters from the Fano militia entered Bahir Dar on Monday and clashed with federal troops "
                            + "in several neighbourhoods, residents said.";
        Events(text, "2023-08-08").ShouldNotContain(e => e.Codes.AcledSubEventType == "Non-state actor overtakes territory");
    }

    [Fact]
    public void A_town_the_gazetteer_lacks_told_in_its_own_paragraph_is_not_the_lead_s_town()
    {
        const string text = "GOMA, Dec 10 - M23 rebels entered the city of Uvira on Wednesday, residents said.\n\n"
                            + "The rebels had taken the town of Luvungi on Saturday, the official said.";
        var taken = Events(text, "2025-12-10").Single(e => e.Date.Start == new DateOnly(2025, 12, 6));
        taken.Location.ShouldNotBeNull().Name.ShouldNotBe("Uvira");
    }

    [Fact]
    public void What_a_relative_clause_says_soldiers_have_been_doing_is_no_event()
    {
        const string text = "GOMA, Dec 10 - Burundian soldiers, who have been deployed in South Kivu to support Kinshasa, withdrew from Uvira "
                            + "on Tuesday night, an official said.";
        Events(text, "2025-12-10").ShouldNotContain(e => e.Location != null && e.Location.Name == "Kinshasa");
    }

    [Fact]
    public void Soldiers_in_what_a_state_s_military_says_are_its_own_past_its_other_words()
    {
        const string text = "DAMASCUS, Nov 28 - Israeli troops raided a village in southern Syria before dawn on Friday, Syrian state media said.\n\n"
                            + "The Israeli military said its forces had entered the area to detain suspected members of an Islamist militant group "
                            + "who were planning attacks on Israeli civilians, and that six soldiers were wounded, two of them seriously, when "
                            + "gunmen opened fire on them.";
        Events(text, "2025-11-28").ShouldContain(e => e.Actor2 != null && e.Actor2.Name == "Military Forces of Israel");
    }

    private const string MissileReport =
        "JERUSALEM, June 19 - An Iranian missile struck the main hospital in the southern Israeli city of Beersheba on Thursday, wounding "
        + "dozens of people, Israeli officials said.\n\n"
        + "Other missiles hit a high-rise building in Ramat Gan and residential buildings in Holon, near Tel Aviv, wounding at least 60 people.";

    [Fact]
    public void Other_missiles_are_more_of_the_author_s_told_before()
    {
        Events(MissileReport, "2025-06-19").Where(e => e.Location?.Name == "Ramat Gan")
            .ShouldAllBe(e => e.Actor1 != null && e.Actor1.Name == "Military Forces of Iran");
    }

    [Fact]
    public void Things_hit_in_a_second_place_are_the_act_there_too()
    {
        var places = Events(MissileReport, "2025-06-19").Select(e => e.Location?.Name).ToList();
        places.ShouldContain("Ramat Gan");
        places.ShouldContain(n => n != null && n.EndsWith("olon", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("BEIRUT, Nov 24 - An Israeli strike on a building in Beirut on Sunday killed the group's chief of staff and four other members of the group.", 5)]
    [InlineData("KANO, Nov 24 - Gunmen killed two soldiers and three other people in Kano on Sunday, police said.", 5)]
    public void Others_counted_after_one_named_are_one_more_than_their_count(string text, int dead)
    {
        Events(text, "2025-11-24").ShouldContain(e => e.Fatalities == dead);
    }

    [Fact]
    public void A_place_that_names_the_war_a_march_is_about_is_not_where_it_went()
    {
        const string text = "LAHORE, Oct 13 - Police broke up a march by an Islamist party near Muridke on Monday, police said.\n\n"
                            + "The march set off from Lahore on Friday, with thousands of supporters heading for the capital Islamabad to "
                            + "protest outside the U.S. embassy over the war in Gaza.";
        Events(text, "2025-10-13").ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "PS");
    }

    [Fact]
    public void A_national_strike_is_a_stoppage_not_an_attack()
    {
        const string text = "QUITO, Sept 29 - A protester was killed and at least a dozen soldiers were injured in clashes in the northern "
                            + "Ecuadorian town of Cotacachi on Sunday, as a national strike called by the country's largest Indigenous "
                            + "organization against the end of diesel subsidies entered its second week.\n\n"
                            + "The Indigenous federation said a community member was shot by soldiers during the clashes.";
        Events(text, "2025-09-29").ShouldNotContain(e => e.Codes.AcledSubEventType == "Air/drone strike");
    }

    [Fact]
    public void Hours_after_a_night_is_the_morning_after()
    {
        const string text = "MOSCOW, Nov 14 - Ukraine attacked the Russian port of Novorossiysk with drones overnight, regional authorities said.\n\n"
                            + "Hours later, Russian missiles hit energy facilities in Kyiv, killing six people, the mayor said.";
        Events(text, "2025-11-14").Where(e => e.Location?.Name == "Kyiv").ShouldAllBe(e => e.Date.Start == new DateOnly(2025, 11, 14));
    }

    [Fact]
    public void The_toll_of_a_whole_war_told_about_it_is_no_event_s()
    {
        const string text = "RAIPUR, May 22 - Two villagers were killed on Tuesday when a pressure bomb planted by Maoist rebels exploded in "
                            + "Bijapur district, police said.\n\n"
                            + "The government has set a deadline of March 2026 to end the decades-old insurgency, in which more than 10,000 "
                            + "people have been killed.";
        Events(text, "2025-05-22").ShouldAllBe(e => e.Fatalities == null || e.Fatalities < 100);
    }

    [Theory]
    [InlineData("RAIPUR, May 22 - Two villagers were killed on Tuesday when a pressure bomb planted by Maoist rebels exploded, police said.")]
    [InlineData("CALI, April 18 - A motorcycle bomb exploded near a police post in Jamundi on Thursday, wounding three civilians, police said.")]
    public void A_bomb_named_by_what_carries_or_sets_it_off_is_an_explosive_not_an_air_strike(string text)
    {
        Events(text, "2025-05-22").ShouldContain(e => e.Codes.AcledSubEventType == "Remote explosive/landmine/IED");
    }
}
