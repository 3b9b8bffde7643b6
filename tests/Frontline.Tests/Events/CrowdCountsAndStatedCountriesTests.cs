namespace Frontline.Tests.Events;

/// <summary>Crowds counted beside a toll, death words that describe someone, where a report was told, a town the text
/// puts in a country, a quoted name given by a copula and a list that belongs to another act. Texts written for these
/// tests.</summary>
public class CrowdCountsAndStatedCountriesTests
{
    private static IReadOnlyList<Frontline.Core.Model.Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Thousands_who_took_to_the_streets_as_fifty_were_shot_are_not_among_the_dead()
    {
        const string text = "N'DJAMENA, Oct 20 (Reuters) - Chadian security forces shot dead about 50 people on Thursday as thousands of protesters "
                            + "took to the streets of the capital N'Djamena to demand a faster transition to civilian rule, the government said.";
        Events(text, "2022-10-20").ShouldContain(e => e.Fatalities == 50);
        Events(text, "2022-10-20").ShouldNotContain(e => e.Fatalities > 50);
    }

    [Fact]
    public void Civilians_killed_as_well_as_soldiers_are_counted_together()
    {
        const string text = "KABUL, May 3 (Reuters) - Gunmen killed 10 civilians as well as two soldiers in Ghazni on Sunday, officials said.";
        Events(text, "2020-05-03").Single().Fatalities.ShouldBe(12);
    }

    [Fact]
    public void Supporters_of_an_executed_assassin_who_clashed_with_police_died_in_no_count()
    {
        const string text = "ISLAMABAD, March 28 (Reuters) - Thousands of supporters of an executed Islamist assassin clashed with police outside "
                            + "parliament in Islamabad on Sunday, setting fire to vehicles, and police fired tear gas to push them back.";
        Events(text, "2016-03-28").ShouldAllBe(e => e.Fatalities == null || e.Fatalities < 100);
    }

    [Fact]
    public void Where_a_spokesman_told_reporters_is_not_where_the_convoy_was_ambushed()
    {
        const string text = "PEMBA, Mozambique, March 29 (Reuters) - A convoy of vehicles carrying people who had sheltered at a hotel in Palma "
                            + "was ambushed on Friday, a security source said.\n\n"
                            + "\"The security forces have been working to restore order,\" defence ministry spokesman Omar Saranga told reporters in "
                            + "Maputo, adding that seven people had been killed in the ambush on the convoy.";
        Events(text, "2021-03-29").ShouldNotContain(e => e.Location != null && e.Location.Name == "Maputo");
    }

