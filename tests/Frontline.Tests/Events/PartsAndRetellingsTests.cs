using Frontline.Core.Model;

namespace Frontline.Tests.Events;

/// <summary>Parts of a toll, a killing told of one mourned person, witnesses and headlines that tell the act again, acts
/// likened to other places' stories, planned or ranked acts, decades, and "them" after an act. Texts written for these
/// tests.</summary>
public class PartsAndRetellingsTests
{
    private static IReadOnlyList<Event> Events(string text, string published) => Analysis.Run(text, published).Events;

    [Fact]
    public void Parts_of_a_toll_listed_after_among_them_do_not_add_to_it()
    {
        const string text = "LOME, March 3 (Reuters) - Gunmen attacked a police post in the northern town of Dapaong on Sunday. Twelve people "
                            + "were killed, among them four police officers and two soldiers, officials said.";
        Events(text, "2024-03-03").Single(e => e.Fatalities is not null).Fatalities.ShouldBe(12);
    }

    [Fact]
    public void Another_kind_after_a_part_of_a_toll_of_fighters_adds_to_it()
    {
        const string text = "On 2 May 2021, soldiers repelled an attack on their base; at least 30 militants including 3 commanders "
                            + "and 5 soldiers were killed, in Ghazni district, Ghazni.";
        Events(text, "2021-05-03").Single().Fatalities.ShouldBe(35);
    }

    [Fact]
    public void Mourners_marching_at_the_funeral_of_a_man_killed_before_are_a_protest_not_a_killing()
    {
        const string text = "AMMAN, March 2 (Reuters) - Police fired tear gas at protesters in Irbid on Friday, killing one man, witnesses said.\n\n"
                            + "In the town of Ramtha, thousands of mourners marched at the funeral of a man killed in the raid, chanting slogans "
                            + "against the government.";
        var events = Events(text, "2024-03-02");
        events.ShouldNotContain(e => e.Fatalities > 100);
        events.ShouldContain(e => e.Location!.Name.Contains("Ramth") && e.Codes.AcledEventType == "Protests");
        events.ShouldNotContain(e => e.Location!.Name.Contains("Ramth") && e.Codes.AcledEventType == "Riots");
    }

    [Fact]
    public void A_country_before_a_death_toll_is_where_the_dead_fell_and_the_headline_is_the_body_s_act()
    {
        const string text = "Haiti death toll rises to 30 in hunt for gang leader\n\n"
                            + "PORT-AU-PRINCE, June 21 (AP) - At least 30 people have been killed in three days of fighting between Haitian "
                            + "police and gunmen loyal to a gang leader in Cite Soleil, police said on Wednesday.";
        var events = Events(text, "2023-06-21");
        events.Count(e => e.Fatalities == 30).ShouldBe(1);
        events.ShouldNotContain(e => e.Actor1 != null && e.Actor1.Name == "Haiti");
    }

    [Fact]
    public void A_place_an_act_is_likened_to_is_neither_its_scene_nor_its_forces_country()
    {
        const string text = "MANAMA, Feb 17 (Reuters) - Police in Bahrain broke up a sit-in on Thursday.\n\n"
                            + "Two protesters were killed by police on Monday, in the first days of protests inspired by the uprisings in "
                            + "Tunisia and Egypt.";
        var events = Events(text, "2011-02-17");
        events.ShouldNotContain(e => e.Location!.CountryIso2 == "TN" || e.Location!.CountryIso2 == "EG");
        events.ShouldNotContain(e => (e.Actor1 != null && e.Actor1.Name.Contains("Tunisia")) || (e.Actor2 != null && e.Actor2.Name.Contains("Tunisia")));
    }

    [Fact]
    public void Where_someone_is_to_be_extradited_is_no_scene_of_what_follows()
    {
        const string text = "KINGSTON, Jamaica, May 25 (AP) - Soldiers stormed a barricaded district of west Kingston on Monday to arrest a gang "
                            + "leader, who is wanted for extradition to the United States on gun trafficking charges. Gunmen fired on them "
                            + "from rooftops.";
        var events = Events(text, "2010-05-25");
        events.ShouldNotContain(e => e.Location!.CountryIso2 == "US");
        events.ShouldNotContain(e => e.Actor2 != null && e.Actor2.Kind == ActorKind.Civilians);
    }

