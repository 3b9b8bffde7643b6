using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Words that make a clause point back at an act already told, measure it against another, tell a pattern
/// rather than an act, or only try: texts written for these tests.</summary>
public class ReportContextTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void An_attempt_to_take_ground_changes_no_control()
    {
        var events = Events("Some 9,000 demonstrators tried to take over the local airport in Juliaca on Monday, police said.", "2023-01-10");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Non-state actor overtakes territory");
    }

    [Fact]
    public void The_dead_and_their_wounds_described_later_are_no_new_attack()
    {
        var e = Events("Seventeen people were killed in clashes with police in Juliaca on Monday. Hospital officials said most of the victims "
                       + "had gunshot wounds, and a doctor said two of the dead were teenagers.", "2023-01-10").ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(17);
    }

    [Fact]
    public void What_a_superlative_is_measured_since_is_no_act_of_the_report()
    {
        var events = Events("Seventeen people were killed in clashes in Juliaca on Monday, the deadliest day of unrest since the former president "
                            + "was ousted and arrested last month.", "2023-01-10");
        events.ShouldNotContain(e => e.Codes.AcledSubEventType == "Arrests");
    }

    [Fact]
    public void A_passive_agent_after_a_place_phrase_is_the_author_and_a_patrol_car_is_no_patrol()
    {
        var events = Events("Early on Tuesday, a police officer was burned to death inside his patrol car by a group of protesters in Juliaca.", "2023-01-10");
        var e = events.ShouldHaveSingleItem();
        e.Actor1!.Kind.ShouldBeOneOf(ActorKind.Rioters, ActorKind.Protesters);
    }

    [Fact]
    public void Gunmen_holing_up_do_not_protest()
    {
        var events = Events("About 30 armed men attacked a police patrol near Zvecan on Sunday. The attackers then barricaded themselves inside a monastery.", "2023-09-24");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
    }

    [Fact]
    public void The_men_after_armed_men_are_those_men()
    {
        var events = Events("About 30 armed men attacked a police patrol near Zvecan on Sunday. Special police units surrounded the complex and "
                            + "exchanged fire with the men through the afternoon.", "2023-09-24");
        events.ShouldNotContain(e => e.Actor2 != null && e.Actor2.Kind == ActorKind.Civilians);
    }

    [Fact]
    public void The_attack_blamed_is_the_attack_told_before()
    {
        var events = Events("About 30 armed men attacked a police patrol near Zvecan on Sunday.\n\nPrime Minister Albin Kurti blamed Belgrade, saying the "
                            + "attack was the work of professionals financed by Serbia.", "2023-09-24");
        var e = events.ShouldHaveSingleItem();
        e.Evidence.Count.ShouldBe(1);
    }

    [Fact]
    public void Weapons_listed_in_a_seized_cache_were_not_used()
    {
        var events = Events("Police found a large cache of weapons, including mortars and hand grenades, in the vehicles the gunmen left behind.", "2023-09-24");
        events.ShouldNotContain(e => e.Codes.AcledEventType == "Explosions/Remote violence");
    }

    [Fact]
    public void The_day_of_the_main_clause_dates_its_when_clause()
    {
        var e = Events("A Kosovo police officer was killed on Sunday when armed men attacked a police patrol near Zvecan.", "2023-09-24").First();
        e.Date.Start.ShouldBe(Analysis.Day("2023-09-24"));
        e.Date.End.ShouldBe(Analysis.Day("2023-09-24"));
    }

    [Theory]
    [InlineData("Clashes over water and land have broken out regularly since the Soviet Union collapsed.")]
    [InlineData("An Enga community leader said more than 150 people had been killed in the area over the past 18 months.")]
    [InlineData("Tribal conflicts over land have been fought in the highlands for centuries, a police officer said.")]
    public void A_pattern_or_a_running_total_is_no_act(string text) => Events(text, "2024-02-19").ShouldBeEmpty();

    [Fact]
    public void A_fight_that_began_on_a_day_is_still_one_act_with_its_own_toll()
    {
        var e = Events("Fighting between Somaliland forces and clan militias in Las Anod has killed at least 82 people since it began on Monday, "
                       + "a hospital official said on Wednesday.", "2023-02-08").ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(82);
    }

    [Fact]
    public void The_two_states_of_a_border_fought_over_are_the_sides()
    {
        var e = Events("Fighting along the disputed border between Kyrgyzstan and Tajikistan has killed nearly 100 people, officials said on Saturday.", "2022-09-17").First();
        new[] { e.Actor1!.Country3, e.Actor2!.Country3 }.ShouldBe(["KGZ", "TJK"], ignoreOrder: true);
    }

    [Fact]
    public void A_new_said_after_an_accusation_opens_an_act_told_as_fact()
    {
        var events = Events("The Kyrgyz government accused Tajik forces of shelling villages, and said a Tajik drone had struck the airport of Batken on Friday.", "2022-09-17");
        var strike = events.Where(e => e.Codes.AcledSubEventType == "Air/drone strike").ShouldHaveSingleItem();
        strike.Actor1!.Country3.ShouldBe("TJK");
    }

    [Fact]
    public void The_fighting_pointed_back_at_places_an_act_told_by_its_country()
    {
        var events = Events("Fighting along the disputed border between Kyrgyzstan and Tajikistan has killed nearly 100 people, officials said on Saturday.\n\n"
                            + "Tajik authorities said 41 of their citizens died in the fighting, which began on Wednesday near the Tajik town of Isfara.\n\n"
                            + "More than 136,000 civilians were evacuated from the villages closest to the fighting.", "2022-09-17");
        var e = events.ShouldHaveSingleItem();
        e.Location!.Name.ShouldBe("Isfara");
    }

    [Fact]
    public void A_province_a_long_country_name_owns_is_that_countrys()
    {
        var e = Events("At least 64 men were shot dead in an ambush in Papua New Guinea's Enga province, police said on Monday.", "2024-02-19").ShouldHaveSingleItem();
        e.Location!.Precision.ShouldBe(PlacePrecision.Admin1);
        e.Location.Admin1.ShouldBe("Enga");
    }

    [Fact]
    public void A_state_acting_is_not_where_the_act_of_its_sentence_happened()
    {
        var e = Events("A gendarme was shot dead in New Caledonia on Thursday, as France declared a state of emergency in the territory.", "2024-05-16")
            .First(x => x.Fatalities == 1);
        e.Location!.CountryIso2.ShouldBe("NC");
    }

    [Fact]
    public void A_town_named_after_the_word_capital_is_a_place()
    {
        var e = Events("The men were killed on Sunday about 15 km from the provincial capital Wabag, when fighters ambushed them.", "2024-02-19").First();
        e.Location!.Name.ShouldBe("Wabag");
    }

    [Fact]
    public void A_district_named_only_as_a_hospital_far_from_the_story_is_no_place()
    {
        var (_, ann) = Analysis.Annotate("A suicide car bomb exploded outside a restaurant in Mogadishu, Somalia, on Saturday. The U.S. Africa Command said it "
                                         + "had conducted an air strike. A waiter was treated at Medina hospital for shrapnel wounds.");
        ann.Places.ShouldNotContain(p => p.Surface == "Medina" && p.Place.CountryIso2 == "US");
    }

    [Fact]
    public void An_act_told_hours_before_another_is_its_own_event()
    {
        var events = Events("Turkey carried out air strikes on Kurdish militant targets in northern Iraq overnight, the defence ministry said on Thursday, "
                            + "hours after an attack on the headquarters of an aerospace company near Ankara killed five people.", "2024-10-24");
        events.Count.ShouldBe(2);
        events.ShouldContain(e => e.Codes.AcledSubEventType == "Air/drone strike" && e.Location!.CountryIso2 == "IQ");
    }

    [Fact]
    public void After_friday_prayers_dates_the_act_to_that_friday()
    {
        var e = Events("Security forces opened fire on protesters in Zahedan after Friday prayers, killing at least 41 people, a rights group said on Saturday.", "2022-10-01").First();
        e.Date.Start.ShouldBe(Analysis.Day("2022-09-30"));
    }

    [Fact]
    public void An_act_months_before_the_reported_one_is_its_background()
    {
        var events = Events("Gunmen attacked two churches and a police post in Derbent on Sunday, killing 15 police officers.\n\n"
                            + "The attacks came three months after gunmen killed 145 people at a concert hall near Moscow, an attack claimed by the Islamic State.", "2024-06-24");
        var e = events.ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(15);
    }

    [Fact]
    public void What_a_place_has_long_been_the_scene_of_is_no_act()
    {
        Events("The province has long been the scene of clashes between security forces and Sunni militants.", "2022-10-01").ShouldBeEmpty();
    }

    [Fact]
    public void What_an_act_in_a_past_year_came_after_is_background_too()
    {
        Events("Uganda and Congo launched joint operations against the ADF in late 2021, after the group carried out a string of suicide "
               + "bombings in Kampala.", "2023-06-17").ShouldBeEmpty();
    }

    [Fact]
    public void Two_weekdays_joined_by_and_are_one_span()
    {
        var e = Events("Gunmen from two rival communities exchanged fire in Bawku on Thursday and Friday, police said on Saturday.", "2022-11-26").First();
        e.Date.Start.ShouldBe(Analysis.Day("2022-11-24"));
        e.Date.End.ShouldBe(Analysis.Day("2022-11-25"));
    }

    [Fact]
    public void Demonstrations_a_junta_banned_are_none()
    {
        Events("The junta, which seized power last year, dissolved the coalition in August and has banned all demonstrations.", "2022-10-21")
            .ShouldNotContain(e => e.Codes.AcledEventType == "Protests");
    }

    [Fact]
    public void A_country_a_place_is_told_by_is_no_side()
    {
        var e = Events("Suspected Islamist militants attacked a secondary school in western Uganda near the border with Congo late on Friday, "
                       + "killing at least 41 people.", "2023-06-17").ShouldHaveSingleItem();
        e.Actor2.ShouldNotBeNull().Country3.ShouldBe("UGA");
    }

    [Fact]
    public void A_school_in_a_town_the_gazetteer_lacks_is_not_in_the_datelines_town()
    {
        var events = Events("KAMPALA, June 17 - Militants attacked a school in western Uganda late on Friday, killing 41 people.\n\n"
                            + "The attackers set fire to a dormitory at Lhubiriha Secondary School in the town of Mpondwe, police said.", "2023-06-17");
        events.ShouldNotContain(e => e.Location != null && e.Location.Name == "Kampala");
    }

    [Fact]
    public void The_attack_told_again_to_set_it_in_time_is_no_new_act()
    {
        var e = Events("Gunmen attacked a military barracks and a prison in Freetown on Sunday, killing 21 people, the army said.\n\n"
                       + "The attack followed a disputed presidential election in June.", "2023-11-27").ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(21);
    }
}