    [Fact]
    public void A_town_the_text_puts_in_another_country_is_no_namesake_anywhere_in_the_report()
    {
        const string text = "MAPUTO, March 29 (Reuters) - Islamic State-linked insurgents have seized the town of Palma in northern Mozambique after "
                            + "a five-day assault, the government said on Monday.\n\n"
                            + "The militants attacked Palma from three directions on Wednesday afternoon.\n\n"
                            + "Islamic State claimed on Monday that its fighters had taken control of Palma after killing 55 soldiers.";
        var events = Events(text, "2021-03-29");
        events.ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 != "MZ");
        events.ShouldNotContain(e => (e.Actor1 != null && e.Actor1.Name.Contains("Spain")) || (e.Actor2 != null && e.Actor2.Name.Contains("Spain")));
    }

    [Fact]
    public void A_curfew_announced_in_a_list_of_towns_holds_no_protest_in_each()
    {
        const string text = "N'DJAMENA, Oct 20 (Reuters) - Protesters set fire to a party headquarters in N'Djamena on Thursday and police fired "
                            + "tear gas to disperse them, witnesses said.\n\n"
                            + "The prime minister told reporters that the protests were \"an insurrection\" that had been planned for months, and "
                            + "announced a curfew in N'Djamena, Moundou, Doba and Koumra.";
        Events(text, "2022-10-20").ShouldNotContain(e => e.Location != null && (e.Location.Name == "Doba" || e.Location.Name == "Koumra"));
    }

    [Fact]
    public void The_group_blamed_for_a_car_bomb_is_its_author_and_a_site_named_after_a_town_is_no_force_acting()
    {
        const string text = "Car bomb at Bogota police academy kills 21; government blames ELN\n\n"
                            + "BOGOTA, Jan 18 (Reuters) - Colombia's government blamed the National Liberation Army (ELN) rebels on Friday for a car "
                            + "bomb that killed 21 people at a police academy in Bogota.";
        var events = Events(text, "2019-01-18");
        events.ShouldContain(e => e.Codes.AcledEventType == "Explosions/Remote violence" && e.Actor1 != null && e.Actor1.Name.StartsWith("National Liberation Army")
                                  && e.Fatalities == 21);
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name.StartsWith("Police"));
    }

    [Fact]
    public void A_side_is_not_made_its_own_opponent_when_a_headline_and_its_lead_are_merged()
    {
        const string text = "Central African Republic repels rebel attack on Bangui\n\n"
                            + "BANGUI, Jan 13 (Reuters) - Rebels of the Coalition of Patriots for Change attacked the outskirts of Bangui on Wednesday "
                            + "but were pushed back by government troops, the government said.";
        Events(text, "2021-01-13").ShouldAllBe(e => e.Actor1 == null || e.Actor2 == null || !e.Actor1.SameAs(e.Actor2));
    }

    [Fact]
    public void A_president_named_with_his_office_is_no_town_and_a_country_opening_the_lead_acts()
    {
        const string text = "SEOUL, Nov 23 (Reuters) - North Korea fired dozens of artillery shells at a South Korean island on Tuesday, killing "
                            + "two South Korean marines.\n\n"
                            + "President Lee Myung-bak convened an emergency meeting and said the attack on civilian areas was \"unpardonable\".";
        var events = Events(text, "2010-11-23");
        events.ShouldNotContain(e => e.Location != null && e.Location.Name == "Lee");
        events.ShouldNotContain(e => e.Location != null && e.Location.CountryIso2 == "KP");
    }

    [Fact]
    public void A_name_after_the_clause_of_a_verb_of_capture_is_the_sayer_not_the_place_taken()
    {
        const string text = "PORT-AU-PRINCE, July 7 (Reuters) - Gunmen shot dead President Jovenel Moise at his home in Port-au-Prince on Wednesday.\n\n"
                            + "\"They will be killed or captured,\" police chief Leon Charles told reporters.";
        Events(text, "2021-07-07").ShouldNotContain(e => e.Codes.AcledSubEventType != null && e.Codes.AcledSubEventType.Contains("territory"));
    }

    [Fact]
    public void A_toll_of_protests_recalled_from_last_year_is_neither_the_attacks_nor_an_event()
    {
        const string text = "CARACAS, Aug 5 (Reuters) - Two drones armed with explosives detonated near President Nicolas Maduro at a military "
                            + "parade in Caracas on Saturday, injuring seven soldiers.\n\n"
                            + "Opposition leaders have accused Maduro of using past incidents to justify crackdowns, and several fled the country "
                            + "last year after months of street protests in which more than 120 people were killed.";
        Events(text, "2018-08-05").ShouldNotContain(e => e.Fatalities == 120);
    }

    [Fact]
    public void A_protest_soldiers_fired_on_has_the_protesters_first_and_the_soldiers_second()
    {
        const string text = "LAGOS, Oct 21 (Reuters) - Nigerian soldiers opened fire on protesters at the Lekki toll gate in Lagos on Tuesday night, "
                            + "killing at least 12 people, Amnesty International said, as demonstrations against police brutality turned deadly.";
        var protest = Events(text, "2020-10-21").Single(e => e.Codes.AcledEventType == "Protests");
        protest.Actor1!.Name.ShouldStartWith("Protesters");
        protest.Actor2!.Name.ShouldStartWith("Military Forces");
    }

    [Fact]
    public void A_truck_driven_into_crowds_that_then_crashed_is_an_attack_not_an_accident()
    {
        const string text = "STOCKHOLM, April 8 (Reuters) - A hijacked beer truck ploughed into crowds on Stockholm's busiest shopping street on "
                            + "Friday afternoon and crashed into a department store, killing four people.";
        var attack = Events(text, "2017-04-08").Single();
        attack.Codes.AcledSubEventType.ShouldBe("Attack");
        attack.Date.Start.ShouldBe(new DateOnly(2017, 4, 7));
    }

    [Fact]
    public void Troops_who_fire_warning_shots_to_disperse_a_crowd_meet_a_protest()
    {
        const string text = "NIAMEY, July 27 (Reuters) - On Wednesday, presidential guard troops fired warning shots to disperse a crowd of Bazoum "
                            + "supporters who were trying to approach the palace, a Reuters witness said.";
        Events(text, "2023-07-27").ShouldContain(e => e.Codes.AcledSubEventType == "Protest with intervention" && e.Actor1 != null
                                                       && e.Actor1.Name.StartsWith("Protesters"));
    }

    [Fact]
    public void Where_missiles_were_launched_from_is_not_where_they_struck()
    {
        const string text = "ERBIL, Iraq, Jan 16 (Reuters) - Iran's Revolutionary Guards said on Tuesday they had struck positions of militants "
                            + "with missiles launched from Kermanshah.";
        Events(text, "2024-01-16").ShouldNotContain(e => e.Location != null && e.Location.Name == "Kermanshah");
    }

    [Fact]
    public void A_crowd_that_stormed_parliament_as_police_fired_tear_gas_is_a_violent_demonstration()
    {
        const string text = "QUITO, Oct 9 (Reuters) - Protesters briefly stormed Ecuador's National Assembly in Quito on Tuesday and police fired "
                            + "tear gas at thousands of indigenous demonstrators marching against the end of fuel subsidies.\n\n"
                            + "At least 77 police officers have been injured since the protests began last week, the interior minister said.";
        Events(text, "2019-10-09").ShouldContain(e => e.Codes.AcledSubEventType == "Violent demonstration" && e.Location != null && e.Location.Name == "Quito");
    }
}