    [Fact]
    public void A_quoted_witness_telling_what_they_did_tells_the_act_already_reported()
    {
        const string text = "MANAMA, Feb 17 (Reuters) - Riot police fired birdshot to drive protesters from a square before dawn on Thursday, "
                            + "killing three people, the opposition said.\n\n"
                            + "\"They attacked us without warning,\" a protester said by telephone.";
        Events(text, "2011-02-17").Count.ShouldBe(1);
    }

    [Fact]
    public void Acts_counted_over_as_a_kind_are_no_act()
    {
        const string text = "Rights groups asked the government to account for every death.";
        Events(text, "2010-05-26").ShouldBeEmpty();
    }

    [Fact]
    public void People_said_to_be_citizens_of_a_country_or_to_come_from_one_do_not_place_the_act_there()
    {
        const string text = "SKOPJE, May 10 (AP) - Police fought gunmen in the northern town of Kumanovo on Saturday.\n\n"
                            + "About 30 gunmen were arrested, most of them citizens of Macedonia, but some from Kosovo.";
        var arrest = Events(text, "2015-05-10").Single(e => e.Codes.AcledSubEventType == "Arrests");
        arrest.Location!.Name.ShouldBe("Kumanovo");
    }

    [Fact]
    public void What_a_group_is_said_to_have_planned_happened_nowhere()
    {
        const string text = "Police launched an operation on Saturday against a group that had crossed the border and was planning attacks "
                            + "on state institutions.";
        Events(text, "2015-05-10").ShouldNotContain(e => e.Codes.AcledEventType == "Violence against civilians");
    }

    [Fact]
    public void A_sentence_that_ranks_the_act_told_before_tells_no_new_one()
    {
        const string text = "BEIJING, May 22 (Reuters) - Attackers threw explosives into a crowded market in Urumqi on Thursday, killing 31 "
                            + "people, state media said.\n\n"
                            + "Beijing has blamed militants who want an independent state called East Turkestan.\n\n"
                            + "It was the second attack in the city in less than a month.";
        Events(text, "2014-05-22").ShouldNotContain(e => e.Codes.AcledEventType == "Violence against civilians");
    }

    [Fact]
    public void An_act_of_the_late_1990s_is_history_not_news()
    {
        const string text = "BRAZZAVILLE, April 5 (Reuters) - Armed men attacked police stations in Brazzaville on Monday, officials said.\n\n"
                            + "The militia fought government forces in the Pool region during the civil wars of the late 1990s.";
        Events(text, "2016-04-05").ShouldNotContain(e => e.Location!.Name.Contains("Pool"));
    }

    [Fact]
    public void The_assault_told_again_makes_no_battle_of_explosives_thrown_at_shoppers()
    {
        const string text = "BEIJING, May 22 (Reuters) - Attackers ploughed two cars into shoppers at a street market in Urumqi and hurled "
                            + "explosives, killing 31 people, state media said.\n\n"
                            + "The assault happened shortly before 8 a.m. on Thursday.";
        Events(text, "2014-05-22").Single().Codes.AcledEventType.ShouldBe("Explosions/Remote violence");
    }

    [Fact]
    public void An_act_named_with_words_between_article_and_noun_is_the_act_told_before()
    {
        const string text = "URUMQI, May 1 (Reuters) - A bomb exploded at the south railway station in Urumqi on Wednesday, killing three "
                            + "people.\n\n"
                            + "Police in Xinjiang detained dozens of suspects after the railway station attack.";
        var events = Events(text, "2014-05-01");
        events.Count(e => e.Codes.AcledEventType is "Explosions/Remote violence" or "Violence against civilians").ShouldBe(1);
    }

    [Fact]
    public void A_fight_told_by_the_government_side_and_the_attackers_side_is_one_battle()
    {
        const string text = "Gunfire rocks Brazzaville as government blames militia\n\n"
                            + "KINSHASA, April 5 (Reuters) - Heavy gunfire shook southern Brazzaville on Monday, residents said.\n\n"
                            + "Armed men attacked police stations before dawn, a government spokesman said.\n\n"
                            + "Security forces fought the attackers for several hours and regained control of the districts by midday. "
                            + "Seventeen people were killed, the spokesman said.";
        var battles = Events(text, "2016-04-05").Where(e => e.Codes.AcledEventType == "Battles").ToList();
        battles.Count.ShouldBe(1);
        battles[0].Fatalities.ShouldBe(17);
    }
}
